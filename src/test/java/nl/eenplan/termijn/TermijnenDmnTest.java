package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of processes/termijnen.dmn, evaluated by the DMN engine as the process engine does. */
class TermijnenDmnTest {

    static final Path DMN = Path.of("processes/termijnen.dmn");
    static DmnEngine engine;
    static DmnDecision beslissing;

    @BeforeAll
    static void laad() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            beslissing = engine.parseDecision("termijnen", in);
        }
    }

    static Stream<Arguments> regels() {
        return Stream.of(
                Arguments.of("aanmelding", "intake", "PO", 5, "werkdagen", 1),
                Arguments.of("aanmelding", "meldcode", "PO", 10, "werkdagen", 2),
                Arguments.of("aanmelding", "toestemming", "VO", 10, "werkdagen", 2),
                Arguments.of("aanmelding", "handelingsplan", "SO", 10, "werkdagen", 2),
                Arguments.of("aanmelding", "evalueren", "VSO", 5, "werkdagen", 1),
                Arguments.of("aanmelding", "warmeOverdracht", "PO", 5, "werkdagen", 1),
                Arguments.of("aanmelding", "evaluatieBasisondersteuning", "VO", 6, "weken", 3),
                Arguments.of("mdo", "plannen", "PO", 3, "weken", 3),
                Arguments.of("mdo", "groeidocument", "VO", -2, "werkdagen", 1),
                Arguments.of("mdo", "evaluatie", "MBO", 6, "weken", 3),
                Arguments.of("mdo", "verslag", "PO", 2, "werkdagen", 1),
                Arguments.of("mdo", "evalueren", "VO", 5, "werkdagen", 1),
                Arguments.of("mdo", "afspraak", "SO", 0, "werkdagen", 1),
                Arguments.of("arrangement", "zorgplicht", "PO", 6, "weken", 5),
                Arguments.of("arrangement", "zorgplichtVerlenging", "VO", 4, "weken", 5),
                Arguments.of("arrangement", "bezwaar", "SO", 6, "weken", 5),
                Arguments.of("arrangement", "opp", "VSO", 6, "weken", 5),
                Arguments.of("arrangement", "evaluatie", "PO", 3, "maanden", 5),
                Arguments.of("arrangement", "aanvraag", "VO", 10, "werkdagen", 2),
                Arguments.of("arrangement", "adviezen", "SO", 15, "werkdagen", 3),
                Arguments.of("arrangement", "besluitOnderwijs", "VSO", 15, "werkdagen", 3),
                Arguments.of("arrangement", "besluitZorg", "PO", 15, "werkdagen", 3),
                Arguments.of("arrangement", "verlengen", "VO", 0, "werkdagen", 2),
                Arguments.of("arrangement", "oudersInformeren", "MBO", 2, "werkdagen", 1),
                Arguments.of("arrangement", "evalueren", "PO", 10, "werkdagen", 2),
                Arguments.of("arrangement", "afsluiten", "VO", 10, "werkdagen", 2),
                Arguments.of("verzuim", "melden", "VO", 5, "werkdagen", 2),
                Arguments.of("leerplichtEscalatie", "beoordelen", "MBO", 5, "werkdagen", 1),
                Arguments.of("leerplichtEscalatie", "afsluiten", "VO", 3, "maanden", 5),
                // overstap: 0 dagen from the date of overstapkalender.dmn (the task's termijnVanaf)
                Arguments.of("overstap", "voorlopigAdvies", "PO", 0, "dagen", 10),
                Arguments.of("overstap", "definitiefAdvies", "SO", 0, "dagen", 5),
                Arguments.of("overstap", "overstapdossier", "VO", 0, "dagen", 10),
                Arguments.of("overstap", "overstapdossier", "PO", 0, "dagen", 5),
                Arguments.of("overstap", "oudersLatenZien", "VSO", 0, "dagen", 10),
                Arguments.of("overstap", "oudersLatenZien", "SO", 0, "dagen", 5),
                Arguments.of("overstap", "warmeOverdracht", "PO", 0, "dagen", 10),
                Arguments.of("overstap", "plaatsing", "VO", 0, "dagen", 5),
                Arguments.of("overstap", "controle", "PO", 0, "dagen", 5));
    }

    @ParameterizedTest(name = "{0}/{1}: {3} {4}")
    @MethodSource("regels")
    void elkeRegel(String proces, String stap, String onderwijssoort, int aantal, String eenheid, int herinnering) {
        DmnDecisionResultEntries rij = evalueer(proces, stap, onderwijssoort);

        assertThat(((Number) rij.getEntry("aantal")).intValue()).isEqualTo(aantal);
        assertThat((String) rij.getEntry("eenheid")).isEqualTo(eenheid);
        assertThat(Eenheid.van(rij.getEntry("eenheid"))).isNotNull();
        assertThat(((Number) rij.getEntry("herinneringWerkdagen")).intValue()).isEqualTo(herinnering);
    }

    @Test
    void elkeRegelHeeftEenTest() throws IOException {
        try (InputStream in = Files.newInputStream(DMN)) {
            int regelsInTabel = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).size();
            assertThat(regels().count()).as("regels in termijnen.dmn zonder test").isEqualTo(regelsInTabel);
        }
    }

    @Test
    void eenOnbekendeStapHeeftGeenTermijn() {
        assertThat(engine.evaluateDecision(beslissing, invoer("aanmelding", "bestaatNiet", "PO")).getSingleResult())
                .isNull();
    }

    private static DmnDecisionResultEntries evalueer(String proces, String stap, String onderwijssoort) {
        return engine.evaluateDecision(beslissing, invoer(proces, stap, onderwijssoort)).getSingleResult();
    }

    private static Map<String, Object> invoer(String proces, String stap, String onderwijssoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("proces", proces);
        invoer.put("stap", stap);
        invoer.put("onderwijssoort", onderwijssoort);
        return invoer;
    }
}
