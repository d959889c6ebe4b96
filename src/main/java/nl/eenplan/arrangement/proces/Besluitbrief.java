package nl.eenplan.arrangement.proces;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.termijn.Bezwaartermijn;

/**
 * What tasks besluitbriefOnderwijs, besluitbriefZorg and besluitbriefJeugdhulp share: the letter's record, and the objection term it starts
 * as process variables (dates only; the letter's text stays outside the process). The form and its checks are
 * shared with the admission: nl.eenplan.termijn.Besluitbrief.
 */
final class Besluitbrief {

    private Besluitbrief() {
    }

    static Map<String, Object> verwerk(ArrangementService arrangementen, Taakcontext taak, nl.eenplan.termijn.Besluitbrief.Invoer invoer, String deel,
                                       Variabele<Date> op, Variabele<Date> tot, Variabele<Date> geenBezwaarNa) {
        return verwerk(arrangementen, taak.procesInstantieId(), taak, invoer, deel, op, tot, geenBezwaarNa);
    }

    /**
     * The same for the letter of process jeugdhulpbesluit, which records it with the arrangement it decides for
     * ({@code arrangementInstantie}); the objection term on the pupil's school's calendar, as for the SWV's letter.
     */
    static Map<String, Object> verwerk(ArrangementService arrangementen, String arrangementInstantie, Taakcontext taak,
                                       nl.eenplan.termijn.Besluitbrief.Invoer invoer, String deel,
                                       Variabele<Date> op, Variabele<Date> tot, Variabele<Date> geenBezwaarNa) {
        Object soort = taak.variabele(Routering.SOORT.naam());
        LocalDate laatsteDag = arrangementen.besluitbrief(arrangementInstantie, deel, invoer.verzondenOp(),
                invoer.verzondenDoor(), invoer.wijze(), String.valueOf(taak.variabele(Routering.SCHOOL.naam())),
                soort == null ? null : soort.toString());
        return Map.ofEntries(op.is(eindeVanDag(invoer.verzondenOp())), tot.is(eindeVanDag(laatsteDag)),
                geenBezwaarNa.is(eindeVanDag(Bezwaartermijn.wachtenTot(laatsteDag))));
    }

    private static Date eindeVanDag(LocalDate dag) {
        return nl.eenplan.termijn.Besluitbrief.eindeVanDag(dag);
    }
}
