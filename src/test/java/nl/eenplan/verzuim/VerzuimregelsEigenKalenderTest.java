package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.EigenKalender.Periode;
import nl.eenplan.termijn.EigenKalender.Soort;
import nl.eenplan.verzuim.Verzuimregels.Dag;
import org.junit.jupiter.api.Test;

/**
 * The reporting rules count the 4 lesweken of Leerplichtwet 1969 art. 21a ("vier opeenvolgende lesweken"; DUO: "4
 * aaneengesloten schoolweken, vakantiedagen tellen niet mee") on the school's own calendar, not only the region's
 * (issue #22). Region midden: herfstvakantie 17-25 October 2026, meivakantie 24 April - 2 May 2027.
 */
class VerzuimregelsEigenKalenderTest {

    static final LocalDate JONG = of(2013, 5, 1);

    @Test
    void lpwArt21a_hetVensterVanVierLeswekenRektOverDeExtraMeiweekVanDeSchool() {
        // 8 hours on Wed 7 April and 8 on Tue 18 May 2027 (Mon 17 May is Tweede pinksterdag, no lesdag). On the
        // region's calendar 4 lesweken ending 18 May start Wed 14 April: no report. The school's extra May week
        // (3-7 May) is a holiday week: the 4 lesweken start Wed 7 April and hold both days.
        List<Dag> dagen = List.of(dag(of(2027, 4, 7), "8"), dag(of(2027, 5, 18), "8"));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN).toets(dagen, List.of(), JONG)).isEmpty();
        EigenKalender school = new EigenKalender("97KA00", Regio.MIDDEN, List.of(
                new Periode(Soort.VAKANTIE, of(2027, 5, 3), of(2027, 5, 7), "extra meivakantie")));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, school).toets(dagen, List.of(), JONG))
                .containsExactly(new Verzuimregels.Signaal(Meldingsoort.ZESTIEN_UUR, of(2027, 4, 7), of(2027, 5, 18),
                        new BigDecimal("16")));
        // Its boundary: one school day earlier (Tue 6 April) is outside the school's 4 lesweken.
        List<Dag> eerder = List.of(dag(of(2027, 4, 6), "8"), dag(of(2027, 5, 18), "8"));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, school).toets(eerder, List.of(), JONG)).isEmpty();
    }

    @Test
    void lpwArt21a_eenWeekOpenInDeHerfstvakantieIsEenLesweek() {
        // 8 hours on Mon 28 September and Mon 26 October 2026. Region midden skips its herfstvakantie: 4 lesweken
        // ending 26 October start Tue 22 September, a report. An mbo school open that week counts it: its 4 lesweken
        // start Tue 29 September, no report.
        List<Dag> dagen = List.of(dag(of(2026, 9, 28), "8"), dag(of(2026, 10, 26), "8"));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN).toets(dagen, List.of(), JONG))
                .hasSize(1);
        EigenKalender mbo = new EigenKalender("97KA00", Regio.MIDDEN, List.of(
                new Periode(Soort.SCHOOLDAG, of(2026, 10, 19), of(2026, 10, 23), "mbo-jaarrooster")));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, mbo).toets(dagen, List.of(), JONG)).isEmpty();
    }

    @Test
    void eenDagDieDeSchoolLaterVrijMaakte_teltNietMeer() {
        // 8 hours on Mon 2 and Fri 6 November 2026: 16 hours in 4 lesweken, a report. The school later makes Friday
        // 6 November a study day: that day is no lesdag any more and stops counting (the registration stays).
        List<Dag> dagen = List.of(dag(of(2026, 11, 2), "8"), dag(of(2026, 11, 6), "8"));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN).toets(dagen, List.of(), JONG))
                .hasSize(1);
        EigenKalender studiedag = new EigenKalender("97KA00", Regio.MIDDEN, List.of(
                new Periode(Soort.VRIJE_DAG, of(2026, 11, 6), of(2026, 11, 6), "studiedag")));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, studiedag).toets(dagen, List.of(), JONG)).isEmpty();
        // An own holiday week likewise.
        EigenKalender vakantie = new EigenKalender("97KA00", Regio.MIDDEN, List.of(
                new Periode(Soort.VAKANTIE, of(2026, 11, 2), of(2026, 11, 6), "eigen vakantie")));
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, vakantie).toets(dagen, List.of(), JONG)).isEmpty();
    }

    @Test
    void duoLrv_eenStudiedagBreektDeReeksHeleDagenNiet() {
        // Whole days away on every lesdag from Mon 2 November 2026; Friday 13 November is the school's study day.
        // More than 4 lesweken: the 21st school-week day is Mon 30 November, as without the study day (its week stays
        // a lesweek), and the study day without absence does not break the run.
        EigenKalender school = new EigenKalender("97KA00", Regio.MIDDEN, List.of(
                new Periode(Soort.VRIJE_DAG, of(2026, 11, 13), of(2026, 11, 13), "studiedag")));
        List<Dag> dagen = new ArrayList<>();
        for (var d = of(2026, 11, 2); !d.isAfter(of(2026, 11, 30)); d = d.plusDays(1)) {
            if (VerzuimregelsTest.KALENDER.isLesdag(d, school)) {
                dagen.add(new Dag(d, new BigDecimal("6"), Verzuimsoort.ONGEOORLOOFD, true));
            }
        }
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, school).thuiszitters(dagen, List.of(), JONG, false))
                .containsExactly(new Verzuimregels.Thuiszitten(of(2026, 11, 2), of(2026, 11, 30)));
        // On the region's calendar the missing Friday is a lesdag without absence: the run breaks, no signal yet.
        assertThat(new Verzuimregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN).thuiszitters(dagen, List.of(), JONG,
                false)).isEmpty();
    }

    private static Dag dag(LocalDate datum, String uren) {
        return new Dag(datum, new BigDecimal(uren), Verzuimsoort.ONGEOORLOOFD, false);
    }
}
