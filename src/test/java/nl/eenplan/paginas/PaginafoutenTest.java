package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A wrong value in a page's address is named as the reader knows it, never by the code's parameter name. */
class PaginafoutenTest {

    @Test
    void deParametersVanDePaginasHebbenEenNaamVoorMensen() {
        assertThat(Paginafouten.inWoorden("pagina")).isEqualTo("het paginanummer");
        assertThat(Paginafouten.inWoorden("id")).isEqualTo("het nummer");
        assertThat(Paginafouten.inWoorden("vorm")).isEqualTo("de vorm van de toestemming");
        assertThat(Paginafouten.inWoorden("nieuweParameter")).isEqualTo("een waarde");
    }
}
