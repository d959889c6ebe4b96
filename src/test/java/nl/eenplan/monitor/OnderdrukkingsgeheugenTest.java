package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: the monitor remembers a suppression pattern by the cells it was computed from. A pattern is reused only
 * for exactly the same cells; any change to what the suppression weighs gives the pattern of the new cells.
 */
class OnderdrukkingsgeheugenTest {

    /** A region's cells as the monitor weighs them (every grouping, the linked figures). */
    private static List<Onderdrukking.Cel<Integer>> regio(int seed) {
        return MonitorService.teWegen(OnderdrukkingSchaalTest.regio(60, new Random(seed), 4));
    }

    private static BitSet direct(List<Onderdrukking.Cel<Integer>> cellen) {
        BitSet uit = new BitSet();
        Onderdrukking.onderdruk(cellen).forEach(uit::set);
        return uit;
    }

    @Test
    void dezelfdeCellenKrijgenHetOnthoudenPatroon() {
        Onderdrukkingsgeheugen geheugen = new Onderdrukkingsgeheugen(4);
        List<Onderdrukking.Cel<Integer>> cellen = regio(940_001);

        BitSet eerst = geheugen.onderdruk(cellen);
        eerst.clear(); // what a caller does with its answer does not reach the memory
        BitSet daarna = geheugen.onderdruk(new ArrayList<>(cellen));
        daarna.clear(); // nor what it does with an answer from memory
        BitSet derde = geheugen.onderdruk(cellen);

        assertThat(derde).isEqualTo(direct(cellen));
        assertThat(derde.isEmpty()).isFalse();
        assertThat(geheugen.aantal()).isEqualTo(1);
        assertThat(geheugen.gevonden()).isEqualTo(2);
    }

    @Test
    void eenGetoondeCelDieKleinWordtKrijgtHetPatroonVanDeNieuweCellen() {
        Onderdrukkingsgeheugen geheugen = new Onderdrukkingsgeheugen(4);
        List<Onderdrukking.Cel<Integer>> cellen = regio(940_002);
        BitSet voor = geheugen.onderdruk(cellen);
        // A cell that was shown drops below the threshold (Indicator.KLEINSTE_CEL): now it must be suppressed.
        int getoond = voor.nextClearBit(0);
        List<Onderdrukking.Cel<Integer>> na = new ArrayList<>(cellen);
        Onderdrukking.Cel<Integer> c = cellen.get(getoond);
        na.set(getoond, new Onderdrukking.Cel<>(c.sleutel(), c.sommen(), Indicator.KLEINSTE_CEL - 1, c.aantal()));

        BitSet uitGeheugen = geheugen.onderdruk(na);

        assertThat(uitGeheugen.get(getoond)).isTrue();
        assertThat(uitGeheugen).isEqualTo(direct(na));
        assertThat(geheugen.aantal()).isEqualTo(2);
        assertThat(geheugen.gevonden()).isZero();
    }

