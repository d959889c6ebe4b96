package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.eenplan.monitor.Celbron.Histogram;
import nl.eenplan.monitor.Celbron.Telling;
import org.junit.jupiter.api.Test;

/**
 * The median and p90 of a duration (nearest rank, over every day value of the cell's schools): found on the values
 * with their counts (issue #25), they are what sorting every value written out gives.
 */
class MonitorPercentielTest {

    @Test
    void eenWaarde() {
        assertThat(MonitorService.percentielen(List.of(rijen(4.5)), 50, 90)).containsExactly(4.5, 4.5);
        assertThat(MonitorService.percentielen(List.of(geteld(new double[] {4.5}, new long[] {1})), 50, 90))
                .containsExactly(4.5, 4.5);
    }

    @Test
    void eenEvenAantalNeemtDeLaagsteVanHetMiddenpaar() {
        // Nearest rank: of 4 values the median is the 2nd (ceil(0.5 * 4)), the p90 the 4th (ceil(0.9 * 4)).
        assertThat(MonitorService.percentielen(List.of(rijen(4, 1, 3, 2)), 50, 90)).containsExactly(2.0, 4.0);
        assertThat(MonitorService.percentielen(List.of(geteld(new double[] {1, 2}, new long[] {2, 2})), 50, 90))
                .containsExactly(1.0, 2.0);
    }

    @Test
    void allesInEenVak() {
        assertThat(MonitorService.percentielen(List.of(geteld(new double[] {7}, new long[] {25})), 50, 90))
                .containsExactly(7.0, 7.0);
    }

    @Test
    void deP90OpDeRandVanEenVak() {
        // 10 values: the p90 is the 9th, the last of the bucket 2; the median the 5th, the last of the bucket 1.
        Telling tien = geteld(new double[] {1, 2, 3}, new long[] {5, 4, 1});
        assertThat(MonitorService.percentielen(List.of(tien), 50, 90)).containsExactly(1.0, 2.0);
        // One value more above: 11 values, the p90 is the 10th (ceil(9.9)), the median the 6th.
        Telling elf = geteld(new double[] {1, 2, 3}, new long[] {5, 4, 2});
        assertThat(MonitorService.percentielen(List.of(elf), 50, 90)).containsExactly(2.0, 3.0);
    }

    @Test
    void overScholenHeenMetRijenEnGeteldeDagen() {
        Telling a = geteld(new double[] {1, 5, 9}, new long[] {1, 1, 3});
        Telling b = geteld(new double[] {2, 5}, new long[] {2, 1});
        Telling c = rijen(8, 0.5);
        // 0.5, 1, 2, 2, 5, 5, 8, 9, 9, 9: the 5th and the 9th.
        assertThat(MonitorService.percentielen(List.of(a, b, c), 50, 90)).containsExactly(5.0, 9.0);
    }

    @Test
    void zonderWaardenGeenPercentiel() {
        assertThat(MonitorService.percentielen(List.of(new Telling()), 50, 90)).isNull();
        assertThat(MonitorService.percentielen(List.of(geteld(new double[] {3}, new long[] {0})), 50, 90)).isNull();
    }

    @Test
    void eenVakZonderTellingTeltNiet() {
        Telling t = geteld(new double[] {1, 2, 3}, new long[] {1, 0, 1});
        assertThat(MonitorService.percentielen(List.of(t), 50, 90)).containsExactly(1.0, 3.0);
    }

    /** On random cells (rows, histograms, equal values across schools) the same as every value sorted. */
    @Test
    void hetzelfdeAlsAllesUitgeschrevenEnGesorteerd() {
        Random r = new Random(930_010);
        for (int ronde = 0; ronde < 500; ronde++) {
            List<Telling> tellingen = new ArrayList<>();
            List<Double> alle = new ArrayList<>();
            int groot = ronde % 5 == 0 ? 300 : 5; // now and then many values: the selection takes several passes
            for (int school = 1 + r.nextInt(6); school > 0; school--) {
                Telling t = new Telling();
                for (int i = r.nextInt(groot); i > 0; i--) {
                    double d = r.nextInt(4 * groot) / 2.0;
                    t.dag(d);
                    alle.add(d);
                }
                for (int h = r.nextInt(3); h > 0; h--) {
                    int lengte = r.nextInt(groot);
                    double[] waarden = new double[lengte];
                    long[] aantallen = new long[lengte];
                    double w = r.nextInt(3);
                    for (int j = 0; j < lengte; j++) {
                        w += 0.5 * (1 + r.nextInt(3));
                        waarden[j] = w;
                        aantallen[j] = r.nextInt(4);
                        for (long a = 0; a < aantallen[j]; a++) {
                            alle.add(w);
                        }
                    }
                    t.dagenGeteld(new Histogram(waarden, aantallen));
                }
                tellingen.add(t);
            }
            double[] gesorteerd = alle.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(gesorteerd);
            double[] p = MonitorService.percentielen(tellingen, 50, 90);
            if (gesorteerd.length == 0) {
                assertThat(p).isNull();
            } else {
                assertThat(p).as("ronde %d: %s", ronde, Arrays.toString(gesorteerd))
                        .containsExactly(MonitorService.percentiel(gesorteerd, 50), MonitorService.percentiel(gesorteerd, 90));
            }
        }
    }

    /**
     * A cell of one kept histogram (a school's or a group's) is read in one pass over its counts in their order; the
     * same as every value sorted, with empty buckets and equal counts anywhere.
     */
    @Test
    void eenHistogramInVolgordeHetzelfdeAlsAllesUitgeschreven() {
        Random r = new Random(930_011);
        for (int ronde = 0; ronde < 500; ronde++) {
            int lengte = 1 + r.nextInt(ronde % 5 == 0 ? 400 : 6);
            double[] waarden = new double[lengte];
            long[] aantallen = new long[lengte];
            List<Double> alle = new ArrayList<>();
            double w = r.nextInt(3) - 1;
            for (int j = 0; j < lengte; j++) {
                w += (1 + r.nextInt(24)) / 24.0;
                waarden[j] = w;
                aantallen[j] = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(r.nextInt(3) == 0 ? 40 : 3);
                for (long a = 0; a < aantallen[j]; a++) {
                    alle.add(w);
                }
            }
            double[] gesorteerd = alle.stream().mapToDouble(Double::doubleValue).toArray();
            double[] p = MonitorService.percentielen(List.of(new Telling(), geteld(waarden, aantallen)), 50, 90);
            if (gesorteerd.length == 0) {
                assertThat(p).isNull();
            } else {
                assertThat(p).as("ronde %d", ronde).containsExactly(MonitorService.percentiel(gesorteerd, 50),
                        MonitorService.percentiel(gesorteerd, 90));
            }
        }
    }

    private static Telling rijen(double... dagen) {
        Telling t = new Telling();
        Arrays.stream(dagen).forEach(t::dag);
        return t;
    }

    private static Telling geteld(double[] waarden, long[] aantallen) {
        Telling t = new Telling();
        t.dagenGeteld(new Histogram(waarden, aantallen));
        return t;
    }
}
