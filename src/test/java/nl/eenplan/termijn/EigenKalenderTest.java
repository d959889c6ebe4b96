package nl.eenplan.termijn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.termijn.EigenKalender.Periode;
import nl.eenplan.termijn.EigenKalender.Soort;
import org.junit.jupiter.api.Test;

/**
 * A school's own calendar on top of its region's (issue #22, "the school's own calendar"), on the real calendar files,
 * region midden (herfstvakantie 17-25 October 2026, meivakantie 24 April - 2 May 2027).
 */
class EigenKalenderTest {

    static final Schoolkalender KALENDER = SchoolkalenderTest.KALENDER;
    static final EigenKalender MIDDEN = EigenKalender.vanRegio(Regio.MIDDEN);

    @Test
    void zonderEigenDagenIsHetDeKalenderVanDeRegio() {
        for (var dag = of(2026, 10, 1); !dag.isAfter(of(2027, 6, 30)); dag = dag.plusDays(1)) {
            assertThat(KALENDER.isLesdag(dag, MIDDEN)).as(dag.toString()).isEqualTo(KALENDER.isLesdag(dag, Regio.MIDDEN));
            assertThat(KALENDER.isSchoolweekdag(dag, MIDDEN)).as(dag.toString())
                    .isEqualTo(KALENDER.isSchoolweekdag(dag, Regio.MIDDEN));
        }
    }

    @Test
    void eenStudiedagIsGeenLesdag_maarDeWeekBlijftEenLesweek() {
        EigenKalender school = school(new Periode(Soort.VRIJE_DAG, of(2026, 11, 6), of(2026, 11, 6), "studiedag"));
        assertThat(KALENDER.isLesdag(of(2026, 11, 6), school)).isFalse();
        assertThat(KALENDER.waaromGeenLesdag(of(2026, 11, 6), school))
                .isEqualTo("studiedag volgens de kalender van de school");
        // Like a feestdag: the week still counts as a school week.
        assertThat(KALENDER.isSchoolweekdag(of(2026, 11, 6), school)).isTrue();
        // The days around it are lesdagen.
        assertThat(KALENDER.isLesdag(of(2026, 11, 5), school)).isTrue();
        assertThat(KALENDER.isLesdag(of(2026, 11, 9), school)).isTrue();
    }

    @Test
    void eenEigenVakantieweekTeltNietAlsLesweek() {
        EigenKalender school = school(new Periode(Soort.VAKANTIE, of(2027, 5, 3), of(2027, 5, 7), "extra meivakantie"));
        for (var dag = of(2027, 5, 3); !dag.isAfter(of(2027, 5, 7)); dag = dag.plusDays(1)) {
            assertThat(KALENDER.isLesdag(dag, school)).as(dag.toString()).isFalse();
            assertThat(KALENDER.isSchoolweekdag(dag, school)).as(dag.toString()).isFalse();
            assertThat(KALENDER.isLesdag(dag, MIDDEN)).as(dag.toString()).isEqualTo(!dag.equals(of(2027, 5, 5))
                    && !dag.equals(of(2027, 5, 6))); // Bevrijdingsdag is no feestdag every year; Hemelvaart 6 May
        }
        assertThat(KALENDER.waaromGeenLesdag(of(2027, 5, 4), school))
                .isEqualTo("extra meivakantie volgens de kalender van de school");
        // The boundaries: the Friday before and the Monday after are lesdagen.
        assertThat(KALENDER.isLesdag(of(2027, 5, 10), school)).isTrue();
        assertThat(KALENDER.isLesdag(of(2027, 4, 23), school)).isTrue();
    }

