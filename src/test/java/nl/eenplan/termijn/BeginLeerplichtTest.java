package nl.eenplan.termijn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.leerplicht.Leerplichtigheid.Status;
import nl.eenplan.termijn.EigenKalender.Periode;
import nl.eenplan.termijn.EigenKalender.Soort;
import org.junit.jupiter.api.Test;

/**
 * Leerplicht starts "met ingang van de eerste schooldag van de maand volgende op die waarin de jongere de leeftijd van
 * vijf jaren heeft bereikt" (Leerplichtwet 1969 art. 3 lid 1): the first lesdag of the pupil's school, on the real
 * calendar files of region midden, with and without the school's own days.
 */
class BeginLeerplichtTest {

    static final Schoolkalender KALENDER = SchoolkalenderTest.KALENDER;
    static final EigenKalender MIDDEN = EigenKalender.vanRegio(Regio.MIDDEN);

    static LocalDate begin(LocalDate geboortedatum, EigenKalender school) {
        return Leerplichtigheid.begin(geboortedatum, dag -> KALENDER.eersteLesdagVanaf(dag, school).orElse(null));
    }

    static Status op(LocalDate geboortedatum, LocalDate dag, EigenKalender school) {
        return Leerplichtigheid.op(geboortedatum, false, dag,
                d -> KALENDER.eersteLesdagVanaf(d, school).orElse(null));
    }

    @Test
    void art3Lid1_verjaardagOpDeEersteVanDeMaand_leerplichtigOpDeEersteLesdagVanDeVolgendeMaand() {
        // 5 on Wednesday 1 April 2026: not April, but May; 1 May is in the meivakantie (25 April - 3 May), so Monday
        // 4 May.
        LocalDate geboren = of(2021, 4, 1);
        assertThat(begin(geboren, MIDDEN)).isEqualTo(of(2026, 5, 4));
        assertThat(op(geboren, of(2026, 5, 1), MIDDEN)).isEqualTo(Status.NIET);
        assertThat(op(geboren, of(2026, 5, 4), MIDDEN)).isEqualTo(Status.LEERPLICHTIG);
    }

    @Test
    void art3Lid1_verjaardagOpDeLaatsteVanDeMaand_deVolgendeDagAlsDieEenLesdagIs() {
        // 5 on Tuesday 31 March 2026: Wednesday 1 April is a lesdag.
        LocalDate geboren = of(2021, 3, 31);
        assertThat(begin(geboren, MIDDEN)).isEqualTo(of(2026, 4, 1));
        assertThat(op(geboren, of(2026, 3, 31), MIDDEN)).isEqualTo(Status.NIET);
        assertThat(op(geboren, of(2026, 4, 1), MIDDEN)).isEqualTo(Status.LEERPLICHTIG);
        // Born on the 1st of March: the same month after.
        assertThat(begin(of(2021, 3, 1), MIDDEN)).isEqualTo(of(2026, 4, 1));
    }

    @Test
    void art3Lid1_5eVerjaardagInDecember_deEersteLesdagNaDeKerstvakantie() {
        // Kerstvakantie midden 19 December 2026 - 3 January 2027; 1 January is also Nieuwjaarsdag.
        LocalDate geboren = of(2021, 12, 15);
        assertThat(begin(geboren, MIDDEN)).isEqualTo(of(2027, 1, 4));
        assertThat(op(geboren, of(2027, 1, 1), MIDDEN)).isEqualTo(Status.NIET);
        assertThat(op(geboren, of(2027, 1, 3), MIDDEN)).isEqualTo(Status.NIET);
        assertThat(op(geboren, of(2027, 1, 4), MIDDEN)).isEqualTo(Status.LEERPLICHTIG);
    }

    @Test
    void art3Lid1_eenMaandDieInDeZomervakantieBegint() {
        // 5 in July 2026: August starts in the zomervakantie (midden to Sunday 30 August): Monday 31 August.
        assertThat(begin(of(2021, 7, 10), MIDDEN)).isEqualTo(of(2026, 8, 31));
    }

    @Test
    void art3Lid1_eenEigenVrijeDagOpDeEersteVanDeMaand_deDagErna() {
        // Thursday 1 October 2026 is the school's study day: its first schooldag of October is Friday 2 October.
        EigenKalender school = new EigenKalender("97KA00", Regio.MIDDEN,
                List.of(new Periode(Soort.VRIJE_DAG, of(2026, 10, 1), of(2026, 10, 1), "studiedag")));
        LocalDate geboren = of(2021, 9, 10);
        assertThat(begin(geboren, MIDDEN)).isEqualTo(of(2026, 10, 1));
        assertThat(begin(geboren, school)).isEqualTo(of(2026, 10, 2));
        assertThat(op(geboren, of(2026, 10, 1), school)).isEqualTo(Status.NIET);
        assertThat(op(geboren, of(2026, 10, 2), school)).isEqualTo(Status.LEERPLICHTIG);
        // A school open in the region's holiday starts it there: August 2026 with an mbo-like open last week.
        EigenKalender open = new EigenKalender("97KA00", Regio.MIDDEN,
                List.of(new Periode(Soort.SCHOOLDAG, of(2026, 8, 24), of(2026, 8, 28), "eigen jaarrooster")));
        assertThat(begin(of(2021, 7, 10), open)).isEqualTo(of(2026, 8, 24));
    }

    @Test
    void buitenDeBekendeSchooljaren_deEersteVanDeMaand() {
        // The calendar files start on 1 August 2024: a pupil who turned 5 before then starts on the 1st, the earliest
        // reading (no guess of a calendar EenPlan does not know).
        assertThat(KALENDER.eersteLesdagVanaf(of(2019, 4, 1), MIDDEN)).isEmpty();
        assertThat(begin(of(2014, 3, 15), MIDDEN)).isEqualTo(of(2019, 4, 1));
        assertThat(op(of(2014, 3, 15), of(2026, 11, 2), MIDDEN)).isEqualTo(Status.LEERPLICHTIG);
    }
}
