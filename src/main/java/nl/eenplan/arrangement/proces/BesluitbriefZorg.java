package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BESLUITBRIEF_ZORG_OP;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAARTERMIJN_ZORG_TOT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.GEEN_BEZWAAR_ZORG_NA;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code besluitbriefZorg} ("Verzending besluitbrief vastleggen") of arrangement versions before issue #23 moved
 * the care part's letter to the home gemeente (process jeugdhulpbesluit, BesluitbriefJeugdhulp): their running
 * instances finish on it (docs/beheer.md). Starts the objection term.
 */
@Component
public class BesluitbriefZorg extends Gebruikerstaak<nl.eenplan.termijn.Besluitbrief.Invoer> {

    private final ArrangementService arrangementen;

    BesluitbriefZorg(ArrangementService arrangementen) {
        super(PROCES, "besluitbriefZorg", nl.eenplan.termijn.Besluitbrief.Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, nl.eenplan.termijn.Besluitbrief.Invoer invoer, String gebruiker) {
        return Besluitbrief.verwerk(arrangementen, taak, invoer, ArrangementService.ZORG, BESLUITBRIEF_ZORG_OP,
                BEZWAARTERMIJN_ZORG_TOT, GEEN_BEZWAAR_ZORG_NA);
    }
}
