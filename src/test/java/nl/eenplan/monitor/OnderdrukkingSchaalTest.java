package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.eenplan.monitor.Celbron.Cel;
import nl.eenplan.monitor.Celbron.Figuur;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Telling;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;

/**
 * Issue #25 (S6): what the monitor costs in CPU beyond reading its cells, at national size: a school year's cells of
 * many schools (17 indicators, split ones per step and reason, some small cells) grouped and suppressed. In the build
 * at 200 schools; {@code -Dmonitor.scholen=2000} measures 2,000 (CPU ms of this thread, printed).
 */
class OnderdrukkingSchaalTest {

    @Test
    void groeperenEnOnderdrukkenVanVeleScholen() {
        int scholen = Integer.getInteger("monitor.scholen", 200);
        Celbron.Gelezen gelezen = regio(scholen, new Random(930_000), 8);
        MonitorService monitor = new MonitorService(null, null, null, null, null, null, "feiten", false);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        List<Onderdrukking.Cel<Integer>> cellen = MonitorService.teWegen(gelezen);
        long gewogen = cpu.getCurrentThreadCpuTime();
        Set<Integer> onderdrukt = Onderdrukking.onderdruk(cellen);
        long klaar = cpu.getCurrentThreadCpuTime();
        System.out.printf("monitor %d scholen: %d cellen gewogen in %d ms CPU, %d onderdrukt in %d ms CPU%n", scholen,
                cellen.size(), (gewogen - start) / 1_000_000, onderdrukt.size(), (klaar - gewogen) / 1_000_000);
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
            List<Onderdrukking.Cel<Integer>> cellen = MonitorService.teWegen(regio(scholen, r, 2 + r.nextInt(10)));
            Set<Integer> nieuw = Onderdrukking.onderdruk(cellen);
            Set<Integer> oud = OnderdrukkingVoorS6.onderdruk(cellen.stream().map(c -> new OnderdrukkingVoorS6.Cel<>(
                    c.sleutel(), c.sommen(), c.leerlingen(), c.aantal())).toList());
            assertThat(nieuw).as("ronde %d, %d scholen", ronde, scholen).isEqualTo(oud);
            vergeleken += cellen.size();
            onderdrukt += nieuw.size();
        }
        assertThat(vergeleken).isGreaterThan(50_000);
        assertThat(onderdrukt).as("er viel iets te onderdrukken").isGreaterThan(vergeleken / 50);
    }

    /**
     * Schools in gemeenten (of 50 at most) and SWVs that cut across them, each indicator's cells (a few per step or reason) with random counts;
     * one in {@code kleinEenOp} cells has fewer than 5 pupils.
     */
    static Celbron.Gelezen regio(int aantalScholen, Random r, int kleinEenOp) {
        Map<String, School> scholen = new LinkedHashMap<>();
        int gemeente = Math.max(2, Math.min(50, aantalScholen / 4));
        for (int s = 0; s < aantalScholen; s++) {
            String brin = String.format("%04dAA", s);
            scholen.put(brin, new School(brin, "gemeente " + s / gemeente, "swv " + (s / gemeente + s % 3) / 2));
        }
        List<Figuur> figuren = new java.util.ArrayList<>();
        Feitenbron.INDICATOREN.forEach((naam, soort) -> {
            Map<Cel, Telling> cellen = new HashMap<>();
            List<String> onderdelen = naam.equals("termijnGehaald") ? List.of("a", "b", "c", "d", "e", "f", "g", "h")
                    : naam.equals("escalatiesPerReden") ? List.of("VERZUIM", "LANGDURIG_VERZUIM", "RMC_VERZUIM")
                    : java.util.Collections.singletonList(null);
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
                        t.dagenGeteld.add(new Celbron.Histogram(waarden, aantallen));
                    }
                    cellen.put(new Cel(brin, onderdeel), t);
                }
            }
            figuren.add(new Figuur(naam, soort, cellen));
        });
        return new Celbron.Gelezen(figuren, scholen);
    }
}
