package nl.eenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camunda's webapps in Dutch: each app serves EenPlan's locales/nl.json where the app loads its locales, with every
 * key of the en.json that Camunda ships in its webjar, none empty, and every {{placeholder}} of the English text;
 * its config.js offers Dutch first (and no welcome box) and its user-styles.css hides the Camunda 8 migration
 * banner. After a Camunda update the failure names each key the new version added (docs/modeler.md, "Tasklist,
 * Cockpit en Admin in het Nederlands").
 */
class WebappsInHetNederlandsIT extends IntegratieTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{[^}]*}}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void elkeSleutelVanCamundasEngelsStaatInHetNederlands(String app) throws IOException {
        Http.Antwoord antwoord = http().get("/camunda/app/" + app + "/locales/nl.json");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        Map<String, JsonNode> nederlands = waarden(JSON.readTree(antwoord.body()));
        Map<String, JsonNode> engels = waarden(geleverdEngels(app));
        assertThat(engels).as("sleutels in Camunda's %s/locales/en.json", app).hasSizeGreaterThan(100);

        List<String> ontbreekt = new ArrayList<>();
        List<String> leeg = new ArrayList<>();
        List<String> zonderPlaatshouder = new ArrayList<>();
        engels.forEach((pad, en) -> {
            JsonNode nl = nederlands.get(pad);
            if (nl == null) {
                ontbreekt.add(pad);
            } else if (!en.isTextual()) {
                // The week's first day and the like (dateLocales.week): numbers that must stay what they are.
                if (!en.equals(nl)) {
                    ontbreekt.add(pad + " (niet " + nl + " maar " + en + ")");
                }
            } else if (nl.asText().isBlank() && !en.asText().isBlank()) {
                leeg.add(pad);
            } else {
                for (String plaatshouder : plaatshouders(en.asText())) {
                    if (!nl.asText().contains(plaatshouder)) {
                        zonderPlaatshouder.add(pad + " mist " + plaatshouder);
                    }
                }
            }
        });
        assertThat(ontbreekt).as("sleutels van Camunda's %s/locales/en.json die nl.json niet heeft", app).isEmpty();
        assertThat(leeg).as("lege vertalingen in %s/locales/nl.json", app).isEmpty();
        assertThat(zonderPlaatshouder).as("plaatshouders die de vertaling in %s/locales/nl.json mist", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void nederlandsIsDeEersteTaalZonderWelkomstberichtEnMigratiebalk(String app) {
        Http.Antwoord config = http().get("/camunda/app/" + app + "/scripts/config.js");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("availableLocales: ['nl', 'en']", "fallbackLocale: 'nl'",
                // Camunda's first-visit box would point to /camunda-welcome, which leads to Tasklist (SecurityConfig).
                "disableWelcomeMessage: true");

        Http.Antwoord stijlen = http().get("/camunda/app/" + app + "/styles/user-styles.css");
        assertThat(stijlen.status()).isEqualTo(200);
        assertThat(stijlen.body().replaceAll("\\s+", " "))
                .contains("[cam-widget-header] .ce-eol-banner { display: none; }");
    }

    /** The en.json of Camunda's webjar on the classpath, not a file of EenPlan's at the same path. */
    private static JsonNode geleverdEngels(String app) throws IOException {
        String pad = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
        for (URL url : Collections.list(WebappsInHetNederlandsIT.class.getClassLoader().getResources(pad))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                try (InputStream in = url.openStream()) {
                    // Jackson skips the byte order mark the shipped files start with.
                    return JSON.readTree(in);
                }
            }
        }
        throw new IllegalStateException("Geen " + pad + " in Camunda's webjar");
    }

    /** Every leaf of a locale file by its path: labels.CLAIM_TASK, dateLocales.months[4], ... */
    private static Map<String, JsonNode> waarden(JsonNode json) {
        Map<String, JsonNode> waarden = new LinkedHashMap<>();
        verzamel(json, "", waarden);
        return waarden;
    }

    private static void verzamel(JsonNode json, String pad, Map<String, JsonNode> waarden) {
        if (json.isObject()) {
            json.fields().forEachRemaining(veld ->
                    verzamel(veld.getValue(), pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey(), waarden));
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                verzamel(json.get(i), pad + "[" + i + "]", waarden);
            }
        } else {
            waarden.put(pad, json);
        }
    }

    private static List<String> plaatshouders(String tekst) {
        List<String> plaatshouders = new ArrayList<>();
        Matcher m = PLAATSHOUDER.matcher(tekst);
        while (m.find()) {
            plaatshouders.add(m.group());
        }
        return plaatshouders;
    }
}
