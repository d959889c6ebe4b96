package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.IntegratieTest;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every indicator of the monitor, computed over a generated region whose true values are known, must
 * equal those values: the SQL, the grouping, the period and the percentiles all checked at once. A cell of
 * fewer than 5 pupils must be suppressed; a larger one may be suppressed too when it would give a small
 * one away, but then it shows nothing, and most cells must still be shown.
 */
class VoorbeeldregioIT extends IntegratieTest {

    @Autowired
    Voorbeeldregio regio;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;

    @Test
    void deMonitorGeeftDeWarenWaardenVanDeGegenereerdeRegio() {
        gebruikers.maakAlsNieuw("zcGenerator", "Test", "Generator", "demo", Groepen.ZORGCOORDINATOR);
        gebruikers.maakAlsNieuw("gemeenteGenerator", "Test", "Generator", "demo", Groepen.GEMEENTE);
        Map<String, Voorbeeldregio.Verwacht> verwacht = regio.genereer(new Voorbeeldregio.Opdracht("Generatorstad",
                "SWV Generator", List.of("94GA00", "94GB00", "94GC00"), 40, 2024, "zcGenerator", 7));
        organisaties.voegToeAanOrganisatie("gemeenteGenerator", Organisaties.gemeenteGroep("Generatorstad"));

        // The gemeente sees only its own schools: what is suppressed depends on this region alone. A process owner
        // sees every school of every test, so more may be suppressed; what is shown must still be exact.
        for (String kijker : List.of("gemeenteGenerator", "procesbeheer")) {
            // The region is one gemeente and one SWV: both groupings must give the true values.
            for (var indeling : Map.of("GEMEENTE", "Generatorstad", "SWV", "SWV Generator").entrySet()) {
                String wat = kijker + " per " + indeling.getKey();
                JsonNode cijfers = http().als(kijker).get("/api/monitor?periode=2024-2025&per=" + indeling.getKey()).json();
                Map<String, JsonNode> gemeten = new HashMap<>();
                cijfers.forEach(c -> {
                    if (c.get("groep").asText().equals(indeling.getValue())) {
                        gemeten.put(c.get("indicator").asText() + (c.hasNonNull("onderdeel") ? "/" + c.get("onderdeel").asText() : ""), c);
                    }
                });

                // Every indicator the monitor knows was generated (split ones per step or reason), each with its true value.
                assertThat(gemeten.keySet()).as(wat).containsExactlyInAnyOrderElementsOf(verwacht.keySet());
                assertThat(gemeten.keySet().stream().map(k -> k.split("/")[0]).distinct()).hasSize(18);
                // The zorgplicht from the region's admissions (issue 23): shown for the gemeente, with its true shares.
                if (kijker.equals("gemeenteGenerator")) {
                    for (String z : List.of("zorgplichtBinnen6Weken", "zorgplichtBinnen10Weken")) {
                        assertThat(verwacht.get(z).aantal()).as(z + " toelatingen").isGreaterThanOrEqualTo(10);
                        assertThat(gemeten.get(z).get("onderdrukt").asBoolean()).as(wat + ": " + z + " getoond").isFalse();
                        assertThat(gemeten.get(z).get("waarde").asDouble()).as(wat + ": " + z)
                                .isCloseTo(verwacht.get(z).waarde(), org.assertj.core.api.Assertions.within(1e-9));
                    }
                    assertThat(gemeten.get("zorgplichtBinnen10Weken").get("waarde").asDouble())
                            .isGreaterThanOrEqualTo(gemeten.get("zorgplichtBinnen6Weken").get("waarde").asDouble());
                }
                int getoond = 0;
                for (var e : verwacht.entrySet()) {
                    String indicator = wat + ": " + e.getKey();
                    Voorbeeldregio.Verwacht waar = e.getValue();
                    JsonNode cel = gemeten.get(e.getKey());
                    boolean onderdrukt = cel.get("onderdrukt").asBoolean();
                    if (waar.leerlingen() < 5) {
                        assertThat(onderdrukt).as(indicator + " onderdrukt").isTrue();
                    }
                    if (!onderdrukt) {
                        getoond++;
                    }
                    vergelijk(indicator + " aantal", cel.get("aantal"), onderdrukt ? null : (double) waar.aantal());
                    vergelijk(indicator + " leerlingen", cel.get("leerlingen"), onderdrukt ? null : (double) waar.leerlingen());
                    vergelijk(indicator + " waarde", cel.get("waarde"), onderdrukt ? null : waar.waarde());
                    vergelijk(indicator + " mediaan", cel.get("mediaan"), onderdrukt ? null : waar.mediaan());
                    vergelijk(indicator + " p90", cel.get("p90"), onderdrukt ? null : waar.p90());
                }
                long groot = verwacht.values().stream().filter(w -> w.leerlingen() >= 5).count();
                System.out.printf("Voorbeeldregio, %s: %d van %d cellen getoond, %d met minder dan 5 leerlingen%n", wat, getoond,
                        verwacht.size(), verwacht.size() - groot);
                // The gemeente's view holds this region only: nearly every cell of 5 or more pupils is shown. The process
                // owner's holds every test's regions, and their small cells in other gemeenten make the suppression hide
                // cells here too (15 or 16 of these 21 in a full run, 5 when a region of 12 pupils ran before): that it
                // shows most of them is what can be asked, and that what it shows is exact (above).
                int minstens = kijker.equals("procesbeheer") ? (int) groot / 2 : (int) groot - 3;
                assertThat(getoond).as(wat + ": getoond").isGreaterThanOrEqualTo(minstens);
            }
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
