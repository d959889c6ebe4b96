package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.eenplan.monitor.Celbron.Cel;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Telling;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue #25 (S6): what the monitor costs in CPU beyond reading its cells, at national size: a school year's cells of
 * many schools (17 indicators, split ones per step and reason, some small cells) grouped and suppressed. In the build
 * at 200 schools; {@code -Dmonitor.scholen=2000} (or 7000) measures that many: CPU ms of this thread for weighing the
 * cells, for their vectors and for the elimination, per inner cell and in atom coordinates, and the entries the
 * elimination combined (printed). {@code -Dmonitor.groot=true} adds the comparison with the old search at 1,000 and
 * 2,000 schools.
 */
class OnderdrukkingSchaalTest {

    @Test
    void groeperenEnOnderdrukkenVanVeleScholen() {
        int scholen = Integer.getInteger("monitor.scholen", 200);
        Celbron.Gelezen gelezen = regio(scholen, new Random(930_000), 8);
        MonitorService monitor = new MonitorService(null, null, null, null, null, null, "feiten", false, 16);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        List<Onderdrukking.Cel<Integer>> cellen = MonitorService.teWegen(gelezen);
        long gewogen = cpu.getCurrentThreadCpuTime();
        System.out.printf("monitor %d scholen: %d cellen gewogen en hun binnencellen genummerd in %d ms CPU%n", scholen,
                cellen.size(), (gewogen - start) / 1_000_000);
        // Twice each way (the second time warm): per school (as before issue #25's atoms) and in atom coordinates.
        List<Set<Integer>> uitkomsten = new ArrayList<>();
        long overlopen = Onderdrukking.OVERLOPEN.get();
        for (boolean inAtomen : List.of(false, true, false, true)) {
            long gecombineerd = Onderdrukking.GECOMBINEERD.sum();
            long begin = cpu.getCurrentThreadCpuTime();
            Onderdrukking.Opgave<Integer> opgave = Onderdrukking.opstellen(cellen, inAtomen);
            long opgesteld = cpu.getCurrentThreadCpuTime();
            Set<Integer> onderdrukt = Onderdrukking.oplossen(opgave);
            long klaar = cpu.getCurrentThreadCpuTime();
            System.out.printf("monitor %d scholen, %s: vectoren en delen %d ms CPU, oplossen %d ms CPU, %d elementen"
                    + " gecombineerd, %d onderdrukt%n", scholen, inAtomen ? "in atomen" : "per binnencel",
                    (opgesteld - begin) / 1_000_000, (klaar - opgesteld) / 1_000_000,
                    Onderdrukking.GECOMBINEERD.sum() - gecombineerd, onderdrukt.size());
            uitkomsten.add(onderdrukt);
        }
        assertThat(uitkomsten).allMatch(uitkomsten.get(0)::equals);
        assertThat(Onderdrukking.OVERLOPEN.get()).as("overloop").isEqualTo(overlopen);
        for (Indeling per : List.of(Indeling.TOTAAL, Indeling.SCHOOL)) {
            long begin = cpu.getCurrentThreadCpuTime();
            List<Indicator> uit = monitor.indicatoren(Periode.schooljaar(2025), per, new Toegang.Zicht(true, Set.of()),
                    Instant.EPOCH, (periode, zicht, nu) -> gelezen);
            long ms = (cpu.getCurrentThreadCpuTime() - begin) / 1_000_000;
            System.out.printf("monitor %d scholen, per %s: %d cellen, %d onderdrukt, %d ms CPU%n", scholen, per, uit.size(),
                    uit.stream().filter(Indicator::onderdrukt).count(), ms);
            assertThat(uit).isNotEmpty();
            if (per == Indeling.SCHOOL) {
                assertThat(uit.stream().filter(Indicator::onderdrukt)).as("kleine scholen").isNotEmpty();
            }
        }
    }

