package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.eenplan.engine.Deploymentregel.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check at a deployment remembers its answer per file content (a deployment may hold the same tables as one
 * before): the same bytes get the same answer without a new evaluation, other bytes under the same name are checked
 * anew.
 */
@DisplayName("De controle van wettelijke termijnen bij een deployment onthoudt haar antwoord per inhoud, niet per naam")
class WettelijkeTermijnenControleTest {

    private static final String ZORGPLICHT_6 = "<outputEntry id=\"zorgplichtAantal\"><text>6</text>";
    private static final String ZORGPLICHT_8 = "<outputEntry id=\"zorgplichtAantal\"><text>8</text>";

    private final WettelijkeTermijnenControle controle = new WettelijkeTermijnenControle();

    @Test
    @DisplayName("Eerst de echte tabel goedgekeurd, daarna onder dezelfde naam een veranderde wettelijke termijn: "
            + "geweigerd")
    void eenVeranderdBestandOnderDezelfdeNaam() {
        assertThat(controle.problemen(deployment(WettelijkeTermijnenTest.TERMIJNEN))).isEmpty();

        Map<String, ?> geweigerd = controle.problemen(deployment(zorgplicht8()));
        assertThat(geweigerd).containsOnlyKeys("termijnen.dmn");
        assertThat(geweigerd.get("termijnen.dmn").toString()).contains("'arrangement / zorgplicht' is wettelijk");
        // and refused again: a refusal is remembered as well as an approval
        assertThat(controle.problemen(deployment(zorgplicht8())).toString()).isEqualTo(geweigerd.toString());
        assertThat(controle.problemen(deployment(WettelijkeTermijnenTest.TERMIJNEN))).isEmpty();
    }

    @Test
    @DisplayName("Dezelfde inhoud in een nieuwe array: het onthouden antwoord, zonder de tabel opnieuw te evalueren")
    void dezelfdeInhoudHetzelfdeAntwoord() {
        var eerste = WettelijkeTermijnenControle.afwijkingen(bytes(zorgplicht8()));
        assertThat(eerste).singleElement().asString().contains("'arrangement / zorgplicht' is wettelijk");
        assertThat(WettelijkeTermijnenControle.afwijkingen(bytes(zorgplicht8()))).isSameAs(eerste);
    }

    @Test
    @DisplayName("De array van de aanroeper later veranderd: het onthouden antwoord hoort bij de oude inhoud")
    void deArrayVanDeAanroeperVeranderd() {
        byte[] bestand = bytes(WettelijkeTermijnenTest.TERMIJNEN);
        assertThat(WettelijkeTermijnenControle.afwijkingen(bestand)).isEmpty();
        byte[] veranderd = bytes(zorgplicht8());
        assertThat(veranderd).hasSameSizeAs(bestand);
        System.arraycopy(veranderd, 0, bestand, 0, bestand.length);
        assertThat(WettelijkeTermijnenControle.afwijkingen(bestand)).singleElement().asString()
                .contains("'arrangement / zorgplicht' is wettelijk");
        assertThat(WettelijkeTermijnenControle.afwijkingen(bytes(WettelijkeTermijnenTest.TERMIJNEN))).isEmpty();
    }

    private static String zorgplicht8() {
        assertThat(WettelijkeTermijnenTest.TERMIJNEN).contains(ZORGPLICHT_6);
        return WettelijkeTermijnenTest.TERMIJNEN.replace(ZORGPLICHT_6, ZORGPLICHT_8);
    }

    private static Deployment deployment(String termijnen) {
        return new Deployment("proef", "test", null, Map.of("termijnen.dmn", bytes(termijnen)));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
