package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BESLUITBRIEF_ONDERWIJS_OP;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.BEZWAARTERMIJN_ONDERWIJS_TOT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.GEEN_BEZWAAR_ONDERWIJS_NA;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code besluitbriefOnderwijs} ("Verzending besluitbrief vastleggen"): starts the objection term. */
@Component
public class BesluitbriefOnderwijs extends Gebruikerstaak<nl.eenplan.termijn.Besluitbrief.Invoer> {

    private final ArrangementService arrangementen;

    BesluitbriefOnderwijs(ArrangementService arrangementen) {
        super(PROCES, "besluitbriefOnderwijs", nl.eenplan.termijn.Besluitbrief.Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, nl.eenplan.termijn.Besluitbrief.Invoer invoer, String gebruiker) {
        return Besluitbrief.verwerk(arrangementen, taak, invoer, ArrangementService.ONDERWIJS, BESLUITBRIEF_ONDERWIJS_OP,
                BEZWAARTERMIJN_ONDERWIJS_TOT, GEEN_BEZWAAR_ONDERWIJS_NA);
    }
}