    /**
     * The narrower candidate search of {@link Onderdrukking} (issue #25, S6) suppresses exactly what the search over
     * every primary cell did ({@link OnderdrukkingVoorS6}): on random regions of 3 to 300 schools, few or many small
     * cells, with the cells as the monitor weighs them (every grouping, the linked figures of {@link Samenhang}).
     */
    @Test
    void deSmallereZoektochtOnderdruktPreciesWatDeOudeOnderdrukte() {
        Random r = new Random(930_001);
        int vergeleken = 0;
        long onderdrukt = 0;
        for (int ronde = 0; ronde < 40; ronde++) {
            int scholen = List.of(3, 8, 20, 60, 150, 300).get(ronde % 6);
            Celbron.Gelezen gelezen = regio(scholen, r, 2 + r.nextInt(10));
            onderdrukt += vergelijk(gelezen, "ronde " + ronde + ", " + scholen + " scholen");
            vergeleken += MonitorService.teWegen(gelezen).size();
        }
        assertThat(vergeleken).isGreaterThan(50_000);
        assertThat(onderdrukt).as("er viel iets te onderdrukken").isGreaterThan(vergeleken / 50);
    }

    /**
     * Issue #25: the same where a gemeente is not a run of consecutive brins (shuffled brins: the inner cells are
     * numbered otherwise) and where gemeenten and SWVs hold 1 to 3 schools (groups of one school are that school).
     */
    @Test
    void ookMetGeschuddeBrinsEnPiepkleineGemeenten() {
        Random r = new Random(930_002);
        int vergeleken = 0;
        long onderdrukt = 0;
        for (int ronde = 0; ronde < 24; ronde++) {
            int scholen = List.of(3, 8, 20, 60, 150, 250).get(ronde % 6);
            boolean klein = ronde % 12 >= 6;
            Celbron.Gelezen gelezen = regio(scholen, r, 2 + r.nextInt(10), true, klein);
            onderdrukt += vergelijk(gelezen, "ronde " + ronde + ", " + scholen + " scholen" + (klein ? ", klein" : ""));
            vergeleken += MonitorService.teWegen(gelezen).size();
        }
        assertThat(vergeleken).isGreaterThan(40_000);
        assertThat(onderdrukt).as("er viel iets te onderdrukken").isGreaterThan(vergeleken / 50);
    }

    /** Issue #25: a region of 600 schools, brins shuffled (larger ones with {@code -Dmonitor.groot=true}). */
    @Test
    void eenGroteRegioOnderdruktPreciesWatDeOudeOnderdrukte() {
        vergelijk(regio(600, new Random(930_003), 8, true, false), "600 scholen, geschud");
    }

    /** Issue #25: regions of 1,000 and 2,000 schools (the old search takes long: only with {@code -Dmonitor.groot=true}). */
    @Test
    @EnabledIfSystemProperty(named = "monitor.groot", matches = "true")
    void zeerGroteRegiosOnderdrukkenPreciesWatDeOudeOnderdrukte() {
        vergelijk(regio(1000, new Random(930_004), 8, true, true), "1000 scholen, geschud, klein");
        vergelijk(regio(2000, new Random(930_005), 8, true, false), "2000 scholen, geschud");
        vergelijk(regio(2000, new Random(930_000), 8), "2000 scholen");
    }

    /**
     * Both suppressions on the same region: the new one on the cells as {@link MonitorService#teWegen} weighs them (inner
     * cells as numbers), the old one on the cells weighed as before issue #25 ({@link #teWegenMetNamen}: every inner
     * cell by name, a grouping's cell the union of its schools' sets), so a fault in either the numbering or the
     * elimination shows. They must suppress the same cells and neither may have overflowed (only then is "the same"
     * exact: see {@link Onderdrukking}). Answers how many were suppressed.
     */
    private static long vergelijk(Celbron.Gelezen gelezen, String wat) {
        long overlopen = Onderdrukking.OVERLOPEN.get();
        long oudOvergelopen = OnderdrukkingVoorS6.OVERLOPEN.get();
        Set<Integer> nieuw = Onderdrukking.onderdruk(MonitorService.teWegen(gelezen));
        Set<Integer> oud = OnderdrukkingVoorS6.onderdruk(teWegenMetNamen(gelezen));
        assertThat(nieuw).as(wat).isEqualTo(oud);
        assertThat(Onderdrukking.OVERLOPEN.get()).as(wat + ": overloop").isEqualTo(overlopen);
        assertThat(OnderdrukkingVoorS6.OVERLOPEN.get()).as(wat + ": overloop oud").isEqualTo(oudOvergelopen);
        return nieuw.size();
    }

