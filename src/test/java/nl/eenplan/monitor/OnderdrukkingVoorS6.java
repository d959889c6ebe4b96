package nl.eenplan.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The suppression as it was before issue #25 (S6) made its candidate search narrower, kept unchanged as the oracle:
 * {@link OnderdrukkingSchaalTest} shows that {@link Onderdrukking} suppresses exactly the same cells on random regions.
 * Its own description follows.
 *
 * <p> * Which cells of the monitor to suppress so that no small cell can be computed from the cells that are shown.
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
final class OnderdrukkingVoorS6 {

    /**
     * A cell someone could see.
     *
     * @param sleutel    what the caller knows the cell by
     * @param sommen     its additive quantities, each as the inner cells it adds up (absent inner cells are known zeros)
     * @param leerlingen its distinct pupils: fewer than {@value Indicator#KLEINSTE_CEL} and it is suppressed (primary)
     * @param aantal     its cases: with as many pupils, the cell with more cases is kept
     */
    record Cel<K>(K sleutel, List<Set<String>> sommen, long leerlingen, long aantal) {
    }

    /** How often an overflow made a cell suppressed (added for issue #25: the comparisons assert it never happens). */
    static final AtomicLong OVERLOPEN = new AtomicLong();

    private OnderdrukkingVoorS6() {
    }

    /** The keys of the cells to suppress: the primary ones and the secondary ones that protect them. */
    static <K> Set<K> onderdruk(List<Cel<K>> cellen) {
        // Number the inner cells (in a fixed order) and make each quantity a vector of 0s and 1s over them.
        List<String> namen = new ArrayList<>(new TreeSet<>(cellen.stream().flatMap(c -> c.sommen().stream())
                .flatMap(Set::stream).toList()));
        Map<String, Integer> nummer = new HashMap<>();
        namen.forEach(n -> nummer.put(n, nummer.size()));
        List<List<Vector>> vectoren = cellen.stream().map(c -> vectoren(c, nummer)).toList();

        // Cells that share no inner cell, not even through others (two unlinked figures), are solved apart: faster.
        int[] deel = new int[namen.size()];
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

        Set<K> onderdrukt = new HashSet<>();
        for (List<Integer> indices : delen.values()) {
            for (int i : onderdruk(indices, cellen, vectoren)) {
                onderdrukt.add(cellen.get(i).sleutel());
            }
        }
        return onderdrukt;
    }

