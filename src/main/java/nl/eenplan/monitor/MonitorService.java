package nl.eenplan.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import nl.eenplan.engine.Klok;
import nl.eenplan.monitor.Celbron.Cel;
import nl.eenplan.monitor.Celbron.Figuur;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Soort;
import nl.eenplan.monitor.Celbron.Telling;
import nl.eenplan.security.Toegang;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor of the collaboration between school and youth care: outcomes and throughput per school,
 * gemeente, samenwerkingsverband or in total, for a month or a school year. The school cells come from the per-school
 * cells kept from the facts ({@link Celtabel}, by default; while their first fill after the upgrade V75 is not done,
 * from the facts themselves, {@link Feitenbron}) or straight from the capabilities' tables ({@link DirecteBron}: with
 * {@code eenplan.monitor.bron: direct}, and while the facts' first fill after an upgrade is not done); here they are
 * grouped and suppressed. Only aggregates; small cells are suppressed, and so are the cells they could be
 * computed back from ({@link Onderdrukking}).
 */
@Service
@Transactional(readOnly = true)
public class MonitorService {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorService.class);
    /** The order in which equal cells are offered for publication: the wider grouping first. */
    private static final List<Indeling> BREEDSTE_EERST = List.of(Indeling.TOTAAL, Indeling.GEMEENTE, Indeling.SWV,
            Indeling.SCHOOL);

    private final Toegang toegang;
    private final Clock clock;
    private final DirecteBron direct;
    private final Feitenbron feiten;
    private final Celtabel cellen;
    private final Monitorwachtrij wachtrij;
    private final boolean uitFeiten;
    private final boolean bijLezen;

    MonitorService(Toegang toegang, Clock clock, DirecteBron direct, Feitenbron feiten, Celtabel cellen, Monitorwachtrij wachtrij,
                   @Value("${eenplan.monitor.bron:feiten}") String bron,
                   @Value("${eenplan.monitor.feiten.bij-lezen:false}") boolean bijLezen) {
        this.toegang = toegang;
        this.clock = clock;
        this.direct = direct;
        this.feiten = feiten;
        this.cellen = cellen;
        this.wachtrij = wachtrij;
        if (!bron.equals("feiten") && !bron.equals("direct")) {
            throw new IllegalStateException("eenplan.monitor.bron is 'feiten' of 'direct', niet '" + bron + "'");
        }
        this.uitFeiten = bron.equals("feiten");
        this.bijLezen = bijLezen;
    }

    /**
     * Rebuilds now the facts of every dossier in the outbox, as the worker does every few seconds; answers how many
     * dossiers were rebuilt (the benchmark times the first fill with it).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int feitenBijwerken() {
        return wachtrij.verwerkAlles();
    }

    /** Without a period asked for: the last complete school year, on today's Dutch date. */
    public Periode standaardPeriode() {
        return Periode.laatsteVolledigeSchooljaar(Klok.vandaag(clock));
    }

    /**
     * The indicators over the schools the user works for (a gemeente's, an SWV's; process owners: all). Every
     * grouping is computed and suppressed together, whichever one is asked for: a cell must not be computable from
     * the other groupings' cells either.
     */
    public List<Indicator> indicatoren(Periode periode, Indeling per) {
        if (uitFeiten && bijLezen) {
            wachtrij.verwerkAlles(); // in transactions of its own
        }
        Celbron bron = !uitFeiten || !wachtrij.eersteVullingKlaar() ? direct : wachtrij.cellenKlaar() ? cellen : feiten;
        return indicatoren(periode, per, toegang.zicht(), clock.instant(), bron);
    }

    /** The indicators from one source, for a view and a moment (the facts are checked against the direct source with it). */
    List<Indicator> indicatoren(Periode periode, Indeling per, Toegang.Zicht zicht, Instant nu, Celbron bron) {
        Celbron.Gelezen gelezen = bron.lees(periode, zicht, nu);
        List<Figuur> figuren = gelezen.figuren();
        List<Meting> metingen = metingen(figuren, gelezen.scholen());
        Set<Integer> onderdrukt = onderdruk(metingen, figuren);
        List<Indicator> uit = new ArrayList<>();
        for (int i = 0; i < metingen.size(); i++) {
            if (metingen.get(i).indeling() == per) {
                uit.add(metingen.get(i).alsIndicator(onderdrukt.contains(i)));
            }
        }
        uit.sort(Comparator.comparing(Indicator::indicator).thenComparing(Indicator::groep)
                .thenComparing(Indicator::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder())));
        return uit;
    }

    /** The same figures as CSV (;-separated), for the regional consultation's own tools. */
    public String csv(Periode periode, Indeling per) {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("indicator", "groep", "onderdeel", "aantal", "leerlingen", "onderdrukt", "waarde", "mediaan", "p90", "eenheid").get();
        try (CSVPrinter csv = new CSVPrinter(uit, formaat)) {
            for (Indicator i : indicatoren(periode, per)) {
                csv.printRecord(i.indicator(), i.groep(), i.onderdeel() == null ? "" : i.onderdeel(), leeg(i.aantal()),
                        leeg(i.leerlingen()), i.onderdrukt(), leeg(i.waarde()), leeg(i.mediaan()), leeg(i.p90()), i.eenheid());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    /** One cell in one grouping: the school cells it adds up. */
    record Meting(String indicator, Soort soort, Indeling indeling, String groep, String onderdeel,
                          SortedMap<String, Telling> perSchool) {

        long leerlingen() {
            long som = 0;
            for (Telling t : perSchool.values()) {
                som += t.aantalLeerlingen();
            }
            return som;
        }

        long aantal() {
            long som = 0;
            for (Telling t : perSchool.values()) {
                som += t.aantal;
            }
            return som;
        }

        Indicator alsIndicator(boolean onderdrukt) {
            if (onderdrukt) {
                return Indicator.onderdrukt(indicator, groep, onderdeel, soort.eenheid);
            }
            long aantal = aantal();
            return switch (soort) {
                case DUUR -> {
                    double[] p = percentielen(perSchool.values(), 50, 90);
                    yield Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen(), null,
                            p == null ? null : p[0], p == null ? null : p[1], soort.eenheid);
                }
                case AANDEEL -> Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen(),
                        (double) perSchool.values().stream().mapToLong(t -> t.ja).sum() / aantal, null, null, soort.eenheid);
                case GEMIDDELDE -> Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen(),
                        perSchool.values().stream().mapToDouble(t -> t.som).sum() / aantal, null, null, soort.eenheid);
            };
        }
    }

    /** A figure's cell in one grouping: the group and the part (step or reason). */
    private record Groep(Indeling indeling, String groep, String onderdeel) {
    }

    /** Every figure's cells in every grouping: a group's cell holds the cells of its schools. */
    static List<Meting> metingen(List<Figuur> figuren, Map<String, School> scholen) {
        List<Meting> uit = new ArrayList<>();
        for (Figuur f : figuren) {
            Map<Groep, Meting> perGroep = new HashMap<>();
            f.cellen().forEach((cel, telling) -> {
                School school = scholen.get(cel.brin());
                for (Indeling indeling : Indeling.values()) {
                    String groep = school.groep(indeling);
                    perGroep.computeIfAbsent(new Groep(indeling, groep, cel.onderdeel()), k -> new Meting(f.naam(),
                            f.soort(), indeling, groep, cel.onderdeel(), new TreeMap<>())).perSchool().put(cel.brin(), telling);
                }
            });
            uit.addAll(perGroep.values());
        }
        // A fixed order, as the suppression breaks ties by it.
        uit.sort(Comparator.comparing(Meting::indicator).thenComparing(m -> BREEDSTE_EERST.indexOf(m.indeling()))
                .thenComparing(Meting::groep).thenComparing(Meting::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder())));
        return uit;
    }

    /**
     * The cells to suppress (their positions in {@code metingen}): one pattern over every grouping at once, each cell
     * the sum of its schools' inner cells ({@link Samenhang}).
     */
    private static Set<Integer> onderdruk(List<Meting> metingen, List<Figuur> figuren) {
        long begin = System.nanoTime();
        List<Onderdrukking.Cel<Integer>> cellen = teWegen(metingen, figuren);
        Set<Integer> onderdrukt = Onderdrukking.onderdruk(cellen);
        LOG.debug("Monitor: {} cellen, {} onderdrukt, in {} ms", cellen.size(), onderdrukt.size(),
                (System.nanoTime() - begin) / 1_000_000);
        return onderdrukt;
    }

    /** The cells the suppression weighs, for what a source read (the tests compare suppressions on them). */
    static List<Onderdrukking.Cel<Integer>> teWegen(Celbron.Gelezen gelezen) {
        return teWegen(metingen(gelezen.figuren(), gelezen.scholen()), gelezen.figuren());
    }

    /** What the linked figures need of the school cells read ({@link Samenhang}): a school's cases, yes-count, parts. */
    static Samenhang.Tellingen tellingen(List<Figuur> figuren) {
        Map<String, Map<Cel, Telling>> perFiguur = new HashMap<>();
        figuren.forEach(f -> perFiguur.put(f.naam(), f.cellen()));
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

            /** Per indicator, each school's parts: found once, not by a search through every cell per school. */
            private final Map<String, Map<String, Set<String>>> onderdelen = new HashMap<>();

            @Override
            public Set<String> onderdelen(String indicator, String brin) {
                return onderdelen.computeIfAbsent(indicator, i -> {
                    Map<String, Set<String>> perSchool = new HashMap<>();
                    perFiguur.get(i).keySet().forEach(c -> perSchool.computeIfAbsent(c.brin(), b -> new TreeSet<>())
                            .add(String.valueOf(c.onderdeel())));
                    return perSchool;
                }).getOrDefault(brin, Set.of());
            }
        };
    }

    /** The cells the suppression weighs: each grouping's cell (by its position) with its quantities' inner cells. */
    private static List<Onderdrukking.Cel<Integer>> teWegen(List<Meting> metingen, List<Figuur> figuren) {
        Samenhang.Tellingen tellingen = tellingen(figuren);
        // The inner cells of a school's cell, worked out and numbered once per school cell; a grouping's cell adds
        // up its schools' numbers (a school's inner cells are its own: no two schools share one).
        Onderdrukking.Binnencellen binnencellen = new Onderdrukking.Binnencellen();
        Map<String, Map<Cel, List<int[]>>> perSchoolcel = new HashMap<>();
        List<Onderdrukking.Cel<Integer>> cellen = new ArrayList<>();
        for (int i = 0; i < metingen.size(); i++) {
            Meting m = metingen.get(i);
            List<List<int[]>> vanScholen = new ArrayList<>(m.perSchool().size());
            Map<Cel, List<int[]>> vanFiguur = perSchoolcel.computeIfAbsent(m.indicator(), f -> new HashMap<>());
            int aantalSommen = 0;
            for (String brin : m.perSchool().keySet()) {
                List<int[]> vanSchool = vanFiguur.computeIfAbsent(new Cel(brin, m.onderdeel()),
                        k -> Samenhang.sommen(m.indicator(), String.valueOf(m.onderdeel()), brin, tellingen).stream()
                                .map(binnencellen::nummers).toList());
                vanScholen.add(vanSchool);
                aantalSommen = Math.max(aantalSommen, vanSchool.size());
            }
            List<int[]> sommen = new ArrayList<>(aantalSommen);
            for (int q = 0; q < aantalSommen; q++) {
                int lengte = 0;
                for (List<int[]> vanSchool : vanScholen) {
                    lengte += q < vanSchool.size() ? vanSchool.get(q).length : 0;
                }
                int[] som = new int[lengte];
                int n = 0;
                for (List<int[]> vanSchool : vanScholen) {
                    if (q < vanSchool.size()) {
                        System.arraycopy(vanSchool.get(q), 0, som, n, vanSchool.get(q).length);
                        n += vanSchool.get(q).length;
                    }
                }
                sommen.add(som);
            }
            cellen.add(new Onderdrukking.Cel<>(i, sommen, m.leerlingen(), m.aantal()));
        }
        return cellen;
    }

    /**
     * The nearest-rank percentiles of the day values of these school cells (read row by row, or counted in a kept
     * cell's histogram) in the order of {@link Double#compare}: what {@link #percentiel} gives on all of them sorted,
     * found on the values with their counts instead of writing every counted value out (issue #25: millions for the
     * total over a school year at national size). Null without any value.
     */
    static double[] percentielen(Collection<Telling> tellingen, int... procenten) {
        int m = 0;
        for (Telling t : tellingen) {
            m += t.dagen.size();
            for (Celbron.Histogram h : t.dagenGeteld) {
                m += h.waarden().length;
            }
        }
        double[] waarden = new double[m];
        long[] aantallen = new long[m];
        long n = 0;
        int i = 0;
        for (Telling t : tellingen) {
            for (Double d : t.dagen) {
                waarden[i] = d;
                aantallen[i++] = 1;
                n++;
            }
            for (Celbron.Histogram h : t.dagenGeteld) {
                for (int j = 0; j < h.waarden().length; j++) {
                    waarden[i] = h.waarden()[j];
                    aantallen[i++] = h.aantallen()[j];
                    n += h.aantallen()[j];
                }
            }
        }
        if (n == 0) {
            return null;
        }
        double[] uit = new double[procenten.length];
        for (int p = 0; p < procenten.length; p++) {
            uit[p] = opRang(waarden, aantallen, rang(procenten[p], n));
        }
        return uit;
    }

    /**
     * The value at a rank (from 1) of values with counts: the least value v with at least {@code rang} counted at or
     * below v. A selection (as quicksort, on one side only): split around a value picked at random into less, equal and
     * more, and go on in the side that holds the rank (on average a few passes over the pairs). Reorders the pairs.
     */
    private static double opRang(double[] waarden, long[] aantallen, long rang) {
        int van = 0;
        int tot = waarden.length;
        while (true) {
            double spil = waarden[ThreadLocalRandom.current().nextInt(van, tot)]; // the answer does not depend on it
            // [van, kleiner) less than spil, [kleiner, i) equal, [groter, tot) more.
            int kleiner = van;
            int i = van;
            int groter = tot;
            long onder = 0;
            long gelijk = 0;
            while (i < groter) {
                int c = Double.compare(waarden[i], spil);
                if (c < 0) {
                    onder += aantallen[i];
                    wissel(waarden, aantallen, i++, kleiner++);
                } else if (c > 0) {
                    wissel(waarden, aantallen, i, --groter);
                } else {
                    gelijk += aantallen[i++];
                }
            }
            if (rang <= onder) {
                tot = kleiner;
            } else if (rang <= onder + gelijk) {
                return spil;
            } else {
                rang -= onder + gelijk;
                van = groter;
            }
        }
    }

    private static void wissel(double[] waarden, long[] aantallen, int a, int b) {
        double w = waarden[a];
        waarden[a] = waarden[b];
        waarden[b] = w;
        long n = aantallen[a];
        aantallen[a] = aantallen[b];
        aantallen[b] = n;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentiel(double[] gesorteerd, int procent) {
        return gesorteerd[(int) rang(procent, gesorteerd.length) - 1];
    }

    /** The nearest rank (from 1) of a percentile among {@code aantal} values: the one place both forms ask. */
    private static long rang(int procent, long aantal) {
        return Math.max(1, (long) Math.ceil(procent / 100.0 * aantal));
    }

    private static String leeg(Number n) {
        return n == null ? "" : String.valueOf(n);
    }
}