    /** The cells as MonitorService weighed them before issue #25 numbered the inner cells (kept as the oracle). */
    private static List<OnderdrukkingVoorS6.Cel<Integer>> teWegenMetNamen(Celbron.Gelezen gelezen) {
        List<MonitorService.Meting> metingen = MonitorService.metingen(gelezen);
        Samenhang.Tellingen tellingen = tellingenMetNamen(gelezen);
        List<OnderdrukkingVoorS6.Cel<Integer>> cellen = new ArrayList<>();
        for (int i = 0; i < metingen.size(); i++) {
            MonitorService.Meting m = metingen.get(i);
            List<Set<String>> sommen = new ArrayList<>();
            for (int s : m.scholen()) {
                String brin = m.van().brins()[s];
                List<Set<String>> vanSchool = Samenhang.sommen(m.indicator(), String.valueOf(m.onderdeel()), brin, tellingen);
                for (int q = 0; q < vanSchool.size(); q++) {
                    if (sommen.size() <= q) {
                        sommen.add(new HashSet<>());
                    }
                    Set<String> som = sommen.get(q);
                    vanSchool.get(q).forEach(soort -> som.add(brin + "|" + soort));
                }
            }
            cellen.add(new OnderdrukkingVoorS6.Cel<>(i, sommen, m.leerlingen(), m.aantal()));
        }
        return cellen;
    }

    /**
     * What the linked figures need of the school cells, looked up by BRIN and part in each figure's map of cells, as
     * before issue #25 put the cells in arrays by school number (kept as the oracle of
     * {@link MonitorService#tellingen}).
     */
    private static Samenhang.Tellingen tellingenMetNamen(Celbron.Gelezen gelezen) {
        Map<String, Map<Cel, Telling>> perFiguur = new HashMap<>();
        gelezen.figuren().forEach(f -> perFiguur.put(f.naam(), f.cellen()));
        return new Samenhang.Tellingen() {
            @Override
            public long aantal(String indicator, String brin) {
                Telling t = perFiguur.get(indicator).get(new Cel(brin, null));
                return t == null ? 0 : t.aantal;
            }

            @Override
            public long ja(String indicator, String brin) {
                Telling t = perFiguur.get(indicator).get(new Cel(brin, null));
                return t == null ? 0 : t.ja;
            }

            @Override
            public Set<String> onderdelen(String indicator, String brin) {
                Set<String> onderdelen = new TreeSet<>();
                perFiguur.get(indicator).keySet().stream().filter(c -> c.brin().equals(brin))
                        .forEach(c -> onderdelen.add(String.valueOf(c.onderdeel())));
                return onderdelen;
            }
        };
    }

    /**
     * Schools in gemeenten (of 50 at most) and SWVs that cut across them, each indicator's cells (a few per step or reason) with random counts;
     * one in {@code kleinEenOp} cells has fewer than 5 pupils.
     */
    static Celbron.Gelezen regio(int aantalScholen, Random r, int kleinEenOp) {
        return regio(aantalScholen, r, kleinEenOp, false, false);
    }

    /**
     * As {@link #regio(int, Random, int)}; {@code geschud}: the brins in random order (a gemeente is no run of brins);
     * {@code klein}: gemeenten of 1 to 3 schools in a row and SWVs of 1 to 3 schools picked at random.
     */
    static Celbron.Gelezen regio(int aantalScholen, Random r, int kleinEenOp, boolean geschud, boolean klein) {
        return kaarten(aantalScholen, r, kleinEenOp, geschud, klein).gelezen();
    }

