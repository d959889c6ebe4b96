package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAAR_ZORG_UITKOMST;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code bezwaarBehandelenZorg} of arrangement versions before issue #23 moved the care part's objection to the
 * home gemeente (process jeugdhulpbesluit, BezwaarBehandelenJeugdhulp): their running instances finish on it
 * (docs/beheer.md). Gegrond (decided again), ongegrond (the refusal stands) or withdrawn.
 */
@Component
public class BezwaarBehandelenZorg extends Gebruikerstaak<BezwaarBehandelen.Invoer> {

    private final ArrangementService arrangementen;

    BezwaarBehandelenZorg(ArrangementService arrangementen) {
        super(PROCES, "bezwaarBehandelenZorg", BezwaarBehandelen.Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, BezwaarBehandelen.Invoer invoer, String gebruiker) {
        return BezwaarBehandelen.verwerk(arrangementen, taak, invoer, ArrangementService.ZORG, BEZWAAR_ZORG_UITKOMST);
    }
}