    /** The positions of the cells to suppress among these linked cells. */
    private static List<Integer> onderdruk(List<Integer> indices, List<? extends Cel<?>> cellen, List<List<Vector>> vectoren) {
        List<Integer> onderdrukt = new ArrayList<>();
        List<Beschermd> beschermd = new ArrayList<>();
        List<Integer> kandidaten = new ArrayList<>();
        for (int i : indices) {
            if (cellen.get(i).leerlingen() < Indicator.KLEINSTE_CEL) {
                onderdrukt.add(i);
                beschermd.add(new Beschermd(vectoren.get(i), rang(vectoren.get(i))));
            } else {
                kandidaten.add(i);
            }
        }
        // Most pupils first (then most cases, then the caller's order): those are the cells worth showing.
        kandidaten.sort(Comparator.<Integer>comparingLong(i -> -cellen.get(i).leerlingen())
                .thenComparingLong(i -> -cellen.get(i).aantal()).thenComparingInt(i -> i));

        // The shown cells' span in echelon form: each vector under its pivot, its highest inner cell.
        Map<Integer, Vector> getoond = new HashMap<>();
        List<Integer> secundair = new ArrayList<>();
        for (int i : kandidaten) {
            if (!probeer(vectoren.get(i), getoond, beschermd)) {
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
    private static boolean afTeLeiden(List<Vector> sommen, Map<Integer, Vector> getoond) {
        try {
            return sommen.stream().allMatch(v -> reduceer(v, getoond::get).nul());
        } catch (ArithmeticException overloop) {
            OVERLOPEN.incrementAndGet();
            return false;
        }
    }

    /** The first inner cell a cell adds up, or -1 (a cell of known zeros). */
    private static int eerste(List<Vector> vectoren) {
        return vectoren.stream().filter(v -> !v.nul()).mapToInt(v -> v.plek()[0]).findFirst().orElse(-1);
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

        Beschermd(List<Vector> rest, int rang) {
            this.rest = rest;
            this.rang = rang;
        }
    }

    /** Shows a cell if no primary cell becomes computable (and answers true); otherwise changes nothing. */
    private static boolean probeer(List<Vector> sommen, Map<Integer, Vector> getoond, List<Beschermd> beschermd) {
        try {
            // What the cell adds to the span: its quantities reduced by what is shown already.
            Map<Integer, Vector> nieuw = new HashMap<>();
            List<Vector> volgorde = new ArrayList<>();
            for (Vector som : sommen) {
                Vector r = reduceer(som, j -> nieuw.containsKey(j) ? nieuw.get(j) : getoond.get(j));
                if (!r.nul()) {
                    nieuw.put(r.spil(), r);
                    volgorde.add(r);
                }
            }
            if (volgorde.isEmpty()) {
                return true; // computable from the shown cells already: showing it tells nothing new
            }
            Map<Beschermd, List<Vector>> bijgewerkt = new HashMap<>();
            for (Beschermd p : beschermd) {
                List<Vector> rest = p.rest;
                for (Vector b : volgorde) {
                    rest = elimineer(rest, b);
                }
                if (rest != p.rest) {
                    if (rang(rest) < p.rang) {
                        return false;
                    }
                    bijgewerkt.put(p, rest);
                }
            }
            getoond.putAll(nieuw);
            bijgewerkt.forEach((p, rest) -> p.rest = rest);
            return true;
        } catch (ArithmeticException overloop) {
            OVERLOPEN.incrementAndGet();
            return false;
        }
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
        while (k >= 0) {
            int j = v.plek[k];
            Vector b = perSpil.apply(j);
            if (b != null) {
                v = v.combineer(b.op(j), b, -v.waarde[k]);
                k = hoogsteOnder(v, j);
            } else {
                k--;
            }
        }
        return v;
    }

    /** The position in v of its highest inner cell below j, or -1. */
    private static int hoogsteOnder(Vector v, int j) {
        int k = Arrays.binarySearch(v.plek, j);
        return (k >= 0 ? k : -k - 1) - 1;
    }

    /** The rank of a few vectors. */
    private static int rang(List<Vector> vectoren) {
        Map<Integer, Vector> echelon = new HashMap<>();
        for (Vector v : vectoren) {
            Vector r = reduceer(v, echelon::get);
            if (!r.nul()) {
                echelon.put(r.spil(), r);
            }
        }
        return echelon.size();
    }

    private static List<Vector> vectoren(Cel<?> cel, Map<String, Integer> nummer) {
        List<Vector> uit = new ArrayList<>();
        for (Set<String> som : cel.sommen()) {
            int[] plek = som.stream().mapToInt(nummer::get).sorted().toArray();
            long[] een = new long[plek.length];
            Arrays.fill(een, 1);
            uit.add(new Vector(plek, een));
        }
        return uit;
    }

    /** A sparse vector of whole numbers: the inner cells (ascending) and their coefficients (none zero). */
    private record Vector(int[] plek, long[] waarde) {

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
            long deler = 0;
            for (int m = 0; m < n; m++) {
                deler = ggd(deler, Math.absExact(w[m]));
            }
            for (int m = 0; m < n; m++) {
                w[m] /= deler;
            }
            return new Vector(Arrays.copyOf(p, n), Arrays.copyOf(w, n));
        }

        private static long ggd(long a, long b) {
            return b == 0 ? a : ggd(b, a % b);
        }
    }
}
