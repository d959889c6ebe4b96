package nl.eenplan.termijn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.Regio;

/**
 * A school's own calendar on top of its region's (issue #22, "the school's own calendar"): the periods the school
 * entered, each with its reason. {@link Schoolkalender#isLesdag(LocalDate, EigenKalender)} combines the two.
 * Per school (BRIN); a board (bevoegd gezag) does not exist in EenPlan yet.
 */
public record EigenKalender(String brin, Regio regio, List<Periode> periodes) {

    /** What a period of the school's own calendar is. */
    public enum Soort {
        /**
         * The school's own holiday (an extra May week, a moved herfst- or voorjaarsvakantie): no lesdagen, and its
         * week does not count as a lesweek, as a region holiday's does not.
         */
        VAKANTIE,
        /** A study day or margedag: no lesdag, but its week stays a lesweek (as with a feestdag). */
        VRIJE_DAG,
        /** The school is open while the region has a holiday (e.g. an mbo calendar): a lesdag again. */
        SCHOOLDAG
    }

    /** One period, both days included, with the school's reason (e.g. "studiedag", "extra meivakantie"). */
    public record Periode(Soort soort, LocalDate van, LocalDate tot, String reden) {

        boolean bevat(LocalDate dag) {
            return !dag.isBefore(van) && !dag.isAfter(tot);
        }
    }

    public EigenKalender {
        periodes = List.copyOf(periodes);
    }

    /** Only the region's calendar: a school without days of its own. */
    public static EigenKalender vanRegio(Regio regio) {
        return new EigenKalender(null, regio, List.of());
    }

    /** The school's own period on this day, if any (periods do not overlap: the API refuses that). */
    Optional<Periode> op(LocalDate dag) {
        return periodes.stream().filter(p -> p.bevat(dag)).findFirst();
    }
}
