package nl.eenplan.termijn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.eenplan.dossier.Regio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Deadline arithmetic on the real calendar files, across holiday edges, per region. */
class SchoolkalenderTest {

    static final Schoolkalender KALENDER = SchoolkalenderLezer.lees(new DefaultResourceLoader(), "classpath:kalender/");

    @ParameterizedTest
    @EnumSource(Regio.class)
    void vijfWerkdagenVanafDeVrijdagVoorDeKerstvakantie(Regio regio) {
        // Fri 19 Dec 2025: Mon 22, Tue 23, Wed 24, (Christmas 25 and 26, weekend), Mon 29, Tue 30.
        assertThat(KALENDER.plus(of(2025, 12, 19), 5, Eenheid.WERKDAGEN, regio)).isEqualTo(of(2025, 12, 30));
    }

    @ParameterizedTest
    @EnumSource(Regio.class)
    void vierLesweken_overDeMeivakantie(Regio regio) {
        // Meivakantie 25 Apr - 3 May 2026 everywhere: one week does not count.
        assertThat(KALENDER.plus(of(2026, 4, 13), 4, Eenheid.LESWEKEN, regio)).isEqualTo(of(2026, 5, 18));
        // Without a holiday in between: exactly four weeks.
        assertThat(KALENDER.plus(of(2026, 5, 18), 4, Eenheid.LESWEKEN, regio)).isEqualTo(of(2026, 6, 15));
    }

    @Test
    void leswekenVolgenDeVakantieVanDeRegio() {
        // Herfstvakantie 2025: zuid 11-19 Oct, noord and midden 18-26 Oct.
        assertThat(KALENDER.plus(of(2025, 10, 10), 1, Eenheid.LESWEKEN, Regio.ZUID)).isEqualTo(of(2025, 10, 24));
        assertThat(KALENDER.plus(of(2025, 10, 10), 1, Eenheid.LESWEKEN, Regio.NOORD)).isEqualTo(of(2025, 10, 17));
        assertThat(KALENDER.plus(of(2025, 10, 10), 1, Eenheid.LESWEKEN, Regio.MIDDEN)).isEqualTo(of(2025, 10, 17));
        // Voorjaarsvakantie 2026: noord 21 Feb - 1 Mar, midden and zuid 14-22 Feb.
        assertThat(KALENDER.plus(of(2026, 2, 16), 1, Eenheid.LESWEKEN, Regio.NOORD)).isEqualTo(of(2026, 3, 2));
        assertThat(KALENDER.plus(of(2026, 2, 16), 1, Eenheid.LESWEKEN, Regio.MIDDEN)).isEqualTo(of(2026, 2, 27));
        assertThat(KALENDER.isVakantie(of(2026, 2, 25), Regio.NOORD)).isTrue();
        assertThat(KALENDER.isVakantie(of(2026, 2, 25), Regio.ZUID)).isFalse();
    }

    @Test
    void eenTermijnDieOpEenFeestdagBegint() {
        // Koningsdag Mon 27 Apr 2026 is not counted itself: 28, 29, 30 Apr, 1 May, Mon 4 May.
        assertThat(KALENDER.plus(of(2026, 4, 27), 5, Eenheid.WERKDAGEN, Regio.MIDDEN)).isEqualTo(of(2026, 5, 4));
        // Zero werkdagen from a feestdag: the next werkdag.
        assertThat(KALENDER.plus(of(2026, 4, 6), 0, Eenheid.WERKDAGEN, Regio.MIDDEN)).isEqualTo(of(2026, 4, 7));
        assertThat(KALENDER.isWerkdag(of(2026, 5, 5))).as("Bevrijdingsdag").isFalse();
        assertThat(KALENDER.isWerkdag(of(2026, 4, 3))).as("Goede Vrijdag is geen algemeen erkende feestdag").isTrue();
    }

    @Test
    void kalenderdagenEnWekenEindigenOpEenWerkdag() {
        // Algemene termijnenwet: ending on Christmas moves to the next werkdag, Mon 29 Dec.
        assertThat(KALENDER.plus(of(2025, 12, 23), 2, Eenheid.DAGEN, Regio.NOORD)).isEqualTo(of(2025, 12, 29));
        // Six weeks (zorgplicht) from Thu 2 Apr 2026 ends Thu 14 May, Hemelvaartsdag: so Fri 15 May.
        assertThat(KALENDER.plus(of(2026, 4, 2), 6, Eenheid.WEKEN, Regio.ZUID)).isEqualTo(of(2026, 5, 15));
        assertThat(KALENDER.plus(of(2026, 1, 12), 6, Eenheid.WEKEN, Regio.ZUID)).isEqualTo(of(2026, 2, 23));
    }

