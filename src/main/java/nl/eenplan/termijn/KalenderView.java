package nl.eenplan.termijn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Regio;

/**
 * A school's calendar as the API shows it: the region's holidays with their status (vastgesteld or voorlopig), the
 * school's own periods, its lesrooster (null: the default of each pupil's onderwijssoort, in {@code standaard}), and a
 * note when dates are provisional.
 */
public record KalenderView(String brin, Regio regio, List<VakantieView> regiovakanties, List<PeriodeView> eigen,
                           LesroosterView lesrooster, Map<Onderwijssoort, LesroosterView> standaard,
                           String opmerking) {

    /** A holiday of the region; {@code status} is vastgesteld or voorlopig. */
    public record VakantieView(String naam, LocalDate van, LocalDate tot, String status) {

        static VakantieView van(Schoolkalender.Vakantie v) {
            return new VakantieView(v.naam(), v.van(), v.tot(), v.voorlopig() ? "voorlopig" : "vastgesteld");
        }
    }

    /**
     * A period of the school's own calendar. Right after recording it: how many registered absence days it touched
     * ({@code geraakteVerzuimdagen}) and what that did ({@code opmerking}); both absent in the calendar's GET.
     */
    public record PeriodeView(Long id, EigenKalender.Soort soort, LocalDate van, LocalDate tot, String reden,
                              String vastgelegdDoor, Instant vastgelegdOp, Integer geraakteVerzuimdagen,
                              String opmerking) {

        static PeriodeView van(Kalenderperiode p) {
            return new PeriodeView(p.getId(), p.getSoort(), p.getVan(), p.getTot(), p.getReden(),
                    p.getVastgelegdDoor(), p.getVastgelegdOp(), null, null);
        }

        static PeriodeView van(Kalenderperiode p, Kalenderwijziging.Gevolg gevolg) {
            return new PeriodeView(p.getId(), p.getSoort(), p.getVan(), p.getTot(), p.getReden(),
                    p.getVastgelegdDoor(), p.getVastgelegdOp(), gevolg.geraakteVerzuimdagen(), gevolg.opmerking());
        }
    }

    /** A lesrooster: unit, length of a lesuur (null for klokuren), lessons per weekday. */
    public record LesroosterView(Uureenheid eenheid, Integer lesuurMinuten, Map<String, BigDecimal> lessen,
                                 boolean eigen) {

        static LesroosterView van(Lesrooster r) {
            Map<String, BigDecimal> lessen = new LinkedHashMap<>();
            String[] namen = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
            for (int i = 0; i < namen.length; i++) {
                lessen.put(namen[i], r.lessen().getOrDefault(java.time.DayOfWeek.of(i + 1), BigDecimal.ZERO));
            }
            return new LesroosterView(r.eenheid(), r.lesuurMinuten(), lessen, r.eigen());
        }
    }
}
