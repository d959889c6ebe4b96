package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The family's sign-in refuses to start half configured, and the binding page reads a date as people write it.
 */
class GezinOidcGebruikersTest {

    private static final String GEHEIM = "een-geheim-van-16+";

    @Test
    void zonderRegistratieHoeftNiets() {
        GezinOidcGebruikers.controleer(false, Set.of(), "");
    }

    @Test
    void metDeRegistratieIsHetNiveauVerplicht() {
        assertThatThrownBy(() -> GezinOidcGebruikers.controleer(true, Set.of(), GEHEIM))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("eenplan.aanmelden.gezin.acr")
                .hasMessageContaining("Substantieel");
    }

    @Test
    void metDeRegistratieIsHetGeheimVerplicht() {
        assertThatThrownBy(() -> GezinOidcGebruikers.controleer(true, Set.of("urn:substantieel"), "kort"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("eenplan.gezin.geheim");
        GezinOidcGebruikers.controleer(true, Set.of("urn:substantieel"), GEHEIM);
    }

    @Test
    void eenGeboortedatumZoalsMensenHemSchrijven() {
        LocalDate noor = LocalDate.of(2015, 5, 14);
        assertThat(KoppelPagina.datum("14-05-2015")).contains(noor);
        assertThat(KoppelPagina.datum(" 14-5-2015 ")).contains(noor);
        assertThat(KoppelPagina.datum("14/05/2015")).contains(noor);
        assertThat(KoppelPagina.datum("14.5.2015")).contains(noor);
        assertThat(KoppelPagina.datum("2015-05-14")).contains(noor);
        assertThat(KoppelPagina.datum("29-02-2016")).contains(LocalDate.of(2016, 2, 29));
        assertThat(KoppelPagina.datum("29-02-2015")).as("no 29 February in 2015").isEmpty();
        assertThat(KoppelPagina.datum("31-04-2015")).isEmpty();
        assertThat(KoppelPagina.datum("14 mei 2015")).isEmpty();
        assertThat(KoppelPagina.datum("")).isEmpty();
        assertThat(KoppelPagina.datum(null)).isEmpty();
    }
}