    @Test
    void deSleutelZiet_leerlingen_aantal_enHoeDeBinnencellenOverDeSommenVerdeeldZijn() {
        Onderdrukking.Cel<Integer> cel = new Onderdrukking.Cel<>(0, List.of(new int[] {1, 2}, new int[] {3}), 7, 9);
        var sleutel = Onderdrukkingsgeheugen.sleutel(List.of(cel));

        assertThat(Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0,
                List.of(new int[] {1, 2}, new int[] {3}), 7, 9)))).isEqualTo(sleutel);
        assertThat(Set.of(
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0, List.of(new int[] {1}, new int[] {2, 3}), 7, 9))),
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0, List.of(new int[] {1, 2, 3}), 7, 9))),
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0, List.of(new int[] {1, 2}, new int[] {4}), 7, 9))),
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0, List.of(new int[] {1, 2}, new int[] {3}), 8, 9))),
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(0, List.of(new int[] {1, 2}, new int[] {3}), 7, 10))),
                Onderdrukkingsgeheugen.sleutel(List.of(new Onderdrukking.Cel<>(1, List.of(new int[] {1, 2}, new int[] {3}), 7, 9))),
                Onderdrukkingsgeheugen.sleutel(List.of(cel, cel)))).hasSize(7).doesNotContain(sleutel);
    }

    @Test
    void hetGeheugenHoudtHoogstensZijnGrootteEnBijNulNiets() {
        Onderdrukkingsgeheugen twee = new Onderdrukkingsgeheugen(2);
        Onderdrukkingsgeheugen nul = new Onderdrukkingsgeheugen(0);
        for (int seed : List.of(940_003, 940_004, 940_005)) {
            List<Onderdrukking.Cel<Integer>> cellen = regio(seed);
            assertThat(twee.onderdruk(cellen)).isEqualTo(direct(cellen));
            assertThat(nul.onderdruk(cellen)).isEqualTo(direct(cellen));
        }
        assertThat(twee.aantal()).isEqualTo(2);
        assertThat(nul.aantal()).isZero();
        // The first region was let go for the third: asked again, it is computed again.
        List<Onderdrukking.Cel<Integer>> eerste = regio(940_003);
        assertThat(twee.onderdruk(eerste)).isEqualTo(direct(eerste));
        assertThat(twee.gevonden()).isZero();
    }

    /**
     * Issue #25: the service keys a pattern by what the cells are made of, so it works the cells out only when the
     * pattern is new. That key changes with any school cell's pupils, cases or yes-count, with a cell that appears, and
     * with a school's gemeente or SWV; and equal input gives the same key and so the remembered pattern.
     */
    @Test
    void deSleutelVanDeInvoerZietElkeTellingElkeCelEnElkeGroep() {
        Celbron.Gelezen gelezen = OnderdrukkingSchaalTest.regio(60, new Random(940_003), 4);
        ByteBuffer sleutel = invoer(gelezen);
        assertThat(invoer(gelezen)).isEqualTo(sleutel);

        // A part with a cell at one school and none at another.
        Celbron.Schoolcellen deel = gelezen.figuren().stream().flatMap(f -> f.delen().stream())
                .filter(d -> Arrays.asList(d.perSchool()).contains(null)).findFirst().orElseThrow();
        int metCel = 0;
        while (deel.perSchool()[metCel] == null) {
            metCel++;
        }
        int zonderCel = Arrays.asList(deel.perSchool()).indexOf(null);
        Celbron.Telling telling = deel.perSchool()[metCel];
        Set<ByteBuffer> anders = new java.util.HashSet<>();
        telling.ja++;
        anders.add(invoer(gelezen));
        telling.ja--;
        telling.aantal++;
        anders.add(invoer(gelezen));
        telling.aantal--;
        telling.leerlingenGeteld++;
        anders.add(invoer(gelezen));
        telling.leerlingenGeteld--;
        assertThat(invoer(gelezen)).as("alles terug").isEqualTo(sleutel);

        deel.perSchool()[zonderCel] = new Celbron.Telling();
        anders.add(invoer(gelezen));
        deel.perSchool()[zonderCel] = null;

        String brin = deel.brins()[metCel];
        Celbron.School school = gelezen.scholen().get(brin);
        gelezen.scholen().put(brin, new Celbron.School(school.brin(), school.gemeente() + " (anders)", school.swv()));
        anders.add(invoer(gelezen));
        gelezen.scholen().put(brin, new Celbron.School(school.brin(), school.gemeente(), school.swv() + " (anders)"));
        anders.add(invoer(gelezen));
        gelezen.scholen().put(brin, school);

        assertThat(anders).hasSize(6).doesNotContain(sleutel);
        assertThat(invoer(gelezen)).isEqualTo(sleutel);

        // By that key the memory gives the pattern of these cells, worked out once.
        Onderdrukkingsgeheugen geheugen = new Onderdrukkingsgeheugen(4);
        int[] uitgewerkt = {0};
        java.util.function.Supplier<List<Onderdrukking.Cel<Integer>>> cellen = () -> {
            uitgewerkt[0]++;
            return MonitorService.teWegen(gelezen);
        };
        BitSet eerst = geheugen.onderdruk(() -> invoer(gelezen), cellen);
        assertThat(geheugen.onderdruk(() -> invoer(gelezen), cellen)).isEqualTo(eerst).isEqualTo(direct(MonitorService.teWegen(gelezen)));
        assertThat(uitgewerkt[0]).isEqualTo(1);
    }

    private static ByteBuffer invoer(Celbron.Gelezen gelezen) {
        return MonitorService.invoer(MonitorService.metingen(gelezen), gelezen.scholen());
    }
}
