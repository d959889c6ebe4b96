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

        JsonNode cijfers = http().als("procesbeheer").get("/api/monitor?van=2024-08-01&tot=2025-07-31&per=GEMEENTE").json();
        Map<String, JsonNode> gemeten = new HashMap<>();
        cijfers.forEach(c -> {
            if (c.get("groep").asText().equals("Generatorstad")) {
                gemeten.put(c.get("indicator").asText(), c);
            }
        });

        // Every indicator the monitor knows was generated, and each has its true value.
        assertThat(gemeten.keySet()).containsExactlyInAnyOrderElementsOf(verwacht.keySet()).hasSize(11);
        verwacht.forEach((indicator, waar) -> {
            JsonNode cel = gemeten.get(indicator);
            assertThat(cel.get("aantal").asLong()).as(indicator + " aantal").isEqualTo(waar.aantal());
            assertThat(cel.get("leerlingen").asLong()).as(indicator + " leerlingen").isEqualTo(waar.leerlingen());
            assertThat(cel.get("onderdrukt").asBoolean()).as(indicator + " onderdrukt").isFalse();
            vergelijk(indicator + " waarde", cel.get("waarde"), waar.waarde());
            vergelijk(indicator + " mediaan", cel.get("mediaan"), waar.mediaan());
            vergelijk(indicator + " p90", cel.get("p90"), waar.p90());
        });
    }

    private static void vergelijk(String wat, JsonNode gemeten, Double waar) {
        if (waar == null) {
            assertThat(gemeten).as(wat).isNull();
        } else {
            assertThat(gemeten).as(wat).isNotNull();
            assertThat(gemeten.asDouble()).as(wat).isCloseTo(waar, within(1e-9));
        }
    }
}
