package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLUIT;

import java.util.Map;
import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code besluiten} ("Besluit jeugdhulp (woongemeente)") of process jeugdhulpbesluit: the same input as the
 * earlier task besluitZorg of the arrangement (form besluitZorg), only with consent for jeugdhulp.
 */
@Component
public class BesluitJeugdhulp extends Gebruikerstaak<BesluitZorg.Invoer> {

    private final JeugdhulpbesluitService jeugdhulp;

    BesluitJeugdhulp(JeugdhulpbesluitService jeugdhulp) {
        super(Jeugdhulpbesluitproces.PROCES, Jeugdhulpbesluitproces.BESLUITEN, BesluitZorg.Invoer.class);
        this.jeugdhulp = jeugdhulp;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, BesluitZorg.Invoer invoer, String gebruiker) {
        jeugdhulp.besluit(taak.procesInstantieId(), taak.dossierNummer(), invoer.besluit(), invoer.toelichting());
        return Map.ofEntries(ZORG_BESLUIT.is(invoer.besluit().name()));
    }
}
