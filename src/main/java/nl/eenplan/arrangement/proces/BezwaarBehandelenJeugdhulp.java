package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAAR_ZORG_UITKOMST;

import java.util.HashMap;
import java.util.Map;
import nl.eenplan.arrangement.Arrangement;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code bezwaarBehandelenJeugdhulp} ("Bezwaar behandelen (gemeente)") of process jeugdhulpbesluit: the home
 * gemeente decides on the objection against its own refusal (Awb art. 7:11), with the same form and checks as the
 * arrangement's objection steps. Gegrond: it decides again, on a new term from today (the task besluiten counts from
 * {@code beslistermijnVanaf}); ongegrond or withdrawn: the refusal stands.
 */
@Component
public class BezwaarBehandelenJeugdhulp extends Gebruikerstaak<BezwaarBehandelen.Invoer> {

    private final ArrangementService arrangementen;
    private final JeugdhulpbesluitService jeugdhulp;

    BezwaarBehandelenJeugdhulp(ArrangementService arrangementen, JeugdhulpbesluitService jeugdhulp) {
        super(Jeugdhulpbesluitproces.PROCES, "bezwaarBehandelenJeugdhulp", BezwaarBehandelen.Invoer.class);
        this.arrangementen = arrangementen;
        this.jeugdhulp = jeugdhulp;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, BezwaarBehandelen.Invoer invoer, String gebruiker) {
        Map<String, Object> uit = new HashMap<>(BezwaarBehandelen.verwerk(arrangementen,
                BesluitbriefJeugdhulp.arrangementInstantie(taak), invoer, ArrangementService.ZORG, BEZWAAR_ZORG_UITKOMST));
        if (invoer.uitkomst() == Arrangement.Bezwaaruitkomst.GEGROND) {
            java.util.Date vanaf = jeugdhulp.opnieuwTeBesluiten(taak.procesInstantieId());
            uit.put(Jeugdhulpbesluitproces.BESLISTERMIJN_VANAF.naam(), vanaf);
        }
        return uit;
    }
}
