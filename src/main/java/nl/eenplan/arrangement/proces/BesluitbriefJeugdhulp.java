package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BESLUITBRIEF_ZORG_OP;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAARTERMIJN_ZORG_TOT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.GEEN_BEZWAAR_ZORG_NA;

import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code besluitbriefJeugdhulp} ("Verzending besluitbrief vastleggen") of process jeugdhulpbesluit: the home
 * gemeente that refused jeugdhulp sends its own letter (Awb art. 7:1, 7:11 ask the one who decided to handle the
 * objection, so it makes the decision known too). The same form and checks as the arrangement's letter (not in the
 * future, not before the decision: nl.eenplan.termijn.Besluitbrief), recorded with the arrangement; the objection term
 * it starts (Awb art. 6:7, 6:8; +1 week for a posted objection, art. 6:9) goes to this process's timer.
 */
@Component
public class BesluitbriefJeugdhulp extends Gebruikerstaak<nl.eenplan.termijn.Besluitbrief.Invoer> {

    private final ArrangementService arrangementen;

    BesluitbriefJeugdhulp(ArrangementService arrangementen) {
        super(Jeugdhulpbesluitproces.PROCES, "besluitbriefJeugdhulp", nl.eenplan.termijn.Besluitbrief.Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, nl.eenplan.termijn.Besluitbrief.Invoer invoer, String gebruiker) {
        return Besluitbrief.verwerk(arrangementen, arrangementInstantie(taak), taak, invoer, ArrangementService.ZORG,
                BESLUITBRIEF_ZORG_OP, BEZWAARTERMIJN_ZORG_TOT, GEEN_BEZWAAR_ZORG_NA);
    }

    /** The arrangement this decision is for (set when the process started). */
    static String arrangementInstantie(Taakcontext taak) {
        return String.valueOf(taak.variabele(Jeugdhulpbesluitproces.ARRANGEMENT_INSTANTIE.naam()));
    }
}
