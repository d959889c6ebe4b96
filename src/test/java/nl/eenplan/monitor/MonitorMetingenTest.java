package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.eenplan.monitor.Celbron.Cel;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Telling;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: the grouping by numbers ({@link Celbron.Cellen} numbers the schools, {@link MonitorService#metingen} the
 * groups, a cell placed by position) gives every grouping's cell exactly the school cells that a grouping by name
 * gives (as before the numbers: per group a map from BRIN to the school's cell), with their pupils and cases, each
 * group once, in the order the suppression breaks ties by.
 */
class MonitorMetingenTest {

    @Test
    void deIndelingOpNummersGeeftElkeGroepPreciesDeScholenVanDeIndelingOpNaam() {
        Random r = new Random(940_010);
        int vergeleken = 0;
        for (int ronde = 0; ronde < 12; ronde++) {
            int scholen = List.of(1, 3, 20, 150).get(ronde % 4);
            OnderdrukkingSchaalTest.Regio regio = OnderdrukkingSchaalTest.kaarten(scholen, r, 2 + r.nextInt(8),
                    ronde % 2 == 1, ronde % 3 == 2);
            Celbron.Gelezen gelezen = regio.gelezen();

            // The oracle: the cells as the source collected them, by BRIN and part, before they were numbered.
            Map<String, TreeMap<String, Telling>> opNaam = new HashMap<>();
            for (Celbron.Kaart k : regio.kaarten()) {
                k.cellen().forEach((cel, telling) -> {
                    School school = regio.scholen().get(cel.brin());
                    for (Indeling indeling : Indeling.values()) {
                        opNaam.computeIfAbsent(sleutel(k.naam(), indeling, school.groep(indeling), cel.onderdeel()),
                                k2 -> new TreeMap<>()).put(cel.brin(), telling);
                    }
                });
            }
            List<MonitorService.Meting> metingen = MonitorService.metingen(gelezen);
            assertThat(metingen).as("in de vaste volgorde").isSortedAccordingTo(VOLGORDE);

            Map<String, MonitorService.Meting> opNummer = new HashMap<>();
            for (MonitorService.Meting m : metingen) {
                assertThat(opNummer.put(sleutel(m.indicator(), m.indeling(), m.groep(), m.onderdeel()), m))
                        .as("elke groep één keer").isNull();
            }
            assertThat(opNummer.keySet()).isEqualTo(opNaam.keySet());
            opNaam.forEach((sleutel, perSchool) -> {
                MonitorService.Meting m = opNummer.get(sleutel);
                List<String> brins = new ArrayList<>();
                for (int s : m.scholen()) {
                    brins.add(m.van().brins()[s]);
                }
                assertThat(brins).as(sleutel).containsExactlyElementsOf(perSchool.keySet());
                assertThat(m.tellingen()).as(sleutel).containsExactlyElementsOf(perSchool.values());
                assertThat(m.leerlingen()).as(sleutel)
                        .isEqualTo(perSchool.values().stream().mapToLong(Telling::aantalLeerlingen).sum());
                assertThat(m.aantal()).as(sleutel)
                        .isEqualTo(perSchool.values().stream().mapToLong(t -> t.aantal).sum());
            });
            vergeleken += metingen.size();
        }
        assertThat(vergeleken).isGreaterThan(10_000);
    }

    /** A figure with an unsplit part beside named ones: the unsplit part comes first in every group. */
    @Test
    void hetOngesplitsteDeelKomtVoorDeBenoemdeDelen() {
        Map<Cel, Telling> cellen = new HashMap<>();
        for (String brin : List.of("0002AA", "0001AA")) {
            for (String onderdeel : java.util.Arrays.asList("b", null, "a")) {
                Telling t = new Telling();
                t.leerlingenGeteld = 7;
                t.aantal = 7;
                cellen.put(new Cel(brin, onderdeel), t);
            }
        }
        Celbron.Gelezen gelezen = Celbron.Cellen.uit(List.of(new Celbron.Kaart("termijnGehaald", cellen)),
                List.of(new School("0002AA", "gemeente 1", "swv 1"), new School("0001AA", "gemeente 2", "swv 1")));

        List<MonitorService.Meting> metingen = MonitorService.metingen(gelezen);

        assertThat(metingen).isSortedAccordingTo(VOLGORDE);
        assertThat(metingen.stream().filter(m -> m.indeling() == Indeling.TOTAAL).map(MonitorService.Meting::onderdeel))
                .containsExactly(null, "a", "b");
        assertThat(metingen.stream().filter(m -> m.indeling() == Indeling.SCHOOL).map(MonitorService.Meting::groep))
                .containsExactly("0001AA", "0001AA", "0001AA", "0002AA", "0002AA", "0002AA");
    }

    /**
     * The order the suppression breaks ties by: by figure, grouping (widest first), group and part (none first), all by
     * name. Until issue #25 made the cells in this order, {@code metingen} sorted them by this comparator.
     */
    private static final Comparator<MonitorService.Meting> VOLGORDE = Comparator.comparing(MonitorService.Meting::indicator)
            .thenComparing(m -> List.of(Indeling.TOTAAL, Indeling.GEMEENTE, Indeling.SWV, Indeling.SCHOOL)
                    .indexOf(m.indeling()))
            .thenComparing(MonitorService.Meting::groep)
            .thenComparing(MonitorService.Meting::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static String sleutel(String indicator, Indeling indeling, String groep, String onderdeel) {
        return indicator + "|" + indeling + "|" + groep + "|" + onderdeel;
    }
}
