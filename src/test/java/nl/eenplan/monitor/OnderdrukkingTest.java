package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The complementary suppression on small hand-made regions: no suppressed cell can be computed from the shown
 * ones (checked with the test's own exact arithmetic, {@link Afleidbaar}), and no more is suppressed than needed
 * (every secondary cell would give a small cell away if it were shown as well).
 */
class OnderdrukkingTest {

    /** A school in a gemeente and an SWV, with the pupils of one figure there. */
    record School(String naam, String gemeente, String swv, long leerlingen) {
    }

    /** A cell as these tests write it: its quantities' inner cells by name (so {@link Afleidbaar} can check them). */
    record Cel<K>(K sleutel, List<Set<String>> sommen, long leerlingen, long aantal) {
    }

    /** {@link Onderdrukking#onderdruk} on these cells, their inner cells numbered; asserts that nothing overflowed. */
    private static <K> Set<K> onderdruk(List<Cel<K>> cellen) {
        Onderdrukking.Binnencellen binnencellen = new Onderdrukking.Binnencellen();
        long overlopen = Onderdrukking.OVERLOPEN.get();
        Set<K> onderdrukt = Onderdrukking.onderdruk(cellen.stream().map(c -> new Onderdrukking.Cel<>(c.sleutel(),
                c.sommen().stream().map(binnencellen::nummers).toList(), c.leerlingen(), c.aantal())).toList());
        assertThat(Onderdrukking.OVERLOPEN.get()).as("overloop").isEqualTo(overlopen);
        return onderdrukt;
    }

    @Test
    void zonderKleineCellenBlijftAllesZichtbaar() {
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G", "S", 12), new School("B", "G", "S", 20)));

        assertThat(onderdruk(cellen)).isEmpty();
    }

    @Test
    void eenKleineSchoolTussenGroteKostDeKleinsteAndere() {
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G", "S", 3), new School("B", "G", "S", 20),
                new School("C", "G", "S", 30), new School("D", "G", "S", 40)));

        Set<String> onderdrukt = onderdruk(cellen);

        // Without B, the gemeente minus C and D is A plus B: A stays hidden; the totals stay.
        assertThat(onderdrukt).containsExactlyInAnyOrder("SCHOOL A", "SCHOOL B");
        controleer(cellen, onderdrukt);
    }

    @Test
    void tweeGemeentenMetEenKleineSchool() {
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G1", "S", 3), new School("B", "G1", "S", 20),
                new School("C", "G2", "S", 30), new School("D", "G2", "S", 40)));

        Set<String> onderdrukt = onderdruk(cellen);

        // The total minus gemeente G2 is G1 (A + B), which may be shown; B may not.
        assertThat(onderdrukt).containsExactlyInAnyOrder("SCHOOL A", "SCHOOL B");
        controleer(cellen, onderdrukt);
    }

    @Test
    void eenSchoolAlleenInZijnGemeente() {
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G1", "S", 3), new School("B", "G2", "S", 20),
                new School("C", "G2", "S", 30)));

        Set<String> onderdrukt = onderdruk(cellen);

        // G1 is A itself; the total minus G2 would be A again, and so would the total minus B and C.
        assertThat(onderdrukt).contains("SCHOOL A", "GEMEENTE G1").hasSize(4);
        assertThat(onderdrukt).doesNotContain("TOTAAL", "SWV S");
        controleer(cellen, onderdrukt);
    }

    @Test
    void eenSwvOverTweeGemeenten() {
        // SWV S1 holds A (gemeente G1) and C (gemeente G2); S2 holds B and D.
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G1", "S1", 3), new School("B", "G1", "S2", 20),
                new School("C", "G2", "S1", 30), new School("D", "G2", "S2", 40)));

        Set<String> onderdrukt = onderdruk(cellen);

        // A's partners in its gemeente (B) and in its SWV (C) would give it away, and D would give C away:
        // three is the least that protects A here. Every grouping above the schools stays.
        assertThat(onderdrukt).containsExactlyInAnyOrder("SCHOOL A", "SCHOOL B", "SCHOOL C", "SCHOOL D");
        controleer(cellen, onderdrukt);
    }

    @Test
    void tweeKleineScholenBeschermenElkaar() {
        List<Cel<String>> cellen = indeling(List.of(new School("A", "G", "S", 2), new School("B", "G", "S", 3),
                new School("C", "G", "S", 30), new School("D", "G", "S", 40)));

        Set<String> onderdrukt = onderdruk(cellen);

        // Their sum is known, neither of them is.
        assertThat(onderdrukt).containsExactlyInAnyOrder("SCHOOL A", "SCHOOL B");
        controleer(cellen, onderdrukt);
    }

    @Test
    void eenUitsplitsingEnHaarTotaal() {
        // Escalations per reason (V, T) and their total, at schools A and B of one gemeente; A has 3 pupils with reason V.
        List<Cel<String>> cellen = new ArrayList<>();
        Map<String, Long> perReden = Map.of("A|V", 3L, "A|T", 10L, "B|V", 8L, "B|T", 7L);
        for (String reden : List.of("V", "T")) {
            cellen.add(cel("per reden " + reden + " gemeente", perReden.get("A|" + reden) + perReden.get("B|" + reden),
                    Set.of("A|" + reden, "B|" + reden)));
            for (String school : List.of("A", "B")) {
                cellen.add(cel("per reden " + reden + " " + school, perReden.get(school + "|" + reden), Set.of(school + "|" + reden)));
            }
        }
        cellen.add(cel("totaal gemeente", 28, Set.of("A|V", "A|T", "B|V", "B|T")));
        cellen.add(cel("totaal A", 13, Set.of("A|V", "A|T")));
        cellen.add(cel("totaal B", 15, Set.of("B|V", "B|T")));

        Set<String> onderdrukt = onderdruk(cellen);

        // A's total minus A's thuiszitters would be A's verzuim; so would the gemeente's verzuim minus B's. The totals
        // stay, the schools' reasons go (three more: as few as hiding the totals instead would cost).
        assertThat(onderdrukt).containsExactlyInAnyOrder("per reden V A", "per reden T A", "per reden V B", "per reden T B");
        controleer(cellen, onderdrukt);
    }

    @Test
    void eenAandeelVerbergtOokWieErAanVoldeed() {
        // A share at school A (3 pupils): its cases x + y and the cases that met it, x. Another figure at A counts x
        // alone (10 pupils); showing it would give A's numerator away.
        List<Cel<String>> cellen = List.of(
                new Cel<>("aandeel A", List.of(Set.of("x", "y"), Set.of("x")), 3, 4),
                new Cel<>("ander A", List.of(Set.of("x")), 10, 10),
                new Cel<>("nog een A", List.of(Set.of("y", "z")), 10, 10));

        Set<String> onderdrukt = onderdruk(cellen);

        assertThat(onderdrukt).containsExactlyInAnyOrder("aandeel A", "ander A");
        controleer(cellen, onderdrukt);
    }

    @Test
    void eenGrilligeRegioOpToeval() {
        Random toeval = new Random(42);
        for (int ronde = 0; ronde < 20; ronde++) {
            List<School> scholen = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                scholen.add(new School("S" + i, "G" + toeval.nextInt(3), "W" + toeval.nextInt(3),
                        toeval.nextDouble() < 0.3 ? 1 + toeval.nextInt(4) : 5 + toeval.nextInt(40)));
            }
            List<Cel<String>> cellen = indeling(scholen);

            Set<String> onderdrukt = onderdruk(cellen);

            controleer(cellen, onderdrukt);
            assertThat(onderdruk(cellen)).as("dezelfde invoer, hetzelfde patroon").isEqualTo(onderdrukt);
        }
    }

    @Test
    void eenGroteRegioIsSnelGenoeg() {
        // 200 schools in 10 gemeenten and 4 SWVs, 20 figures: about as many cells as the monitor has at 100,000 pupils.
        Random toeval = new Random(7);
        List<Cel<String>> cellen = new ArrayList<>();
        for (int figuur = 0; figuur < 20; figuur++) {
            List<School> scholen = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                scholen.add(new School(figuur + "/" + i, "G" + i % 10, "W" + i % 4, toeval.nextInt(30)));
            }
            for (Cel<String> c : indeling(scholen)) {
                cellen.add(new Cel<>(figuur + " " + c.sleutel(), c.sommen(), c.leerlingen(), c.aantal()));
            }
        }
        long begin = System.nanoTime();
        Set<String> onderdrukt = onderdruk(cellen);
        System.out.printf("Onderdrukking: %d cellen, %d onderdrukt, %d ms%n", cellen.size(), onderdrukt.size(),
                (System.nanoTime() - begin) / 1_000_000);
        assertThat(onderdrukt.size()).isLessThan(cellen.size());
    }

    /** Every grouping of one figure over these schools: the total, each gemeente, each SWV, each school. */
    private static List<Cel<String>> indeling(List<School> scholen) {
        Map<String, Set<String>> leden = new LinkedHashMap<>();
        for (School s : scholen) {
            for (String groep : List.of("TOTAAL", "GEMEENTE " + s.gemeente(), "SWV " + s.swv(), "SCHOOL " + s.naam())) {
                if (s.leerlingen() > 0) {
                    leden.computeIfAbsent(groep, g -> new TreeSet<>()).add(s.naam());
                }
            }
        }
        List<Cel<String>> cellen = new ArrayList<>();
        leden.forEach((groep, namen) -> {
            long leerlingen = scholen.stream().filter(s -> namen.contains(s.naam())).mapToLong(School::leerlingen).sum();
            cellen.add(cel(groep, leerlingen, namen));
        });
        return cellen;
    }

    private static Cel<String> cel(String naam, long leerlingen, Set<String> binnencellen) {
        return new Cel<>(naam, List.of(binnencellen), leerlingen, leerlingen);
    }

    /**
     * Every small cell is suppressed; no suppressed small cell can be computed from the shown cells; and every
     * other suppressed cell is needed: showing it as well would give a small cell away (and it is not given away
     * in full by the shown cells, or it could as well be shown).
     */
    private static void controleer(List<Cel<String>> cellen, Set<String> onderdrukt) {
        List<Set<String>> getoond = new ArrayList<>();
        cellen.stream().filter(c -> !onderdrukt.contains(c.sleutel())).forEach(c -> getoond.addAll(c.sommen()));
        List<Cel<String>> klein = cellen.stream().filter(c -> c.leerlingen() < Indicator.KLEINSTE_CEL).toList();
        for (Cel<String> cel : klein) {
            assertThat(onderdrukt).contains(cel.sleutel());
            assertThat(Afleidbaar.uit(getoond, cel.sommen())).as(cel.sleutel() + " af te leiden").isFalse();
        }
        for (Cel<String> extra : cellen) {
            if (onderdrukt.contains(extra.sleutel()) && extra.leerlingen() >= Indicator.KLEINSTE_CEL) {
                List<Set<String>> meer = new ArrayList<>(getoond);
                meer.addAll(extra.sommen());
                assertThat(klein.stream().anyMatch(k -> Afleidbaar.uit(meer, k.sommen())))
                        .as(extra.sleutel() + " is onnodig onderdrukt").isTrue();
                assertThat(extra.sommen().stream().allMatch(q -> Afleidbaar.uit(getoond, List.of(q))))
                        .as(extra.sleutel() + " is onderdrukt maar helemaal af te leiden").isFalse();
            }
        }
    }
}
