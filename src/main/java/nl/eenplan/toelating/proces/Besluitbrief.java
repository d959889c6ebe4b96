package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BEZWAARTERMIJN_TOT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.GEEN_BEZWAAR_NA;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;

import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.termijn.Bezwaartermijn;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/**
 * User task {@code besluitbrief} ("Verzending besluitbrief vastleggen"): the day the board's letter with a refusal (or a
 * place elsewhere) was sent to the parents starts their 6 weeks (the form and checks shared with the arrangement:
 * termijn.Besluitbrief).
 */
@Component("toelatingBesluitbrief")
public class Besluitbrief extends Gebruikerstaak<nl.eenplan.termijn.Besluitbrief.Invoer> {

    private final ToelatingService toelatingen;

    Besluitbrief(ToelatingService toelatingen) {
        super(PROCES, "besluitbrief", nl.eenplan.termijn.Besluitbrief.Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, nl.eenplan.termijn.Besluitbrief.Invoer invoer, String gebruiker) {
        LocalDate laatsteDag = toelatingen.besluitbrief(taak.procesInstantieId(), invoer.verzondenOp(),
                invoer.verzondenDoor(), invoer.wijze());
        return Map.ofEntries(BEZWAARTERMIJN_TOT.is(nl.eenplan.termijn.Besluitbrief.eindeVanDag(laatsteDag)),
                GEEN_BEZWAAR_NA.is(nl.eenplan.termijn.Besluitbrief.eindeVanDag(Bezwaartermijn.wachtenTot(laatsteDag))));
    }
}
