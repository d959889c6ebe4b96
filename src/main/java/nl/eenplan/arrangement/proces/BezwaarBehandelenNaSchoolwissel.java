package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAAR_ONDERWIJS_UITKOMST;

import java.util.Map;
import nl.eenplan.arrangement.Besluitbezwaarservice;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code bezwaarBehandelenNaSchoolwissel} ("Bezwaar behandelen (SWV)") of process besluitbezwaar: gegrond
 * (the SWV decides again), ongegrond (the refusal stands) or withdrawn; the same form and checks as the arrangement's
 * task bezwaarBehandelenOnderwijs (a deviation from the LBT's advice needs its reason, Awb art. 7:13 lid 7).
 */
@Component
public class BezwaarBehandelenNaSchoolwissel extends Gebruikerstaak<BezwaarBehandelen.Invoer> {

    private final Besluitbezwaarservice bezwaren;

    BezwaarBehandelenNaSchoolwissel(Besluitbezwaarservice bezwaren) {
        super(Besluitbezwaarproces.PROCES, "bezwaarBehandelenNaSchoolwissel", BezwaarBehandelen.Invoer.class);
        this.bezwaren = bezwaren;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, BezwaarBehandelen.Invoer invoer, String gebruiker) {
        bezwaren.bezwaarBeslist(LbtAdviesNaSchoolwissel.besluitbezwaar(taak), invoer.uitkomst(), invoer.toelichting());
        return Map.ofEntries(BEZWAAR_ONDERWIJS_UITKOMST.is(invoer.uitkomst().name()));
    }
}