    /** A region as a source that reads row by row collects it: its schools, each indicator's cells by BRIN and part. */
    record Regio(List<Celbron.Kaart> kaarten, Map<String, School> scholen) {

        Celbron.Gelezen gelezen() {
            return Celbron.Cellen.uit(kaarten, scholen.values());
        }
    }

    /** The region of {@link #regio(int, Random, int, boolean, boolean)}, before its cells are numbered by school. */
    static Regio kaarten(int aantalScholen, Random r, int kleinEenOp, boolean geschud, boolean klein) {
        List<String> brins = new ArrayList<>();
        for (int s = 0; s < aantalScholen; s++) {
            brins.add(String.format("%04dAA", s));
        }
        if (geschud) {
            Collections.shuffle(brins, r);
        }
        int[] kleineGemeente = klein ? groepjes(aantalScholen, r) : null;
        int[] kleinSwv = null;
        if (klein) {
            List<Integer> volgorde = new ArrayList<>();
            for (int s = 0; s < aantalScholen; s++) {
                volgorde.add(s);
            }
            Collections.shuffle(volgorde, r);
            int[] groep = groepjes(aantalScholen, r);
            kleinSwv = new int[aantalScholen];
            for (int s = 0; s < aantalScholen; s++) {
                kleinSwv[volgorde.get(s)] = groep[s];
            }
        }
        Map<String, School> scholen = new LinkedHashMap<>();
        int gemeente = Math.max(2, Math.min(50, aantalScholen / 4));
        for (int s = 0; s < aantalScholen; s++) {
            String brin = brins.get(s);
            scholen.put(brin, klein ? new School(brin, "gemeente " + kleineGemeente[s], "swv " + kleinSwv[s])
                    : new School(brin, "gemeente " + s / gemeente, "swv " + (s / gemeente + s % 3) / 2));
        }
        List<Celbron.Kaart> kaarten = new ArrayList<>();
        Feitenbron.INDICATOREN.forEach((naam, soort) -> {
            Map<Cel, Telling> cellen = new HashMap<>();
            List<String> onderdelen = naam.equals("termijnGehaald") ? List.of("a", "b", "c", "d", "e", "f", "g", "h")
                    : naam.equals("escalatiesPerReden") ? List.of("VERZUIM", "LANGDURIG_VERZUIM", "RMC_VERZUIM")
                    : Collections.singletonList(null);
            for (String brin : scholen.keySet()) {
                for (String onderdeel : onderdelen) {
                    if (r.nextInt(10) == 0) {
                        continue; // a school without cases of this kind
                    }
                    Telling t = new Telling();
                    t.leerlingenGeteld = 1 + r.nextInt(r.nextInt(kleinEenOp) == 0 ? 5 : 60);
                    t.aantal = t.leerlingenGeteld + r.nextInt(5);
                    t.ja = r.nextInt((int) t.aantal + 1);
                    t.som = t.aantal * (1 + r.nextInt(10));
                    if (soort == Celbron.Soort.DUUR) {
                        double[] waarden = new double[(int) t.aantal];
                        long[] aantallen = new long[waarden.length];
                        for (int i = 0; i < waarden.length; i++) {
                            waarden[i] = i + r.nextInt(1440) / 1440.0;
                            aantallen[i] = 1;
                        }
                        t.dagenGeteld(new Celbron.Histogram(waarden, aantallen));
                    }
                    cellen.put(new Cel(brin, onderdeel), t);
                }
            }
            kaarten.add(new Celbron.Kaart(naam, cellen));
        });
        return new Regio(kaarten, scholen);
    }

    /** For each of n places in a row, its group: runs of 1 to 3. */
    private static int[] groepjes(int n, Random r) {
        int[] groep = new int[n];
        int s = 0;
        for (int g = 0; s < n; g++) {
            for (int lengte = 1 + r.nextInt(3); lengte > 0 && s < n; lengte--) {
                groep[s++] = g;
            }
        }
        return groep;
    }
}
