package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.IntegratieTest;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every indicator of the monitor, computed over a generated region whose true values are known, must
 * equal those values: the SQL, the grouping, the period and the percentiles all checked at once.
 */
class VoorbeeldregioIT extends IntegratieTest {

    @Autowired
    Voorbeeldregio regio;
    @Autowired
    GebruikerService gebruikers;

    @Test
    void deMonitorGeeftDeWarenWaardenVanDeGegenereerdeRegio() {
        gebruikers.maakAlsNieuw("zcGenerator", "Test", "Generator", "demo", Groepen.ZORGCOORDINATOR);
        Map<String, Voorbeeldregio.Verwacht> verwacht = regio.genereer(new Voorbeeldregio.Opdracht("Generatorstad",
                "SWV Generator", List.of("94GA00", "94GB00", "94GC00"), 40, 2024, "zcGenerator", 7));

        // The region is one gemeente and one SWV: both groupings must give the true values.
        for (var indeling : Map.of("GEMEENTE", "Generatorstad", "SWV", "SWV Generator").entrySet()) {
            JsonNode cijfers = http().als("procesbeheer").get("/api/monitor?periode=2024-2025&per="
                    + indeling.getKey()).json();
            Map<String, JsonNode> gemeten = new HashMap<>();
            cijfers.forEach(c -> {
                if (c.get("groep").asText().equals(indeling.getValue())) {
                    gemeten.put(c.get("indicator").asText() + (c.hasNonNull("onderdeel") ? "/" + c.get("onderdeel").asText() : ""), c);
                }
            });

            // Every indicator the monitor knows was generated (split ones per step or reason), each with its true value.
            assertThat(gemeten.keySet()).as(indeling.getKey()).containsExactlyInAnyOrderElementsOf(verwacht.keySet());
            assertThat(gemeten.keySet().stream().map(k -> k.split("/")[0]).distinct()).hasSize(17);
            verwacht.forEach((indicator, waar) -> {
                JsonNode cel = gemeten.get(indicator);
                boolean klein = waar.leerlingen() < 5;
                assertThat(cel.get("onderdrukt").asBoolean()).as(indicator + " onderdrukt").isEqualTo(klein);
                vergelijk(indicator + " aantal", cel.get("aantal"), klein ? null : (double) waar.aantal());
                vergelijk(indicator + " leerlingen", cel.get("leerlingen"), klein ? null : (double) waar.leerlingen());
                vergelijk(indicator + " waarde", cel.get("waarde"), klein ? null : waar.waarde());
                vergelijk(indicator + " mediaan", cel.get("mediaan"), klein ? null : waar.mediaan());
                vergelijk(indicator + " p90", cel.get("p90"), klein ? null : waar.p90());
            });
        }
    }

    private static void vergelijk(String wat, JsonNode gemeten, Double waar) {
        if (waar == null) {
            assertThat(gemeten == null || gemeten.isNull()).as(wat).isTrue();
        } else {
            assertThat(gemeten).as(wat).isNotNull();
            assertThat(gemeten.asDouble()).as(wat).isCloseTo(waar, within(1e-9));
        }
    }
}
