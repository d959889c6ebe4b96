package nl.eenplan.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which cells of the monitor to suppress so that no small cell can be computed from the cells that are shown.
 *
 * <p>A cell with fewer than {@value Indicator#KLEINSTE_CEL} pupils is suppressed (primary). That alone is not enough:
 * a gemeente's total minus its other schools gives the small school back. So more cells are suppressed
 * (secondary), as in Statistics Norway's Gaussian-elimination method (GaussSuppression): every figure is a sum of
 * <em>inner cells</em> (one school's count of one kind of case), and a suppressed cell stays hidden as long as no
 * sum or difference of the shown cells equals it, that is, as long as it is not in the linear span of the shown
 * cells. The cells are offered for publication from the most pupils to the fewest; a cell is shown when showing it
 * keeps every primary cell out of the span, otherwise it is suppressed too. So the smallest cells are the ones that
 * go, a cell that adds nothing new (a total that is also a gemeente's) is shown for free, and the outcome depends
 * only on the cells and their order (deterministic). A secondary cell that the cells shown after it give away in
 * full is shown in the end.
 *
 * <p>A cell can have more than one additive quantity (cases, and for a share the cases that met it); a suppressed
 * cell is safe when no combination of its quantities is in the span. The arithmetic is exact: whole numbers,
 * fraction-free elimination, divided by their greatest common divisor after every step; should a number ever
 * overflow, the cell being tried is suppressed (the safe answer).
 */
final class Onderdrukking {

    /**
     * A cell someone could see.
     *
     * @param sleutel    what the caller knows the cell by
     * @param sommen     its additive quantities, each as the numbers of the inner cells it adds up (the monitor's: kind
     *                   × schools + school, {@code MonitorService.teWegen}; absent inner cells are known zeros; a number
     *                   given twice counts once)
     * @param leerlingen its distinct pupils: fewer than {@value Indicator#KLEINSTE_CEL} and it is suppressed (primary)
     * @param aantal     its cases: with as many pupils, the cell with more cases is kept
     */
    record Cel<K>(K sleutel, List<int[]> sommen, long leerlingen, long aantal) {
    }

    /**
     * Numbers names: 0, 1, 2, ... in the order they are first asked for. The monitor numbers the kinds of case of a
     * school's cell with it ({@link Samenhang}; an inner cell is a kind at a school, {@code MonitorService.teWegen}), the
     * tests their inner cells by name. A gemeente's, SWV's or the total cell adds up its schools' numbers (issue #25: no
     * set of thousands of names per aggregate cell). The numbers are not part of the outcome: it depends only on which
     * inner cells each quantity adds up.
     */
    static final class Binnencellen {
        private final Map<String, Integer> nummers = new HashMap<>();

        int nummer(String naam) {
            Integer nummer = nummers.get(naam);
            if (nummer == null) {
                nummer = nummers.size();
                nummers.put(naam, nummer);
            }
            return nummer;
        }

        int[] nummers(Set<String> namen) {
            int[] uit = new int[namen.size()];
            int i = 0;
            for (String naam : namen) {
                uit[i++] = nummer(naam);
            }
            return uit;
        }
    }

    /** How often an overflow made a cell suppressed (the tests assert it never happens: then the outcome is exact). */
    static final AtomicLong OVERLOPEN = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(Onderdrukking.class);
    /** The entries the elimination has combined (a measure of its work, which the test prints; uncontended, cheap). */
    static final LongAdder GECOMBINEERD = new LongAdder();

    private Onderdrukking() {
    }

    /** The keys of the cells to suppress: the primary ones and the secondary ones that protect them. */
    static <K> Set<K> onderdruk(List<Cel<K>> cellen) {
        return oplossen(opstellen(cellen, true));
    }

    /**
     * The cells, their quantities as vectors (over {@code kolommen} inner cells or atom coordinates), the positions of
     * the cells solved together (the linked ones) and the order in which the cells that may be shown are tried.
     */
    record Opgave<K>(List<Cel<K>> cellen, List<List<Vector>> vectoren, int kolommen, Collection<List<Integer>> delen,
                     int[] volgorde) {
    }

    /**
     * The cells as vectors and which of them are linked (the test measures this step and {@link #oplossen} apart);
     * {@code inAtomen}: the vectors in atom coordinates ({@link #inAtomen}: the same outcome, faster).
     */
    static <K> Opgave<K> opstellen(List<Cel<K>> cellen, boolean inAtomen) {
        // Each quantity as a vector of 0s and 1s over the inner cells' numbers.
        List<List<Vector>> vectoren = new ArrayList<>(cellen.size());
        for (Cel<K> cel : cellen) {
            vectoren.add(vectoren(cel));
        }
        int binnencellen = 0;
        for (List<Vector> v : vectoren) {
            for (Vector x : v) {
                binnencellen = x.nul() ? binnencellen : Math.max(binnencellen, x.spil() + 1);
            }
        }

        // Cells that share no inner cell, not even through others (two unlinked figures), are solved apart: faster.
        int[] deel = new int[binnencellen];
        Arrays.setAll(deel, j -> j);
        for (List<Vector> v : vectoren) {
            int eerste = eerste(v);
            for (Vector x : v) {
                for (int j : x.plek()) {
                    deel[wortel(deel, j)] = wortel(deel, eerste);
                }
            }
        }
        Map<Integer, List<Integer>> delen = new TreeMap<>();
        for (int i = 0; i < cellen.size(); i++) {
            int eerste = eerste(vectoren.get(i));
            delen.computeIfAbsent(eerste < 0 ? -1 - i : wortel(deel, eerste), d -> new ArrayList<>()).add(i);
        }
        int[] volgorde = kandidatenvolgorde(cellen);
        return new Opgave<>(cellen, inAtomen ? inAtomen(cellen, vectoren, binnencellen, volgorde) : vectoren,
                binnencellen, delen.values(), volgorde);
    }

    static <K> Set<K> oplossen(Opgave<K> opgave) {
        // Each part's candidates in the order they are tried.
        int[] deelVan = new int[opgave.cellen().size()];
        List<List<Integer>> kandidaten = new ArrayList<>();
        for (List<Integer> indices : opgave.delen()) {
            for (int i : indices) {
                deelVan[i] = kandidaten.size();
            }
            kandidaten.add(new ArrayList<>());
        }
        for (int i : opgave.volgorde()) {
            kandidaten.get(deelVan[i]).add(i);
        }
        // The shown cells' span in echelon form: each vector under its pivot, its highest inner cell (or column). One
        // table for every part: their columns are disjoint (an atom's members share a wide cell, so lie in one part).
        Vector[] getoond = new Vector[opgave.kolommen()];
        Beschermingen beschermingen = new Beschermingen(opgave.kolommen());
        Set<K> onderdrukt = new HashSet<>();
        int d = 0;
        for (List<Integer> indices : opgave.delen()) {
            for (int i : onderdruk(indices, kandidaten.get(d++), opgave.cellen(), opgave.vectoren(), getoond,
                    beschermingen)) {
                onderdrukt.add(opgave.cellen().get(i).sleutel());
            }
        }
        return onderdrukt;
    }

    /** A quantity of more inner cells than this (a grouping's cell) is wide: the atoms are made from the wide ones. */
    private static final int BREED = 8;

    /**
     * The same vectors in other coordinates, in which a gemeente's, an SWV's or the total cell has one entry per
     * <em>atom</em> instead of one per school (issue #25: the elimination then handles about 100 entries for the
     * total instead of thousands). An atom is a set of inner cells that lie in exactly the same wide quantities: when
     * both are wide, the schools of one gemeente in one SWV, for one kind of case. For an atom {c1..ck} the new coordinates are
     * z = x(c1) + ... + x(ck), the atom's sum, and x(c2) .. x(ck) as they were; then x(c1) = z - x(c2) - ... - x(ck).
     * A quantity v becomes v(c1) on z and v(ci) - v(c1) on x(ci): a wide one (1 on every ci) is 1 on z alone, a
     * school's quantity of one inner cell stays that one, except c1's, which becomes z - x(c2) - ... - x(ck).
     *
     * <p>Why the outcome is the same: this change of coordinates is a whole-number matrix with an inverse of whole
     * numbers (determinant ±1), applied to every vector alike. So every sum and difference of cells, every rank and
     * whether a vector is in a span stay what they were, and the suppression asks nothing else (which cells are shown
     * depends only on spans; how the inner cells are numbered is not part of it). Only whether a number overflows
     * could differ; the tests assert that none does. Which quantities count as wide only decides how fast it is.
     *
     * <p>The columns are numbered so that the pivots (highest columns) fall where little is left to eliminate: the
     * own columns of inner cells in primary cells lowest (the primary cells are then rarely touched), then the atoms,
     * then the other own columns; within each, by the last candidate that has the inner cell (the atoms from the
     * latest down). As c1 the member that the last candidate has is taken, so that its long vector comes when the
     * others are shown already.
     */
    private static List<List<Vector>> inAtomen(List<? extends Cel<?>> cellen, List<List<Vector>> vectoren, int n,
                                               int[] volgorde) {
        // The atoms: the classes of inner cells by the wide quantities they lie in (refined per wide quantity).
        int breed = 0;
        for (List<Vector> cel : vectoren) {
            for (Vector v : cel) {
                breed += v.plek.length > BREED ? v.plek.length : 0;
            }
        }
        int[] klasse = new int[n]; // 0: in no wide quantity
        int[] naar = new int[breed + 1];
        int[] ronde = new int[breed + 1];
        Arrays.fill(ronde, -1);
        int klassen = 1;
        int w = 0;
        for (List<Vector> cel : vectoren) {
            for (Vector v : cel) {
                if (v.plek.length > BREED) {
                    for (int c : v.plek) {
                        int k = klasse[c];
                        if (ronde[k] != w) {
                            ronde[k] = w;
                            naar[k] = klassen++;
                        }
                        klasse[c] = naar[k];
                    }
                    w++;
                }
            }
        }

        // The last candidate (in the order they are tried) that has each inner cell; the inner cells of primary cells.
        boolean[] inPrimair = new boolean[n];
        for (int i = 0; i < cellen.size(); i++) {
            if (cellen.get(i).leerlingen() < Indicator.KLEINSTE_CEL) {
                for (Vector v : vectoren.get(i)) {
                    for (int c : v.plek) {
                        inPrimair[c] = true;
                    }
                }
            }
        }
        int[] laatst = new int[n];
        Arrays.fill(laatst, -1);
        for (int positie = 0; positie < volgorde.length; positie++) {
            for (Vector v : vectoren.get(volgorde[positie])) {
                for (int c : v.plek) {
                    laatst[c] = positie;
                }
            }
        }

        // Per atom (class > 0) its members and c1, the member with the latest candidate (the first such on a tie).
        int[] representant = new int[klassen];
        Arrays.fill(representant, -1);
        int[] leden = new int[klassen + 1];
        for (int c = 0; c < n; c++) {
            leden[klasse[c] + 1]++;
            if (klasse[c] > 0 && (representant[klasse[c]] < 0 || laatst[c] > laatst[representant[klasse[c]]])) {
                representant[klasse[c]] = c;
            }
        }
        for (int k = 0; k < klassen; k++) {
            leden[k + 1] += leden[k];
        }
        int[] lid = new int[n];
        int[] vrij = Arrays.copyOf(leden, klassen);
        for (int c = 0; c < n; c++) {
            lid[vrij[klasse[c]]++] = c;
        }

        // The columns: each inner cell has one, c1's is its atom's sum. In three groups, then by last candidate
        // (the key packs the inner cell and the candidate + 1 in 30 bits each).
        if (n >= 1 << 30 || cellen.size() >= (1 << 30) - 1) {
            throw new IllegalStateException("Te veel cellen voor de onderdrukking: " + n + " binnencellen, " + cellen.size());
        }
        long[] sleutel = new long[n];
        for (int c = 0; c < n; c++) {
            long groep = klasse[c] > 0 && representant[klasse[c]] == c ? 1 : inPrimair[c] ? 0 : 2;
            // Atoms by last candidate from the latest down: measured, about a third fewer entries combined than from
            // the earliest up (issue #25: 11.5 to 7.2 million at 7,000 synthetic schools; the outcome is the same).
            long laatste = groep == 1 ? volgorde.length - laatst[c] : laatst[c] + 1;
            sleutel[c] = groep << 60 | laatste << 30 | c;
        }
        Arrays.sort(sleutel);
        int[] kolom = new int[n];
        for (int k = 0; k < n; k++) {
            kolom[(int) (sleutel[k] & ((1L << 30) - 1))] = k;
        }

        // Each vector in the new coordinates: v(ci) on ci's own column, and c1's coefficient on the sum, less on the others.
        long[] som = new long[n];
        boolean[] geraakt = new boolean[n];
        int[] kolommen = new int[n];
        List<List<Vector>> uit = new ArrayList<>(vectoren.size());
        for (List<Vector> cel : vectoren) {
            List<Vector> nieuw = new ArrayList<>(cel.size());
            for (Vector v : cel) {
                if (v.plek.length > BREED) {
                    nieuw.add(opAtomen(v, klasse, representant, kolom));
                    continue;
                }
                int m = 0;
                for (int k = 0; k < v.plek.length; k++) {
                    int c = v.plek[k];
                    m = tel(som, geraakt, kolommen, m, kolom[c], v.waarde[k]);
                    int atoom = klasse[c];
                    if (atoom > 0 && representant[atoom] == c) {
                        for (int l = leden[atoom]; l < leden[atoom + 1]; l++) {
                            if (lid[l] != c) {
                                m = tel(som, geraakt, kolommen, m, kolom[lid[l]], -v.waarde[k]);
                            }
                        }
                    }
                }
                Arrays.sort(kolommen, 0, m);
                int[] plek = new int[m];
                long[] waarde = new long[m];
                int q = 0;
                for (int k = 0; k < m; k++) {
                    int j = kolommen[k];
                    if (som[j] != 0) {
                        plek[q] = j;
                        waarde[q++] = som[j];
                    }
                    som[j] = 0;
                    geraakt[j] = false;
                }
                nieuw.add(new Vector(Arrays.copyOf(plek, q), Arrays.copyOf(waarde, q)));
            }
            uit.add(nieuw);
        }
        return uit;
    }

    /**
     * A wide quantity in the new coordinates: its atoms' sums. Every atom lies in a wide quantity whole or not at all
     * (the atoms are made from the wide quantities), and a wide quantity is 1 on each of its inner cells (as
     * {@link #vectoren(Cel)} makes every quantity), so it is
     * v(c1) = 1 on each of its atoms' sum and v(ci) - v(c1) = 0 on the others' own columns (issue #25: a total of
     * thousands of inner cells then costs no sort of them all).
     */
    private static Vector opAtomen(Vector v, int[] klasse, int[] representant, int[] kolom) {
        int[] plek = new int[v.plek.length];
        int m = 0;
        for (int c : v.plek) {
            if (representant[klasse[c]] == c) {
                plek[m++] = kolom[c];
            }
        }
        plek = Arrays.copyOf(plek, m);
        Arrays.sort(plek);
        return Vector.enen(plek);
    }

    /** Adds w on column j (noting j the first time); answers how many columns are noted. */
    private static int tel(long[] som, boolean[] geraakt, int[] kolommen, int m, int j, long w) {
        som[j] = Math.addExact(som[j], w);
        if (!geraakt[j]) {
            geraakt[j] = true;
            kolommen[m++] = j;
        }
        return m;
    }

    /**
     * The cells that may be shown (not primary), in the order they are tried: most pupils first, then most cases, then
     * the caller's order. Sorted once, on the numbers in arrays (issue #25: 180,000 cells at 7,000 schools).
     */
    private static int[] kandidatenvolgorde(List<? extends Cel<?>> cellen) {
        long[] leerlingen = new long[cellen.size()];
        long[] aantal = new long[cellen.size()];
        List<Integer> kandidaten = new ArrayList<>();
        for (int i = 0; i < cellen.size(); i++) {
            leerlingen[i] = cellen.get(i).leerlingen();
            aantal[i] = cellen.get(i).aantal();
            if (leerlingen[i] >= Indicator.KLEINSTE_CEL) {
                kandidaten.add(i);
            }
        }
        kandidaten.sort((a, b) -> leerlingen[a] != leerlingen[b] ? Long.compare(leerlingen[b], leerlingen[a])
                : aantal[a] != aantal[b] ? Long.compare(aantal[b], aantal[a]) : Integer.compare(a, b));
        return kandidaten.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The positions of the cells to suppress among these linked cells; {@code kandidaten}: those that may be shown, in
     * the order they are tried (most pupils first: those are the cells worth showing); {@code getoond}: the shown
     * cells' span, by pivot, to which the cells shown here are added; {@code beschermingen}: the primary cells by
     * column, to which these cells' primary ones are added.
     */
    private static List<Integer> onderdruk(List<Integer> indices, List<Integer> kandidaten, List<? extends Cel<?>> cellen,
                                           List<List<Vector>> vectoren, Vector[] getoond, Beschermingen beschermingen) {
        List<Integer> onderdrukt = new ArrayList<>();
        for (int i : indices) {
            if (cellen.get(i).leerlingen() < Indicator.KLEINSTE_CEL) {
                onderdrukt.add(i);
                beschermingen.lijst(new Beschermd(vectoren.get(i), rang(vectoren.get(i))));
            }
        }

        List<Integer> secundair = new ArrayList<>();
        for (int i : kandidaten) {
            if (!probeer(vectoren.get(i), getoond, beschermingen)) {
                secundair.add(i);
            }
        }
        // A secondary cell that the cells shown after it give away in full is shown after all: hiding it protects nothing.
        for (int i : secundair) {
            if (!afTeLeiden(vectoren.get(i), getoond)) {
                onderdrukt.add(i);
            }
        }
        return onderdrukt;
    }

    /** Whether all of a cell's quantities are in the span of the shown cells (on overflow: no, so it stays hidden). */
    private static boolean afTeLeiden(List<Vector> sommen, Vector[] getoond) {
        try {
            return sommen.stream().allMatch(v -> reduceer(v, j -> getoond[j]).nul());
        } catch (ArithmeticException overloop) {
            overgelopen();
            return false;
        }
    }

    /** The first inner cell a cell adds up, or -1 (a cell of known zeros). A loop: called twice for every cell. */
    private static int eerste(List<Vector> vectoren) {
        for (Vector v : vectoren) {
            if (!v.nul()) {
                return v.plek()[0];
            }
        }
        return -1;
    }

    /** The representative of an inner cell's part (union-find with path halving). */
    private static int wortel(int[] deel, int j) {
        while (deel[j] != j) {
            deel[j] = deel[deel[j]];
            j = deel[j];
        }
        return j;
    }

    /**
     * A primary cell: what is left of its quantities after reducing them by the shown cells, and their rank
     * before anything was shown. When that rank drops, a combination of its quantities has become computable.
     */
    private static final class Beschermd {
        List<Vector> rest;
        final int rang;
        /** The columns it is listed under, ascending ({@link Beschermingen}). */
        int[] gelijst = new int[0];
        /** The last search that found it ({@link Beschermingen#geraakt}). */
        int gevonden;

        Beschermd(List<Vector> rest, int rang) {
            this.rest = rest;
            this.rang = rang;
        }
    }

    /**
     * The primary cells by the columns their rest has, in an array by column (issue #25: a map of sets by inner cell
     * was a quarter of the time spent trying the cells). A primary cell stays listed under a column its rest lost:
     * eliminating that column then changes nothing.
     */
    private static final class Beschermingen {
        private final List<List<Beschermd>> perKolom;
        private int zoektocht;

        Beschermingen(int kolommen) {
            perKolom = new ArrayList<>(Collections.nCopies(kolommen, null));
        }

        /** Lists a primary cell under every column its rest has that it is not listed under yet. */
        void lijst(Beschermd p) {
            int[] nieuw = p.gelijst;
            for (Vector v : p.rest) {
                for (int j : v.plek()) {
                    int k = Arrays.binarySearch(nieuw, j);
                    if (k < 0) {
                        int[] langer = new int[nieuw.length + 1];
                        System.arraycopy(nieuw, 0, langer, 0, -k - 1);
                        langer[-k - 1] = j;
                        System.arraycopy(nieuw, -k - 1, langer, -k, nieuw.length + k + 1);
                        nieuw = langer;
                        List<Beschermd> lijst = perKolom.get(j);
                        if (lijst == null) {
                            lijst = new ArrayList<>(2);
                            perKolom.set(j, lijst);
                        }
                        lijst.add(p);
                    }
                }
            }
            p.gelijst = nieuw;
        }

        /** The primary cells listed under the pivot of any of these vectors, each once. */
        List<Beschermd> geraakt(List<Vector> vectoren) {
            zoektocht++;
            List<Beschermd> uit = new ArrayList<>();
            for (Vector b : vectoren) {
                List<Beschermd> lijst = perKolom.get(b.spil());
                if (lijst != null) {
                    for (Beschermd p : lijst) {
                        if (p.gevonden != zoektocht) {
                            p.gevonden = zoektocht;
                            uit.add(p);
                        }
                    }
                }
            }
            return uit;
        }
    }

    /**
     * Shows a cell if no primary cell becomes computable (and answers true); otherwise changes nothing. Only the primary
     * cells whose rest has one of the new pivots can change (issue #25: at 2,000 schools most have none of them); they
     * are found by inner cell, and each is taken once.
     */
    private static boolean probeer(List<Vector> sommen, Vector[] getoond, Beschermingen beschermingen) {
        try {
            // What the cell adds to the span: its quantities reduced by what is shown already (and by each other).
            List<Vector> volgorde = new ArrayList<>(sommen.size());
            IntFunction<Vector> perSpil = j -> {
                for (Vector b : volgorde) {
                    if (b.spil() == j) {
                        return b;
                    }
                }
                return getoond[j];
            };
            for (Vector som : sommen) {
                Vector r = reduceer(som, perSpil);
                if (!r.nul()) {
                    volgorde.add(r);
                }
            }
            if (volgorde.isEmpty()) {
                return true; // computable from the shown cells already: showing it tells nothing new
            }
            List<Beschermd> geraakt = beschermingen.geraakt(volgorde);
            List<Beschermd> bijgewerkt = new ArrayList<>();
            List<List<Vector>> resten = new ArrayList<>();
            for (Beschermd p : geraakt) {
                List<Vector> rest = p.rest;
                for (Vector b : volgorde) {
                    rest = elimineer(rest, b);
                }
                if (rest != p.rest) {
                    if (rang(rest) < p.rang) {
                        return false;
                    }
                    bijgewerkt.add(p);
                    resten.add(rest);
                }
            }
            volgorde.forEach(b -> getoond[b.spil()] = b);
            for (int k = 0; k < bijgewerkt.size(); k++) {
                bijgewerkt.get(k).rest = resten.get(k);
                beschermingen.lijst(bijgewerkt.get(k));
            }
            return true;
        } catch (ArithmeticException overloop) {
            overgelopen();
            return false;
        }
    }

    /** An overflow leaves the cell hidden: safe, but perhaps more suppressed than needed, so it is logged and counted. */
    private static void overgelopen() {
        OVERLOPEN.incrementAndGet();
        LOG.warn("Monitor: een getal liep over in de onderdrukking; de cel blijft verborgen (veilig, mogelijk meer dan nodig)");
    }

    /** Eliminates b's pivot from each vector that has it; answers the same list when none has it. */
    private static List<Vector> elimineer(List<Vector> vectoren, Vector b) {
        List<Vector> uit = vectoren;
        for (int k = 0; k < vectoren.size(); k++) {
            Vector v = vectoren.get(k);
            long c = v.op(b.spil());
            if (c != 0) {
                if (uit == vectoren) {
                    uit = new ArrayList<>(vectoren);
                }
                uit.set(k, v.combineer(b.op(b.spil()), b, -c));
            }
        }
        return uit;
    }

    /**
     * Reduces v by the echelon vectors (found by their pivot): from its highest inner cell down, each inner cell that
     * is a pivot is eliminated. Elimination at j only changes cells below j, so one pass from the top suffices.
     */
    private static Vector reduceer(Vector v, IntFunction<Vector> perSpil) {
        int k = v.plek.length - 1;
        // Eliminating a pivot whose vector is that one inner cell alone (coefficient 1 or -1 once divided by the
        // greatest common divisor: a shown school's cell, mostly) only drops it and multiplies the rest by that
        // coefficient; the division by the greatest common divisor once at the end gives what it gives after each
        // step. So such pivots are only marked and dropped together (issue #25: one pass instead of one per pivot).
        boolean[] weg = null;
        long teken = 1;
        while (k >= 0) {
            int j = v.plek[k];
            Vector b = perSpil.apply(j);
            if (b != null && b.plek.length == 1 && Math.abs(b.waarde[0]) == 1) {
                if (weg == null) {
                    weg = new boolean[v.plek.length];
                }
                weg[k] = true;
                teken *= b.waarde[0];
                k--;
            } else if (b != null) {
                if (weg != null) {
                    v = v.zonder(weg, teken);
                    weg = null;
                    teken = 1;
                }
                v = v.combineer(b.op(j), b, -v.waarde[k]); // the cells dropped were above k: k is still j
                k = hoogsteOnder(v, j);
            } else {
                k--;
            }
        }
        return weg == null ? v : v.zonder(weg, teken);
    }

    /** The position in v of its highest inner cell below j, or -1. */
    private static int hoogsteOnder(Vector v, int j) {
        int k = Arrays.binarySearch(v.plek, j);
        return (k >= 0 ? k : -k - 1) - 1;
    }

    /** The rank of a few vectors. */
    private static int rang(List<Vector> vectoren) {
        if (vectoren.size() == 1) {
            return vectoren.get(0).nul() ? 0 : 1; // most cells have one quantity
        }
        Map<Integer, Vector> echelon = new HashMap<>();
        for (Vector v : vectoren) {
            Vector r = reduceer(v, echelon::get);
            if (!r.nul()) {
                echelon.put(r.spil(), r);
            }
        }
        return echelon.size();
    }

    private static List<Vector> vectoren(Cel<?> cel) {
        List<Vector> uit = new ArrayList<>();
        for (int[] som : cel.sommen()) {
            int[] plek = som.clone();
            Arrays.sort(plek);
            int n = 0;
            for (int j : plek) {
                if (n == 0 || plek[n - 1] != j) {
                    plek[n++] = j;
                }
            }
            uit.add(Vector.enen(n == plek.length ? plek : Arrays.copyOf(plek, n)));
        }
        return uit;
    }

    /** A sparse vector of whole numbers: the inner cells (ascending) and their coefficients (none zero). */
    record Vector(int[] plek, long[] waarde) {

        /** 1 on each of these inner cells (ascending, each once): a quantity as it is given. */
        static Vector enen(int[] plek) {
            long[] een = new long[plek.length];
            Arrays.fill(een, 1);
            return new Vector(plek, een);
        }

        boolean nul() {
            return plek.length == 0;
        }

        /** The pivot: the highest inner cell. */
        int spil() {
            return plek[plek.length - 1];
        }

        long op(int j) {
            int k = Arrays.binarySearch(plek, j);
            return k < 0 ? 0 : waarde[k];
        }

        /** a·this + c·b, divided by the greatest common divisor of its coefficients; throws on overflow. */
        Vector combineer(long a, Vector b, long c) {
            GECOMBINEERD.add(plek.length + b.plek.length);
            int[] p = new int[plek.length + b.plek.length];
            long[] w = new long[p.length];
            int n = 0;
            int i = 0;
            int k = 0;
            while (i < plek.length || k < b.plek.length) {
                int j = k >= b.plek.length || (i < plek.length && plek[i] < b.plek[k]) ? plek[i]
                        : i >= plek.length || b.plek[k] < plek[i] ? b.plek[k] : plek[i];
                long x = i < plek.length && plek[i] == j ? Math.multiplyExact(a, waarde[i++]) : 0;
                long y = k < b.plek.length && b.plek[k] == j ? Math.multiplyExact(c, b.waarde[k++]) : 0;
                long som = Math.addExact(x, y);
                if (som != 0) {
                    p[n] = j;
                    w[n++] = som;
                }
            }
            deel(w, n);
            return new Vector(Arrays.copyOf(p, n), Arrays.copyOf(w, n));
        }

        /**
         * Divides the first n coefficients by their greatest common divisor. Mostly some coefficient is 1 or -1: then
         * the divisor is 1 once that one is met, and nothing is divided (issue #25: no remainder per coefficient).
         * Every coefficient's absolute value is still taken, so a coefficient without one overflows as it always did.
         */
        private static void deel(long[] w, int n) {
            long deler = 0;
            for (int m = 0; m < n; m++) {
                long absoluut = Math.absExact(w[m]);
                deler = deler == 1 ? 1 : ggd(deler, absoluut);
            }
            if (deler > 1) {
                for (int m = 0; m < n; m++) {
                    w[m] /= deler;
                }
            }
        }

        /**
         * This vector without the marked inner cells, times {@code teken} (1 or -1), divided by the greatest common
         * divisor of its coefficients: what eliminating each marked cell by a vector of that cell alone gives.
         */
        Vector zonder(boolean[] weg, long teken) {
            int[] p = new int[plek.length];
            long[] w = new long[p.length];
            int n = 0;
            for (int m = 0; m < plek.length; m++) {
                if (!weg[m]) {
                    p[n] = plek[m];
                    w[n++] = Math.multiplyExact(teken, waarde[m]);
                }
            }
            deel(w, n);
            return new Vector(Arrays.copyOf(p, n), Arrays.copyOf(w, n));
        }

        private static long ggd(long a, long b) {
            return b == 0 ? a : ggd(b, a % b);
        }
    }
}
