package nl.eenplan.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.Regio;

/**
 * The Dutch school calendar: algemeen erkende feestdagen and the school holidays per region, for
 * the school years in the calendar files. Counts deadlines in werkdagen, lesweken, weken, dagen and
 * maanden. Any day outside the known years is an error, never a guess.
 */
public final class Schoolkalender {

    /**
     * A school holiday: first and last day, inclusive; {@code voorlopig} when its dates are not yet checked against the
     * official open data (column status in schoolvakanties.csv).
     */
    public record Vakantie(String naam, LocalDate van, LocalDate tot, boolean voorlopig) {

        public Vakantie(String naam, LocalDate van, LocalDate tot) {
            this(naam, van, tot, false);
        }

        boolean bevat(LocalDate dag) {
            return !dag.isBefore(van) && !dag.isAfter(tot);
        }
    }

    private final Set<LocalDate> feestdagen;
    private final Map<Regio, List<Vakantie>> vakanties;
    private final LocalDate van;
    private final LocalDate tot;

    Schoolkalender(Set<LocalDate> feestdagen, Map<Regio, List<Vakantie>> vakanties, LocalDate van, LocalDate tot) {
        this.feestdagen = Set.copyOf(feestdagen);
        this.vakanties = Map.copyOf(vakanties);
        this.van = van;
        this.tot = tot;
    }

    public LocalDate bekendVan() {
        return van;
    }

    public LocalDate bekendTot() {
        return tot;
    }

    /** Monday to Friday and not an algemeen erkende feestdag. */
    public boolean isWerkdag(LocalDate dag) {
        bekend(dag);
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !feestdagen.contains(dag);
    }

    public boolean isVakantie(LocalDate dag, Regio regio) {
        bekend(dag);
        return vakanties.get(regio).stream().anyMatch(v -> v.bevat(dag));
    }

