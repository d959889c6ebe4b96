package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.leerplicht.Leerplichtigheid;

/**
 * Which registered absence counts for the reporting rules, given the pupil's leave, exemptions and illness: the one
 * place where excused absence is kept out (issue #22). {@link VerzuimService} passes only what this leaves to
 * {@link Verzuimregels}, so the rules themselves stay as they are. Pure. Sources, Leerplichtwet 1969:
 * <ul>
 *   <li>A day in a period of leave (art. 11 onder e, f, g; art. 13, 13a, 14), of an exemption (art. 5, 5a, 15) or of
 *       illness (art. 11 onder d: "wegens ziekte verhinderd") is not verzuim: it does not count at all.</li>
 *   <li><b>Art. 11a</b>: the parents of a 5-year-old may keep the child home up to 5 hours a week; with the head's
 *       permission ({@link Verlofsoort#VIJFJARIGE}) up to 10. Those hours come off the week's absence in date order
 *       (a calendar week, Monday to Sunday); what is left counts. EenPlan does not know whether the parents told the
 *       school: it gives the pupil the hours (the reading that protects the pupil).</li>
 * </ul>
 */
final class Geoorloofd {

    /** Art. 11a lid 1: hours a week the parents of a 5-year-old may keep the child home. */
    static final BigDecimal VIJFJARIGE_UREN = new BigDecimal("5");
    /** Art. 11a lid 2: with the head's permission. */
    static final BigDecimal VIJFJARIGE_UREN_MET_TOESTEMMING = new BigDecimal("10");

    /** A period in which absence does not count, and why in Dutch; {@code tot} null: open-ended. */
    record Periode(LocalDate van, LocalDate tot, String waarom) {

        boolean bevat(LocalDate dag) {
            return !dag.isBefore(van) && (tot == null || !dag.isAfter(tot));
        }
    }

    /** The days as the rules count them, and for each registered day that counts less or not at all, why. */
    record Uitkomst(List<Verzuimregels.Dag> telbaar, Map<LocalDate, String> waaromNiet) {
    }

    private final List<Periode> vrij;
    private final List<Periode> vijfjarigeToestemming;
    private final LocalDate geboortedatum;

    Geoorloofd(List<Periode> vrij, List<Periode> vijfjarigeToestemming, LocalDate geboortedatum) {
        this.vrij = List.copyOf(vrij);
        this.vijfjarigeToestemming = List.copyOf(vijfjarigeToestemming);
        this.geboortedatum = geboortedatum;
    }

    Uitkomst pasToe(List<Verzuimregels.Dag> dagen) {
        List<Verzuimregels.Dag> telbaar = new ArrayList<>();
        Map<LocalDate, String> waaromNiet = new LinkedHashMap<>();
        Map<LocalDate, BigDecimal> gebruiktPerWeek = new HashMap<>();
        for (Verzuimregels.Dag dag : dagen.stream().sorted(Comparator.comparing(Verzuimregels.Dag::datum)).toList()) {
            Optional<Periode> periode = vrij.stream().filter(p -> p.bevat(dag.datum())).findFirst();
            if (periode.isPresent()) {
                waaromNiet.put(dag.datum(), periode.get().waarom());
                continue;
            }
            if (!vijfjarig(dag.datum())) {
                telbaar.add(dag);
                continue;
            }
            boolean toestemming = vijfjarigeToestemming.stream().anyMatch(p -> p.bevat(dag.datum()));
            BigDecimal mag = toestemming ? VIJFJARIGE_UREN_MET_TOESTEMMING : VIJFJARIGE_UREN;
            LocalDate week = dag.datum().with(DayOfWeek.MONDAY);
            BigDecimal gebruikt = gebruiktPerWeek.getOrDefault(week, BigDecimal.ZERO);
            BigDecimal af = dag.uren().min(mag.subtract(gebruikt).max(BigDecimal.ZERO));
            gebruiktPerWeek.put(week, gebruikt.add(af));
            if (af.signum() > 0) {
                waaromNiet.put(dag.datum(), "de leerling is 5 jaar: tot " + mag.toPlainString() + " uur per week thuis "
                        + "telt niet als verzuim (Leerplichtwet 1969 art. 11a" + (toestemming
                        ? ", met toestemming van het hoofd)" : ")"));
            }
            BigDecimal rest = dag.uren().subtract(af);
            if (rest.signum() > 0) {
                telbaar.add(new Verzuimregels.Dag(dag.datum(), rest, dag.soort(), dag.alleLessenGemist()));
            }
        }
        return new Uitkomst(telbaar, waaromNiet);
    }

    /** Art. 11a: leerplichtig and not yet 6 (before leerplicht starts, the day does not count anyway). */
    private boolean vijfjarig(LocalDate dag) {
        return !dag.isBefore(Leerplichtigheid.begin(geboortedatum)) && dag.isBefore(geboortedatum.plusYears(6));
    }
}
