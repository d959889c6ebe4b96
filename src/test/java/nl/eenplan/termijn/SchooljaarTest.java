package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leerplichtwet 1969 art. 1 (WPO, WVO art. 1): a schooljaar runs from 1 August to 31 July. */
class SchooljaarTest {

    @Test
    void leerplichtwetArtikel1_van1AugustusTotEnMet31Juli() {
        assertThat(Schooljaar.van(LocalDate.of(2027, 7, 31))).isEqualTo(new Schooljaar(2026));
        assertThat(Schooljaar.van(LocalDate.of(2027, 8, 1))).isEqualTo(new Schooljaar(2027));
        assertThat(Schooljaar.van(LocalDate.of(2026, 12, 31))).isEqualTo(new Schooljaar(2026));
        assertThat(Schooljaar.van(LocalDate.of(2027, 1, 1))).isEqualTo(new Schooljaar(2026));
        Schooljaar jaar = new Schooljaar(2026);
        assertThat(jaar.eersteDag()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(jaar.laatsteDag()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(jaar.eindjaar()).isEqualTo(2027);
        assertThat(jaar.volgende().eersteDag()).isEqualTo(jaar.laatsteDag().plusDays(1));
        assertThat(jaar.vorige().laatsteDag()).isEqualTo(jaar.eersteDag().minusDays(1));
    }

    @Test
    void geschrevenAls2026Streep2027() {
        assertThat(new Schooljaar(2026).code()).isEqualTo("2026-2027");
        assertThat(Schooljaar.lees("2026-2027")).contains(new Schooljaar(2026));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2028", "2026-2026", "2026/2027", "26-27", "2026-2027 ", "", "schooljaar"})
    void andersGeschrevenIsGeenSchooljaar(String tekst) {
        assertThat(Schooljaar.lees(tekst)).isEmpty();
    }

    @Test
    void nietsIsGeenSchooljaar() {
        assertThat(Schooljaar.lees(null)).isEmpty();
    }
}