    /** A day of a school week: Monday to Friday outside the region's school holidays. */
    public boolean isSchoolweekdag(LocalDate dag, Regio regio) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isVakantie(dag, regio);
    }

    /** A day the pupil is expected at school: a school-week day that is also a werkdag (no feestdag). */
    public boolean isLesdag(LocalDate dag, Regio regio) {
        return isSchoolweekdag(dag, regio) && isWerkdag(dag);
    }

    /** The region's holidays, in order, for the calendar's GET (with their status). */
    public List<Vakantie> vakanties(Regio regio) {
        return vakanties.get(regio).stream().sorted(java.util.Comparator.comparing(Vakantie::van)).toList();
    }

    /**
     * A school-week day of this school: Monday to Friday, outside the region's holidays unless the school is open then
     * ({@link EigenKalender.Soort#SCHOOLDAG}, e.g. an mbo calendar), and outside the school's own holidays
     * ({@link EigenKalender.Soort#VAKANTIE}: its week does not count, as a region holiday's does not). A study day
     * ({@link EigenKalender.Soort#VRIJE_DAG}) keeps its week a school week, as a feestdag does. The one place where a
     * school's own calendar meets the region's: every count of a pupil's lesweken asks here.
     */
    public boolean isSchoolweekdag(LocalDate dag, EigenKalender school) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            bekend(dag);
            return false;
        }
        return school.op(dag).map(p -> p.soort() != EigenKalender.Soort.VAKANTIE)
                .orElseGet(() -> !isVakantie(dag, school.regio()));
    }

    /**
     * A lesdag of this school: a school-week day of the school that is a werkdag (no feestdag, also when the school is
     * open in a region holiday) and not one of the school's own free days.
     */
    public boolean isLesdag(LocalDate dag, EigenKalender school) {
        return waaromGeenLesdag(dag, school) == null;
    }

    /**
     * Why {@code dag} is no lesdag of this school, in Dutch for the user ("weekend", "feestdag", "studiedag volgens de
     * kalender van de school", "herfstvakantie in regio midden"); null when it is one.
     */
    public String waaromGeenLesdag(LocalDate dag, EigenKalender school) {
        bekend(dag);
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "weekend";
        }
        if (feestdagen.contains(dag)) {
            return "feestdag";
        }
        java.util.Optional<EigenKalender.Periode> eigen = school.op(dag);
        if (eigen.isPresent()) {
            EigenKalender.Periode p = eigen.get();
            return p.soort() == EigenKalender.Soort.SCHOOLDAG ? null
                    : p.reden() + " volgens de kalender van de school";
        }
        return vakanties.get(school.regio()).stream().filter(v -> v.bevat(dag)).findFirst()
                .map(v -> v.naam() + " in regio " + school.regio().name().toLowerCase(java.util.Locale.ROOT))
                .orElse(null);
    }

    /**
     * The first lesdag of this school on or after {@code dag} (the start of leerplicht, Leerplichtwet 1969 art. 3 lid 1:
     * "de eerste schooldag van de maand"); empty when the calendar does not know {@code dag} or has no lesdag after it.
     */
    public java.util.Optional<LocalDate> eersteLesdagVanaf(LocalDate dag, EigenKalender school) {
        for (LocalDate d = dag; !d.isBefore(van) && !d.isAfter(tot); d = d.plusDays(1)) {
            if (isLesdag(d, school)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** The region's holidays between the two days (inclusive) whose dates are provisional. */
    public List<Vakantie> voorlopig(LocalDate van, LocalDate tot, Regio regio) {
        return vakanties.get(regio).stream().filter(Vakantie::voorlopig)
                .filter(v -> !v.tot().isBefore(van) && !v.van().isAfter(tot)).toList();
    }

    /**
     * The day {@code aantal} units after {@code start} (before it when negative). The start day
     * itself is not counted.
     */
    public LocalDate plus(LocalDate start, int aantal, Eenheid eenheid, Regio regio) {
        return plus(start, aantal, eenheid, EigenKalender.vanRegio(regio));
    }

    /**
     * As {@link #plus(LocalDate, int, Eenheid, Regio)} for a pupil's school: lesweken are the school's own (its region's
     * school weeks plus its own periods: an extra holiday week does not count, a week open in a region holiday does).
     * Werkdagen, weken, dagen and maanden are the same for every school (Algemene termijnenwet).
     */
    public LocalDate plus(LocalDate start, int aantal, Eenheid eenheid, EigenKalender school) {
        bekend(start);
        // A deadline that ends on a weekend or feestdag moves to a werkdag (Algemene termijnenwet):
        // forward when counting forward, back when counting back ("2 weken vóór").
        int richting = aantal >= 0 ? 1 : -1;
        return switch (eenheid) {
            case WERKDAGEN -> telDagen(start, aantal, this::isWerkdag);
            // A school week has five school-week days; a holiday week has none, so it does not count.
            case LESWEKEN -> werkdag(telDagen(start, 5 * aantal, dag -> isSchoolweekdag(dag, school)), richting);
            case WEKEN -> werkdag(start.plusWeeks(aantal), richting);
            case DAGEN -> werkdag(start.plusDays(aantal), richting);
            case MAANDEN -> werkdag(start.plusMonths(aantal), richting);
        };
    }

    /** The day itself when it is a werkdag, otherwise the next werkdag (Algemene termijnenwet). */
    public LocalDate volgendeWerkdag(LocalDate dag) {
        return werkdag(dag, 1);
    }

    private LocalDate werkdag(LocalDate dag, int richting) {
        LocalDate d = dag;
        while (!isWerkdag(d)) {
            d = d.plusDays(richting);
        }
        return d;
    }

    private LocalDate telDagen(LocalDate start, int aantal, java.util.function.Predicate<LocalDate> telt) {
        int stap = aantal >= 0 ? 1 : -1;
        int over = Math.abs(aantal);
        LocalDate d = start;
        if (over == 0) {
            // Zero units: the start day when it counts, otherwise the next day that does.
            while (!telt.test(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        while (over > 0) {
            d = d.plusDays(stap);
            if (telt.test(d)) {
                over--;
            }
        }
        return d;
    }

    private void bekend(LocalDate dag) {
        if (dag.isBefore(van) || dag.isAfter(tot)) {
            throw new BuitenKalenderException(dag, van, tot);
        }
    }
}