    @Test
    void eenLesweektermijnEindigtOpEenWerkdag() {
        // 4 lesweken from Thu 9 Apr 2026 (midden) would end on Hemelvaartsdag, Thu 14 May: Fri 15 May.
        assertThat(KALENDER.plus(of(2026, 4, 9), 4, Eenheid.LESWEKEN, Regio.MIDDEN)).isEqualTo(of(2026, 5, 15));
    }

    @Test
    void terugtellenInKalenderdagenEindigtOpDeWerkdagErvoor() {
        // 2 days before Mon 29 Dec 2025 is Sat 27 Dec: back to Wed 24 Dec (25 and 26 are feestdagen).
        assertThat(KALENDER.plus(of(2025, 12, 29), -2, Eenheid.DAGEN, Regio.NOORD)).isEqualTo(of(2025, 12, 24));
        assertThat(KALENDER.plus(of(2026, 3, 9), -1, Eenheid.WEKEN, Regio.NOORD)).isEqualTo(of(2026, 3, 2));
    }

    @Test
    void schrikkeldag() {
        assertThat(KALENDER.plus(of(2028, 2, 28), 1, Eenheid.WERKDAGEN, Regio.MIDDEN)).isEqualTo(of(2028, 2, 29));
        assertThat(KALENDER.plus(of(2028, 2, 28), 1, Eenheid.DAGEN, Regio.MIDDEN)).isEqualTo(of(2028, 2, 29));
        assertThat(KALENDER.plus(of(2028, 1, 31), 1, Eenheid.MAANDEN, Regio.MIDDEN)).isEqualTo(of(2028, 2, 29));
        assertThat(KALENDER.plus(of(2028, 2, 29), 1, Eenheid.WEKEN, Regio.MIDDEN)).isEqualTo(of(2028, 3, 7));
    }

    @Test
    void zomertijdEnWintertijd() {
        // Summer time starts Sun 29 Mar 2026: the end of Mon 30 Mar is 21:59:59 UTC, of Fri 27 Mar 22:59:59 UTC.
        LocalDate naWissel = KALENDER.plus(of(2026, 3, 27), 1, Eenheid.WERKDAGEN, Regio.MIDDEN);
        assertThat(naWissel).isEqualTo(of(2026, 3, 30));
        assertThat(Termijn.eindeVanDag(naWissel).toInstant()).isEqualTo(Instant.parse("2026-03-30T21:59:59Z"));
        assertThat(Termijn.eindeVanDag(of(2026, 3, 27)).toInstant()).isEqualTo(Instant.parse("2026-03-27T22:59:59Z"));
        // Winter time starts Sun 25 Oct 2026.
        assertThat(Termijn.eindeVanDag(of(2026, 10, 26)).toInstant()).isEqualTo(Instant.parse("2026-10-26T22:59:59Z"));
        assertThat(Termijn.dag(java.util.Date.from(Instant.parse("2026-10-24T22:30:00Z")))).isEqualTo(of(2026, 10, 25));
    }

    @Test
    void terugtellenVoorEenAfspraak() {
        // Groeidocument 2 werkdagen before an MDO on Thu 12 Mar 2026: Tue 10 Mar.
        assertThat(KALENDER.plus(of(2026, 3, 12), -2, Eenheid.WERKDAGEN, Regio.MIDDEN)).isEqualTo(of(2026, 3, 10));
        // Over a weekend and Tweede Paasdag: 2 werkdagen before Wed 8 Apr 2026 is Fri 3 Apr.
        assertThat(KALENDER.plus(of(2026, 4, 8), -2, Eenheid.WERKDAGEN, Regio.MIDDEN)).isEqualTo(of(2026, 4, 3));
    }

    @Test
    void eenDatumBuitenDeKalenderIsEenFoutGeenGok() {
        assertThat(KALENDER.bekendVan()).isEqualTo(of(2024, 8, 1));
        assertThat(KALENDER.bekendTot()).isEqualTo(of(2029, 7, 31));
        assertThatThrownBy(() -> KALENDER.plus(of(2029, 8, 1), 1, Eenheid.WERKDAGEN, Regio.NOORD))
                .isInstanceOf(BuitenKalenderException.class).hasMessageContaining("2029-08-01")
                .hasMessageContaining("schoolvakanties.csv");
        assertThatThrownBy(() -> KALENDER.plus(of(2029, 7, 20), 10, Eenheid.WERKDAGEN, Regio.NOORD))
                .isInstanceOf(BuitenKalenderException.class);
        assertThatThrownBy(() -> KALENDER.plus(of(2024, 7, 31), 1, Eenheid.DAGEN, Regio.NOORD))
                .isInstanceOf(BuitenKalenderException.class);
    }
}
