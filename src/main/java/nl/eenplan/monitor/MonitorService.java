package nl.eenplan.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import nl.eenplan.engine.Klok;
import nl.eenplan.monitor.Celbron.Figuur;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Schoolcellen;
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
    private final Onderdrukkingsgeheugen geheugen;

    MonitorService(Toegang toegang, Clock clock, DirecteBron direct, Feitenbron feiten, Celtabel cellen, Monitorwachtrij wachtrij,
                   @Value("${eenplan.monitor.bron:feiten}") String bron,
                   @Value("${eenplan.monitor.feiten.bij-lezen:false}") boolean bijLezen,
                   @Value("${eenplan.monitor.onderdrukking.onthouden:16}") int onthouden) {
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
        this.geheugen = new Onderdrukkingsgeheugen(onthouden);
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
        Celbron.Gelezen gelezen = bron.lees(periode, zicht, nu, per);
        List<Meting> metingen = metingen(gelezen);
        BitSet onderdrukt = onderdruk(metingen, gelezen);
        // In the order of the cells, which is by indicator, group and part (none first), all by name (metingen;
        // issue #25: no sort of the 150,000 cells of the whole country's view per school).
        List<Indicator> uit = new ArrayList<>();
        for (int i = 0; i < metingen.size(); i++) {
            if (metingen.get(i).indeling() == per) {
                uit.add(metingen.get(i).alsIndicator(onderdrukt.get(i), gelezen));
            }
        }
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

    /**
     * One cell in one grouping: the school cells it adds up ({@code scholen}: their numbers, ascending), their
     * distinct pupils and cases.
     */
    record Meting(Schoolcellen van, Indeling indeling, String groep, int[] scholen, long leerlingen, long aantal) {

        String indicator() {
            return van.indicator();
        }

        String onderdeel() {
            return van.onderdeel();
        }

        /** The school cells, in the order of their BRIN. */
        List<Telling> tellingen() {
            List<Telling> uit = new ArrayList<>(scholen.length);
            for (int s : scholen) {
                uit.add(van.perSchool()[s]);
            }
            return uit;
        }

        /**
         * The cell as shown. A duration's percentiles come from its group's kept histogram when the source read those
         * for this grouping ({@link Celbron.Gelezen#gehouden}), else from its school cells.
         */
        Indicator alsIndicator(boolean onderdrukt, Celbron.Gelezen gelezen) {
            String indicator = van.indicator();
            String onderdeel = van.onderdeel();
            Soort soort = van.soort();
            if (onderdrukt) {
                return Indicator.onderdrukt(indicator, groep, onderdeel, soort.eenheid);
            }
            // Loops rather than streams over the school cells (issue #25: every school's cells in the view per school).
            Telling[] perSchool = van.perSchool();
            return switch (soort) {
                case DUUR -> {
                    double[] p = indeling == gelezen.gehouden()
                            ? percentielen(gelezen.groepsdagen().get(new Celbron.Groepcel(indicator, onderdeel, groep)))
                            : percentielen(tellingen(), 50, 90);
                    yield Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen, null,
                            p == null ? null : p[0], p == null ? null : p[1], soort.eenheid);
                }
                case AANDEEL -> {
                    long ja = 0;
                    for (int s : scholen) {
                        ja += perSchool[s].ja;
                    }
                    yield Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen, (double) ja / aantal, null,
                            null, soort.eenheid);
                }
                case GEMIDDELDE -> {
                    double som = 0;
                    for (int s : scholen) {
                        som += perSchool[s].som;
                    }
                    yield Indicator.getoond(indicator, groep, onderdeel, aantal, leerlingen, som / aantal, null, null,
                            soort.eenheid);
                }
            };
        }
    }

    /**
     * Every figure's cells in every grouping: a group's cell holds the cells of its schools. The schools come numbered
     * ({@link Celbron.Cellen}) and the groups are numbered first, so that a cell is placed in its groups by position
     * (issue #25: 7,000 schools' cells in four groupings each, without a lookup by name per cell and grouping).
     * In a fixed order, as the suppression breaks ties by it: by figure, grouping (widest first), group and part (none
     * first), all by name; made in that order rather than sorted after (issue #25: sorting 180,000 cells nationally
     * took half of this step).
     */
    static List<Meting> metingen(Celbron.Gelezen gelezen) {
        String[] brins = gelezen.brins();
        Map<String, School> scholen = gelezen.scholen();
        Indeling[] indelingen = Indeling.values();
        int[][] groepVan = new int[indelingen.length][brins.length];
        List<List<String>> groepen = new ArrayList<>();
        // Per grouping its groups' numbers in the order of their names.
        int[][] opNaam = new int[indelingen.length][];
        for (Indeling indeling : indelingen) {
            Map<String, Integer> nummer = new HashMap<>();
            List<String> namen = new ArrayList<>();
            for (int s = 0; s < brins.length; s++) {
                String groep = scholen.get(brins[s]).groep(indeling);
                groepVan[indeling.ordinal()][s] = nummer.computeIfAbsent(groep, g -> {
                    namen.add(g);
                    return namen.size() - 1;
                });
            }
            groepen.add(namen);
            opNaam[indeling.ordinal()] = IntStream.range(0, namen.size()).boxed()
                    .sorted(Comparator.comparing(namen::get)).mapToInt(Integer::intValue).toArray();
        }
        int[] aantalGroepen = groepen.stream().mapToInt(List::size).toArray();
        List<Meting> uit = new ArrayList<>();
        List<Figuur> figuren = new ArrayList<>(gelezen.figuren());
        figuren.sort(Comparator.comparing(Figuur::naam));
        for (Figuur f : figuren) {
            List<Schoolcellen> delen = new ArrayList<>(f.delen());
            delen.sort(Comparator.comparing(Schoolcellen::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder())));
            Groepsom[] sommen = new Groepsom[delen.size()];
            for (int d = 0; d < sommen.length; d++) {
                sommen[d] = Groepsom.van(delen.get(d).perSchool(), groepVan, aantalGroepen);
            }
            for (Indeling indeling : BREEDSTE_EERST) {
                int i = indeling.ordinal();
                List<String> namen = groepen.get(i);
                for (int g : opNaam[i]) {
                    for (int d = 0; d < sommen.length; d++) {
                        int[] leden = sommen[d].leden()[i][g];
                        if (leden.length > 0) {
                            uit.add(new Meting(delen.get(d), indeling, namen.get(g), leden,
                                    sommen[d].leerlingen()[i][g], sommen[d].aantal()[i][g]));
                        }
                    }
                }
            }
        }
        return uit;
    }

    /**
     * One part's school cells added up per grouping and group (by the groups' numbers): the schools with a cell in
     * each group, their pupils and cases; each school's counts read once for all four groupings.
     */
    private record Groepsom(int[][][] leden, long[][] leerlingen, long[][] aantal) {

        /** {@code groepen}: per grouping (by ordinal) its number of groups; {@code groepVan}: each school's group. */
        static Groepsom van(Telling[] perSchool, int[][] groepVan, int[] groepen) {
            int indelingen = groepen.length;
            long[][] leerlingen = new long[indelingen][];
            long[][] aantallen = new long[indelingen][];
            int[][] aantal = new int[indelingen][];
            for (int i = 0; i < indelingen; i++) {
                leerlingen[i] = new long[groepen[i]];
                aantallen[i] = new long[groepen[i]];
                aantal[i] = new int[groepen[i]];
            }
            for (int s = 0; s < perSchool.length; s++) {
                Telling t = perSchool[s];
                if (t != null) {
                    long l = t.aantalLeerlingen();
                    long a = t.aantal;
                    for (int i = 0; i < indelingen; i++) {
                        int g = groepVan[i][s];
                        leerlingen[i][g] += l;
                        aantallen[i][g] += a;
                        aantal[i][g]++;
                    }
                }
            }
            int[][][] leden = new int[indelingen][][];
            for (int i = 0; i < indelingen; i++) {
                leden[i] = new int[groepen[i]][];
                for (int g = 0; g < groepen[i]; g++) {
                    leden[i][g] = new int[aantal[i][g]];
                    aantal[i][g] = 0;
                }
            }
            for (int s = 0; s < perSchool.length; s++) {
                if (perSchool[s] != null) {
                    for (int i = 0; i < indelingen; i++) {
                        int g = groepVan[i][s];
                        leden[i][g][aantal[i][g]++] = s;
                    }
                }
            }
            return new Groepsom(leden, leerlingen, aantallen);
        }
    }

    /**
     * The cells to suppress (their positions in {@code metingen}): one pattern over every grouping at once, each cell
     * the sum of its schools' inner cells ({@link Samenhang}); from memory when these cells were suppressed before.
     */
    private BitSet onderdruk(List<Meting> metingen, Celbron.Gelezen gelezen) {
        long begin = System.nanoTime();
        BitSet onderdrukt = geheugen.onderdruk(() -> invoer(metingen, gelezen.scholen()),
                () -> teWegen(metingen, gelezen));
        LOG.debug("Monitor: {} cellen, {} onderdrukt, in {} ms", metingen.size(), onderdrukt.cardinality(),
                (System.nanoTime() - begin) / 1_000_000);
        return onderdrukt;
    }

    /**
     * A digest of everything the suppression's cells are made of ({@link #teWegen} is a function of it alone): each
     * school's groups, and per figure and part every school's cell (its pupils, cases and yes-count, or none), in the
     * schools' order. Issue #25: at 7,000 schools working out the cells ({@link Samenhang} per school cell) took a
     * quarter of a request that then found its pattern in memory; the digest reads the counts once.
     */
    static java.nio.ByteBuffer invoer(List<Meting> metingen, Map<String, School> scholen) {
        Onderdrukkingsgeheugen.Vingerafdruk v = new Onderdrukkingsgeheugen.Vingerafdruk();
        Map<Schoolcellen, Boolean> gezien = new IdentityHashMap<>();
        for (Meting m : metingen) {
            Schoolcellen van = m.van();
            if (gezien.put(van, Boolean.TRUE) != null) {
                continue;
            }
            if (gezien.size() == 1) {
                v.getal(van.brins().length);
                for (String brin : van.brins()) {
                    School school = scholen.get(brin);
                    v.tekst(brin).tekst(school.gemeente()).tekst(school.swv());
                }
            }
            v.tekst(van.indicator()).tekst(van.onderdeel());
            for (Telling t : van.perSchool()) {
                if (t == null) {
                    v.getal(-1);
                } else {
                    v.getal(t.aantalLeerlingen()).getal(t.aantal).getal(t.ja);
                }
            }
        }
        return v.klaar();
    }

    /** The cells the suppression weighs, for what a source read (the tests compare suppressions on them). */
    static List<Onderdrukking.Cel<Integer>> teWegen(Celbron.Gelezen gelezen) {
        return teWegen(metingen(gelezen), gelezen);
    }

    /** What the linked figures need of the school cells read ({@link Samenhang}): a school's cases, yes-count, parts. */
    static Samenhang.Tellingen tellingen(Celbron.Gelezen gelezen) {
        String[] brins = gelezen.brins();
        Map<String, Figuur> perFiguur = new HashMap<>();
        // Per figure that has it, the cells of its part null (the figure not split), found once.
        Map<String, Telling[]> nietGesplitst = new HashMap<>();
        for (Figuur f : gelezen.figuren()) {
            perFiguur.put(f.naam(), f);
            f.delen().stream().filter(d -> d.onderdeel() == null).findFirst()
                    .ifPresent(d -> nietGesplitst.put(f.naam(), d.perSchool()));
        }
        return new Samenhang.Tellingen() {
            @Override
            public long aantal(String indicator, String brin) {
                Telling t = nietGesplitst(indicator, brin);
                return t == null ? 0 : t.aantal;
            }

            @Override
            public long ja(String indicator, String brin) {
                Telling t = nietGesplitst(indicator, brin);
                return t == null ? 0 : t.ja;
            }

            /** A figure's cell at a school in its part null (the figure not split), else null. */
            private Telling nietGesplitst(String indicator, String brin) {
                Telling[] perSchool = nietGesplitst.get(indicator);
                int s = perSchool == null ? -1 : Arrays.binarySearch(brins, brin);
                return s < 0 ? null : perSchool[s];
            }

            /** Per indicator, each school's parts (by its number): found once, not per school. */
            private final Map<String, List<Set<String>>> onderdelen = new HashMap<>();

            @Override
            public Set<String> onderdelen(String indicator, String brin) {
                List<Set<String>> perSchool = onderdelen.computeIfAbsent(indicator, i -> {
                    List<Set<String>> delen = new ArrayList<>(Collections.nCopies(brins.length, null));
                    for (Schoolcellen deel : perFiguur.get(i).delen()) {
                        for (int s = 0; s < brins.length; s++) {
                            if (deel.perSchool()[s] != null) {
                                if (delen.get(s) == null) {
                                    delen.set(s, new TreeSet<>());
                                }
                                delen.get(s).add(String.valueOf(deel.onderdeel()));
                            }
                        }
                    }
                    return delen;
                });
                int s = Arrays.binarySearch(brins, brin);
                return s < 0 || perSchool.get(s) == null ? Set.of() : perSchool.get(s);
            }
        };
    }

    /** The cells the suppression weighs: each grouping's cell (by its position) with its quantities' inner cells. */
    static List<Onderdrukking.Cel<Integer>> teWegen(List<Meting> metingen, Celbron.Gelezen gelezen) {
        Samenhang.Tellingen tellingen = tellingen(gelezen);
        // A school's cell adds up kinds of case of that school (Samenhang), worked out once per school cell; its inner
        // cells are numbered kind × schools + school (no two schools share one). A grouping's cell adds up its
        // schools' numbers.
        Onderdrukking.Binnencellen soorten = new Onderdrukking.Binnencellen();
        Map<Schoolcellen, int[][][]> perSchoolcel = new IdentityHashMap<>();
        List<Onderdrukking.Cel<Integer>> cellen = new ArrayList<>();
        for (int i = 0; i < metingen.size(); i++) {
            Meting m = metingen.get(i);
            Schoolcellen van = m.van();
            int[][][] vanFiguur = perSchoolcel.computeIfAbsent(van, k -> new int[k.brins().length][][]);
            int aantalSommen = 0;
            for (int s : m.scholen()) {
                if (vanFiguur[s] == null) {
                    List<Set<String>> sommen = Samenhang.sommen(van.indicator(), String.valueOf(van.onderdeel()),
                            van.brins()[s], tellingen);
                    vanFiguur[s] = new int[sommen.size()][];
                    for (int q = 0; q < sommen.size(); q++) {
                        int[] nummers = soorten.nummers(sommen.get(q));
                        for (int k = 0; k < nummers.length; k++) {
                            nummers[k] = Math.addExact(Math.multiplyExact(nummers[k], van.brins().length), s);
                        }
                        vanFiguur[s][q] = nummers;
                    }
                }
                aantalSommen = Math.max(aantalSommen, vanFiguur[s].length);
            }
            List<int[]> sommen = new ArrayList<>(aantalSommen);
            for (int q = 0; q < aantalSommen; q++) {
                int lengte = 0;
                for (int s : m.scholen()) {
                    lengte += q < vanFiguur[s].length ? vanFiguur[s][q].length : 0;
                }
                int[] som = new int[lengte];
                int n = 0;
                for (int s : m.scholen()) {
                    if (q < vanFiguur[s].length) {
                        System.arraycopy(vanFiguur[s][q], 0, som, n, vanFiguur[s][q].length);
                        n += vanFiguur[s][q].length;
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
        Celbron.Histogram enige = enigeHistogram(tellingen);
        if (enige != null) {
            return opVolgorde(enige, procenten);
        }
        int m = 0;
        for (Telling t : tellingen) {
            m += t.dagen().size();
            for (Celbron.Histogram h : t.dagenGeteld()) {
                m += h.waarden().length;
            }
        }
        double[] waarden = new double[m];
        long[] aantallen = new long[m];
        long n = 0;
        int i = 0;
        for (Telling t : tellingen) {
            for (Double d : t.dagen()) {
                waarden[i] = d;
                aantallen[i++] = 1;
                n++;
            }
            for (Celbron.Histogram h : t.dagenGeteld()) {
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

    /** The one histogram of these cells when they hold nothing else (no rows' days, no other histogram), else null. */
    private static Celbron.Histogram enigeHistogram(Collection<Telling> tellingen) {
        Celbron.Histogram enige = null;
        for (Telling t : tellingen) {
            if (!t.dagen().isEmpty() || t.dagenGeteld().size() > 1 || (enige != null && !t.dagenGeteld().isEmpty())) {
                return null;
            }
            if (!t.dagenGeteld().isEmpty()) {
                enige = t.dagenGeteld().get(0);
            }
        }
        return enige;
    }

    /**
     * The nearest-rank percentiles of one histogram, whose values are in ascending order ({@link Celbron.Histogram}):
     * one pass over its counts, nothing copied (issue #25: a school's or a group's kept cell, 6,900 of them in a view
     * of every school). Null without any value.
     */
    private static double[] opVolgorde(Celbron.Histogram h, int... procenten) {
        long n = 0;
        for (long a : h.aantallen()) {
            n += a;
        }
        if (n == 0) {
            return null;
        }
        double[] uit = new double[procenten.length];
        for (int p = 0; p < procenten.length; p++) {
            long rang = rang(procenten[p], n);
            long tot = 0;
            int i = 0;
            while (tot + h.aantallen()[i] < rang) {
                tot += h.aantallen()[i++];
            }
            uit[p] = h.waarden()[i];
        }
        return uit;
    }

    /** The median and p90 of one kept histogram (null: none, no value). */
    private static double[] percentielen(Celbron.Histogram dagen) {
        return dagen == null ? null : opVolgorde(dagen, 50, 90);
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