    @Test
    void eenMboOpenInDeHerfstvakantieVanDeRegio_telt() {
        EigenKalender mbo = school(new Periode(Soort.SCHOOLDAG, of(2026, 10, 19), of(2026, 10, 23), "mbo-jaarrooster"));
        assertThat(KALENDER.isLesdag(of(2026, 10, 20), MIDDEN)).isFalse();
        assertThat(KALENDER.waaromGeenLesdag(of(2026, 10, 20), MIDDEN)).isEqualTo("herfstvakantie in regio midden");
        assertThat(KALENDER.isLesdag(of(2026, 10, 20), mbo)).isTrue();
        assertThat(KALENDER.isSchoolweekdag(of(2026, 10, 20), mbo)).isTrue();
        // Open in a holiday does not open the weekend around it.
        assertThat(KALENDER.isLesdag(of(2026, 10, 24), mbo)).isFalse();
        assertThat(KALENDER.waaromGeenLesdag(of(2026, 10, 24), mbo)).isEqualTo("weekend");
        // One week open: 1 lesweek from Friday 16 October is Friday 23 October, not 30 October as in the region.
        assertThat(KALENDER.plus(of(2026, 10, 16), 1, Eenheid.LESWEKEN, Regio.MIDDEN)).isEqualTo(of(2026, 10, 30));
    }

    @Test
    void eenTermijnInLesweken_teltDeEigenVakantieweekVanDeSchoolNiet() {
        // 2 lesweken from Friday 16 April 2027 in the region: the meivakantie (24 April - 2 May) does not count, so
        // Friday 7 May; a school with an extra meiweek (3-7 May) counts one week more: Friday 14 May.
        EigenKalender school = school(new Periode(Soort.VAKANTIE, of(2027, 5, 3), of(2027, 5, 7), "extra meivakantie"));
        assertThat(KALENDER.plus(of(2027, 4, 16), 2, Eenheid.LESWEKEN, Regio.MIDDEN)).isEqualTo(of(2027, 5, 7));
        assertThat(KALENDER.plus(of(2027, 4, 16), 2, Eenheid.LESWEKEN, MIDDEN)).isEqualTo(of(2027, 5, 7));
        assertThat(KALENDER.plus(of(2027, 4, 16), 2, Eenheid.LESWEKEN, school)).isEqualTo(of(2027, 5, 14));
        // A study day keeps its week a lesweek, and werkdagen are the same for every school (Algemene termijnenwet).
        EigenKalender studiedag = school(new Periode(Soort.VRIJE_DAG, of(2027, 4, 19), of(2027, 4, 19), "studiedag"));
        assertThat(KALENDER.plus(of(2027, 4, 16), 2, Eenheid.LESWEKEN, studiedag)).isEqualTo(of(2027, 5, 7));
        assertThat(KALENDER.plus(of(2027, 4, 16), 5, Eenheid.WERKDAGEN, school))
                .isEqualTo(KALENDER.plus(of(2027, 4, 16), 5, Eenheid.WERKDAGEN, Regio.MIDDEN));
    }

    @Test
    void eenOpenDagOpEenFeestdagBlijftVrij() {
        // Tweede kerstdag 2026 falls in the kerstvakantie; a school open that week is still closed on the feestdag.
        EigenKalender school = school(new Periode(Soort.SCHOOLDAG, of(2026, 12, 21), of(2026, 12, 24), "open"));
        assertThat(KALENDER.isLesdag(of(2026, 12, 21), school)).isTrue();
        assertThat(KALENDER.isLesdag(of(2027, 1, 1), school)).isFalse();
        assertThat(KALENDER.waaromGeenLesdag(of(2027, 1, 1), school)).isEqualTo("feestdag");
    }

    @Test
    void eenVerschovenVoorjaarsvakantie() {
        // Region midden's voorjaarsvakantie 20-28 February 2027 is advice: the school takes 13-21 February instead.
        EigenKalender school = school(
                new Periode(Soort.VAKANTIE, of(2027, 2, 15), of(2027, 2, 19), "voorjaarsvakantie (eigen)"),
                new Periode(Soort.SCHOOLDAG, of(2027, 2, 22), of(2027, 2, 26), "voorjaarsvakantie verschoven"));
        assertThat(KALENDER.isLesdag(of(2027, 2, 16), school)).isFalse();
        assertThat(KALENDER.isLesdag(of(2027, 2, 23), school)).isTrue();
        assertThat(KALENDER.isLesdag(of(2027, 2, 23), MIDDEN)).isFalse();
    }

    private static EigenKalender school(Periode... periodes) {
        return new EigenKalender("97KA00", Regio.MIDDEN, List.of(periodes));
    }
}
