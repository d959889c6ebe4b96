package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a process owner hears when a change in Camunda Modeler touches a statutory row (the check refuses the
 * deployment with these sentences), and that a local change passes. Engine-light: the standalone DMN engine.
 */
@DisplayName("Een wettelijke termijn verandert alleen een ontwikkelaar")
class WettelijkeTermijnenTest {

    static final String TERMIJNEN = Tabellen.lees(Tabellen.TERMIJNEN);
    static final String KALENDER = Tabellen.lees(Tabellen.OVERSTAPKALENDER);

    @Test
    @DisplayName("Een lokale termijn en de herinnering bij een wettelijke termijn mag de procesbeheerder veranderen")
    void lokaalEnHerinneringMogen() {
        String anders = vervang(TERMIJNEN, "<outputEntry id=\"intakeAantal\"><text>5</text>",
                "<outputEntry id=\"intakeAantal\"><text>8</text>");
        anders = vervang(anders, "<outputEntry id=\"zorgplichtHerinnering\"><text>5</text>",
                "<outputEntry id=\"zorgplichtHerinnering\"><text>10</text>");
        anders = vervang(anders, "<outputEntry id=\"intakeEenheid\"><text>\"werkdagen\"</text>",
                "<outputEntry id=\"intakeEenheid\"><text>\"lesweken\"</text>");
        assertThat(afwijkingen(anders)).isEmpty();
        assertThat(afwijkingen(vervang(KALENDER, "<outputEntry id=\"plaatsingDag\"><text>15</text>",
                "<outputEntry id=\"plaatsingDag\"><text>10</text>"))).isEmpty();
    }

    @Test
    @DisplayName("Zorgplicht 8 weken in plaats van 6: geweigerd, met de wet en de waarde om terug te zetten")
    void eenWettelijkeTermijnVeranderd() {
        String anders = vervang(TERMIJNEN, "<outputEntry id=\"zorgplichtAantal\"><text>6</text>",
                "<outputEntry id=\"zorgplichtAantal\"><text>8</text>");
        assertThat(afwijkingen(anders)).containsExactly("'arrangement / zorgplicht' is wettelijk (WPO art. 40; "
                + "WEC art. 40; WVO 2020 (toelating): beslissen binnen 6 weken na ontvangst van de aanmelding): "
                + "6 weken, maar termijnen.dmn geeft voor onderwijssoort PO 8 weken. Alleen een ontwikkelaar verandert een "
                + "wettelijke termijn (docs/termijnen.md); zet de rij terug op 6 weken.");
    }

    @Test
    @DisplayName("Een rij voor één onderwijssoort boven een wettelijke rij telt ook")
    void eenRijErbovenVoorEenOnderwijssoort() {
        String anders = vervang(TERMIJNEN, "      <rule id=\"bezwaar\">", """
                      <rule id="bezwaarVo">
                        <inputEntry id="bezwaarVoProces"><text>"arrangement"</text></inputEntry>
                        <inputEntry id="bezwaarVoStap"><text>"bezwaar"</text></inputEntry>
                        <inputEntry id="bezwaarVoSoort"><text>"VO"</text></inputEntry>
                        <outputEntry id="bezwaarVoAantal"><text>4</text></outputEntry>
                        <outputEntry id="bezwaarVoEenheid"><text>"weken"</text></outputEntry>
                        <outputEntry id="bezwaarVoHerinnering"><text>5</text></outputEntry>
                        <outputEntry id="bezwaarVoGrondslag"><text></text></outputEntry>
                      </rule>
                      <rule id="bezwaar">""");
        assertThat(afwijkingen(anders)).singleElement().asString()
                .startsWith("'arrangement / bezwaar' is wettelijk (Awb art. 6:7")
                .contains("termijnen.dmn geeft voor onderwijssoort VO 4 weken");
    }

    @Test
    @DisplayName("Een wettelijke rij weg, of zonder grondslag: geweigerd")
    void weggehaaldOfZonderGrondslag() {
        String zonderOpp = TERMIJNEN.replaceAll("(?s)<rule id=\"oppVaststellen\">.*?</rule>", "");
        assertThat(afwijkingen(zonderOpp)).singleElement().asString()
                .contains("'arrangement / opp' is wettelijk").contains("geen rij meer")
                .endsWith("zet de rij terug op 6 weken.");

        String zonderGrondslag = TERMIJNEN.replaceAll("<outputEntry id=\"verzuimMeldenGrondslag\"><text>[^<]*</text>",
                "<outputEntry id=\"verzuimMeldenGrondslag\"><text></text>");
        assertThat(afwijkingen(zonderGrondslag)).singleElement().asString()
                .contains("'verzuim / melden' is wettelijk").contains("de kolom Grondslag voor onderwijssoort PO leeg")
                .contains("Zet daar weer \"Leerplichtwet 1969 art. 21 en 21a");
    }

