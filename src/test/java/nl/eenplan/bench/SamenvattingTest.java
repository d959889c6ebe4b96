package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.bench.Opties.Instellingen;
import org.junit.jupiter.api.Test;

/** The benchmark's order of measurements and its medians. */
class SamenvattingTest {

    @Test
    void abbaMeetElkeInstellingTweeKeerPerHerhalingInOmgekeerdeVolgorde() {
        var a = Instellingen.EENPLAN;
        var b = Instellingen.STANDAARD;
        assertThat(Opties.volgorde(List.of(a, b), 1, true)).containsExactly(a, b, b, a);
        assertThat(Opties.volgorde(List.of(a, b), 2, true)).containsExactly(a, b, b, a, a, b, b, a);
        assertThat(Opties.volgorde(List.of(a, b), 3, false)).containsExactly(a, b, b, a, a, b);
        assertThat(Opties.volgorde(List.of(a), 2, true)).containsExactly(a, a);
    }

    @Test
    void deMediaanLaatNietGemetenWaardenWeg() {
        Resultaat een = new Resultaat(1, 100, 10, Double.NaN, null);
        Resultaat twee = new Resultaat(2, 100, 30, 5, null);
        Resultaat drie = new Resultaat(4, 100, 20, 7, null);
        assertThat(Samenvatting.mediaan(List.of(een, twee, drie), Resultaat::knoopCpuMs)).isEqualTo(20);
        assertThat(Samenvatting.mediaan(List.of(een, twee, drie), Resultaat::postgresCpuMs)).isEqualTo(6);
        assertThat(Samenvatting.mediaan(List.of(een), Resultaat::commitsPerEenheid)).isNaN();
    }
}
