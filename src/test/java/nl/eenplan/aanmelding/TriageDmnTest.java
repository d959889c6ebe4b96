package nl.eenplan.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

/**
 * Every row of processes/triage.dmn, and the promise that no route leaves the school without the basis it needs:
 * consent for a route on consent; only basisondersteuning and the arrangement (the SWV's statutory task, WPO art. 18a,
 * WVO 2020 art. 2.47; dossier.Gegevensstroom.SWV) need none.
 */
class TriageDmnTest {

    static final Path DMN = Path.of("processes/triage.dmn");
    static final List<String> CATEGORIEEN = List.of("leren", "gedrag", "sociaalEmotioneel", "thuissituatie",
            "verzuim", "medisch");
    static final List<String> TOESTEMMINGEN = List.of("toestemmingOndersteuningsteam", "toestemmingJeugdhulp");
    static DmnEngine engine;
    static DmnDecision beslissing;

    @BeforeAll
    static void laad() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN)) {
            beslissing = engine.parseDecision("triage", in);
        }
    }

    /** Per row: the inputs that make it the first match, its route, the consent it needs, a word of its reason. */
    static Stream<Arguments> regels() {
        return Stream.of(
                Arguments.of(Map.of("thuissituatie", true, "urgentie", "HOOG", "toestemmingJeugdhulp", true,
                        "toestemmingOndersteuningsteam", true), "JEUGDHULP", "JEUGDHULP", "Urgente zorg over de thuissituatie"),
                Arguments.of(Map.of("medisch", true, "urgentie", "HOOG", "toestemmingJeugdhulp", true),
                        "JEUGDHULP", "JEUGDHULP", "JGZ"),
                // The SWV: a statutory task (WPO art. 18a, WVO 2020 art. 2.47), no consent column, no consent needed.
                Arguments.of(Map.of("leren", true, "eerdereOndersteuning", true, "toestemmingJeugdhulp", true),
                        "ARRANGEMENT", null, "voor het leren"),
                Arguments.of(Map.of("gedrag", true, "eerdereOndersteuning", true),
                        "ARRANGEMENT", null, "voor het gedrag"),
                // With consent for the ondersteuningsteam first an MDO, also for learning: it can decide on an arrangement.
                Arguments.of(Map.of("leren", true, "eerdereOndersteuning", true,
                        "toestemmingOndersteuningsteam", true), "MDO", "ONDERSTEUNINGSTEAM", "eerdere ondersteuning"),
                Arguments.of(Map.of("sociaalEmotioneel", true, "urgentie", "HOOG", "toestemmingOndersteuningsteam", true),
                        "MDO", "ONDERSTEUNINGSTEAM", "Urgente zorg: snel"),
                Arguments.of(Map.of("thuissituatie", true, "toestemmingJeugdhulp", true, "toestemmingOndersteuningsteam", true),
                        "JEUGDHULP", "JEUGDHULP", "thuissituatie en toestemming voor jeugdhulp: warm"),
                Arguments.of(Map.of("thuissituatie", true, "toestemmingOndersteuningsteam", true),
                        "MDO", "ONDERSTEUNINGSTEAM", "zonder toestemming voor jeugdhulp"),
                Arguments.of(Map.of("leren", true), "BASISONDERSTEUNING", null, "handelingsplan"));
    }

    @ParameterizedTest(name = "{1} via {3}")
    @MethodSource("regels")
    void elkeRegel(Map<String, Object> gegeven, String route, String nodigeToestemming, String reden) {
        DmnDecisionResultEntries rij = evalueer(gegeven);
        assertThat((String) rij.getEntry("route")).isEqualTo(route);
        assertThat((String) rij.getEntryMap().get("nodigeToestemming")).isEqualTo(nodigeToestemming);
        assertThat((String) rij.getEntry("toelichting")).contains(reden);
    }

    @Test
    void elkeRegelHeeftEenTest() throws IOException {
        try (InputStream in = Files.newInputStream(DMN)) {
            int regelsInTabel = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).size();
            assertThat(regels().count()).as("regels in triage.dmn zonder test").isEqualTo(regelsInTabel);
        }
    }

    /** Every combination of categories, urgency and earlier support, for each set of consents. */
    @Test
    void geenRouteBuitenDeSchoolZonderGrondslag_alleenHetSwvZonderToestemming() {
        for (int toestemming = 0; toestemming < 4; toestemming++) {
            for (int categorie = 0; categorie < 64; categorie++) {
                for (String urgentie : List.of("LAAG", "NORMAAL", "HOOG")) {
                    for (boolean eerder : List.of(false, true)) {
                        Map<String, Object> invoer = new HashMap<>();
                        for (int i = 0; i < CATEGORIEEN.size(); i++) {
                            invoer.put(CATEGORIEEN.get(i), (categorie & (1 << i)) != 0);
                        }
                        for (int i = 0; i < TOESTEMMINGEN.size(); i++) {
                            invoer.put(TOESTEMMINGEN.get(i), (toestemming & (1 << i)) != 0);
                        }
                        invoer.put("urgentie", urgentie);
                        invoer.put("eerdereOndersteuning", eerder);
                        DmnDecisionResultEntries rij = evalueer(invoer);
                        String nodig = (String) rij.getEntryMap().get("nodigeToestemming");
                        if (nodig == null) {
                            assertThat((String) rij.getEntry("route")).isIn("BASISONDERSTEUNING", "ARRANGEMENT");
                        } else {
                            String variabele = "toestemming" + nodig.charAt(0) + nodig.substring(1).toLowerCase();
                            assertThat(invoer.get(variabele)).as("%s zonder %s bij %s", rij.getEntry("route"),
                                    variabele, invoer).isEqualTo(true);
                        }
                    }
                }
            }
        }
    }

    private static DmnDecisionResultEntries evalueer(Map<String, Object> gegeven) {
        Map<String, Object> invoer = new HashMap<>();
        CATEGORIEEN.forEach(c -> invoer.put(c, false));
        TOESTEMMINGEN.forEach(t -> invoer.put(t, false));
        invoer.put("urgentie", "NORMAAL");
        invoer.put("eerdereOndersteuning", false);
        invoer.putAll(gegeven);
        return engine.evaluateDecision(beslissing, invoer).getSingleResult();
    }
}