    @Test
    @DisplayName("Een lokale rij met een grondslag: alleen een ontwikkelaar maakt een rij wettelijk")
    void eenLokaleRijWettelijkMaken() {
        String anders = TERMIJNEN.replace("<outputEntry id=\"intakeGrondslag\"><text></text>",
                "<outputEntry id=\"intakeGrondslag\"><text>\"Afspraak met de gemeente\"</text>");
        assertThat(afwijkingen(anders)).containsExactly("termijnen.dmn, rij 1 (aanmelding / intake) heeft een grondslag, "
                + "maar is geen wettelijke termijn: alleen een ontwikkelaar maakt een rij wettelijk. Maak de kolom "
                + "Grondslag in die rij leeg.");
    }

    @Test
    @DisplayName("Een oude versie zonder de kolom Grondslag terugzetten: geweigerd, met wat ontbreekt")
    void eenVersieZonderKolomGrondslag() {
        String oud = TERMIJNEN.replaceAll("\\s*<output id=\"outputGrondslag\"[^>]*/>", "")
                .replaceAll("\\s*<outputEntry id=\"\\w+Grondslag\"><text>[^<]*</text></outputEntry>", "");
        List<String> afwijkingen = afwijkingen(oud);
        assertThat(afwijkingen).hasSize(WettelijkeTermijnen.TERMIJNEN.size() + 1)
                .contains("termijnen.dmn mist de kolom Grondslag (uitvoer 'grondslag'): zet de kolom terug met de "
                        + "wettelijke grondslagen, zoals in de laatste versie van het bestand.");
    }

    @Test
    @DisplayName("Overstapkalender: aanmelden bij het mbo uiterlijk op 1 april (WEB art. 8.0.1), niet later")
    void eenWettelijkeDatumVeranderd() {
        String anders = vervang(KALENDER, "<outputEntry id=\"voMboAanmeldenDag\"><text>1</text>",
                "<outputEntry id=\"voMboAanmeldenDag\"><text>15</text>");
        assertThat(afwijkingen(anders)).containsExactly("'VO_MBO / aanmelden' is een wettelijke datum (WEB art. 8.0.1: "
                + "aanmelden uiterlijk op 1 april geeft toelatingsrecht): 1-4, maar overstapkalender.dmn geeft dag 15, "
                + "maand 4. Alleen een ontwikkelaar verandert een wettelijke termijn (docs/termijnen.md); zet de rij "
                + "terug op 1-4.");
    }

    @Test
    @DisplayName("De tabellen zoals ze in processes/ staan volgen de wet")
    void deEchteTabellen() {
        assertThat(afwijkingen(TERMIJNEN)).isEmpty();
        assertThat(afwijkingen(KALENDER)).isEmpty();
    }

    private static List<String> afwijkingen(String xml) {
        return WettelijkeTermijnen.afwijkingen(Tabellen.ENGINE, Tabellen.model(xml));
    }

    private static String vervang(String xml, String oud, String nieuw) {
        assertThat(xml).contains(oud);
        return xml.replace(oud, nieuw);
    }

    @Test
    @DisplayName("De zorgplicht (WPO art. 40; WEC art. 40; WVO 2020) staat op één plek: elke rij van arrangement en toelating die haar noemt, citeert haar zo")
    void deZorgplichtIsEenmaalGeciteerd() throws java.io.IOException {
        assertThat(WettelijkeTermijnen.ZORGPLICHT).isEqualTo("WPO art. 40; WEC art. 40; WVO 2020 (toelating)");
        // WPO art. 40 lid 12 is the board's term on an objection against a refused admission, not the zorgplicht.
        java.util.function.Predicate<String> zorgplicht = g -> (g.contains("art. 40;") || g.contains("art. 40 "))
                && !g.contains("art. 40 lid 12");
        assertThat(WettelijkeTermijnen.TERMIJNEN).filteredOn(t -> zorgplicht.test(t.grondslag()))
                .extracting(t -> t.proces() + "/" + t.stap())
                .contains("arrangement/zorgplicht", "arrangement/zorgplichtVerlenging", "arrangement/verlengen",
                        "toelating/zorgplicht", "toelating/zorgplichtVerlenging", "toelating/verlengen",
                        "toelating/besluiten");
        assertThat(WettelijkeTermijnen.TERMIJNEN).filteredOn(t -> zorgplicht.test(t.grondslag())).allSatisfy(t -> assertThat(t.grondslag())
                .startsWith(WettelijkeTermijnen.ZORGPLICHT + ": "));
        // The rows of termijnen.dmn (which cannot name a Java constant) carry the same text, per row.
        String dmn = java.nio.file.Files.readString(java.nio.file.Path.of("processes/termijnen.dmn"));
        java.util.regex.Matcher citaat = java.util.regex.Pattern.compile("\"(WPO art\\. 40(?! lid 12)[^a0-9][^:\"]*):")
                .matcher(dmn);
        int gevonden = 0;
        while (citaat.find()) {
            assertThat(citaat.group(1)).isEqualTo(WettelijkeTermijnen.ZORGPLICHT);
            gevonden++;
        }
        assertThat(gevonden).isEqualTo(7);
    }
}
