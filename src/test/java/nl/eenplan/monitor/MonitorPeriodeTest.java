package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.eenplan.web.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monitor's periods: a month or a school year, nothing in between; the default on the Dutch date. */
class MonitorPeriodeTest {

    @Test
    void eenMaandEnEenSchooljaar() {
        assertThat(Periode.lees("2026-11")).isEqualTo(new Periode("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(Periode.lees("2028-02").tot()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periode.lees("2026-2027"))
                .isEqualTo(new Periode("2026-2027", LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-13", "2026-00", "2026-1", "2026-2028", "2027-2026", "2026-2026",
            "2026-11-01", "2026-08-01/2027-07-31", "26-27", "schooljaar", "２０２６-１１"})
    void verderNiets(String tekst) {
        assertThatThrownBy(() -> Periode.lees(tekst)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.getFouten()).singleElement().satisfies(f -> {
                    assertThat(f.veld()).isEqualTo("periode");
                    assertThat(f.melding()).contains("Kies een maand", "2026-2027");
                }));
    }

    @Test
    void eenDagLigtInHetSchooljaarVan1AugustusTot31Juli() {
        assertThat(Periode.schooljaarVan(LocalDate.of(2026, 7, 31)).code()).isEqualTo("2025-2026");
        assertThat(Periode.schooljaarVan(LocalDate.of(2026, 8, 1)).code()).isEqualTo("2026-2027");
        assertThat(Periode.schooljaarVan(LocalDate.of(2027, 1, 1)).code()).isEqualTo("2026-2027");
    }

    @Test
    void hetLaatsteVolledigeSchooljaarBegintOp1Augustus() {
        assertThat(Periode.laatsteVolledigeSchooljaar(LocalDate.of(2026, 7, 31)).code()).isEqualTo("2024-2025");
        assertThat(Periode.laatsteVolledigeSchooljaar(LocalDate.of(2026, 8, 1)).code()).isEqualTo("2025-2026");
        assertThat(Periode.laatsteVolledigeSchooljaar(LocalDate.of(2027, 1, 1)).code()).isEqualTo("2025-2026");
    }

    @Test
    void zonderPeriodeTeltDeNederlandseDatum() {
        // 1 August 2026 at 00:30 in the Netherlands is still 31 July in UTC: the school year 2025-2026 has ended.
        MonitorService na = new MonitorService(null,
                Clock.fixed(Instant.parse("2026-07-31T22:30:00Z"), ZoneOffset.UTC), null, null, null, null, "feiten", false, 16);
        assertThat(na.standaardPeriode().code()).isEqualTo("2025-2026");
        // 31 July 2026 at 23:30 in the Netherlands: not yet.
        MonitorService voor = new MonitorService(null,
                Clock.fixed(Instant.parse("2026-07-31T21:30:00Z"), ZoneOffset.UTC), null, null, null, null, "feiten", false, 16);
        assertThat(voor.standaardPeriode().code()).isEqualTo("2024-2025");
    }
}
