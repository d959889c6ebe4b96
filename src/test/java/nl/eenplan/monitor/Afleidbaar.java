package nl.eenplan.monitor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attacker's arithmetic, written apart from {@link Onderdrukking} so that the tests do not trust its code:
 * whether some sum or difference of shown cells gives a hidden cell (a combination of its quantities), by the rank
 * of exact whole-number vectors. Every quantity is a sum of inner cells.
 */
final class Afleidbaar {

    private Afleidbaar() {
    }

    /**
     * Whether a combination of the hidden cell's quantities is a combination of the shown quantities:
     * rank(shown + hidden) is less than rank(shown) + rank(hidden).
     */
    static boolean uit(Collection<Set<String>> getoond, Collection<Set<String>> verborgen) {
        Set<String> namen = new TreeSet<>();
        getoond.forEach(namen::addAll);
        verborgen.forEach(namen::addAll);
        List<String> index = new ArrayList<>(namen);
        List<Set<String>> samen = new ArrayList<>(getoond);
        samen.addAll(verborgen);
        return rang(samen, index) < rang(getoond, index) + rang(verborgen, index);
    }

    /** The rank of 0/1 vectors, by fraction-free Gaussian elimination on BigIntegers. */
    static int rang(Collection<Set<String>> sommen, List<String> index) {
        Map<Integer, BigInteger[]> perSpil = new TreeMap<>();
        for (Set<String> som : sommen) {
            BigInteger[] rij = new BigInteger[index.size()];
            for (int j = 0; j < rij.length; j++) {
                rij[j] = som.contains(index.get(j)) ? BigInteger.ONE : BigInteger.ZERO;
            }
            for (Map.Entry<Integer, BigInteger[]> e : perSpil.entrySet()) {
                int j = e.getKey();
                if (rij[j].signum() != 0) {
                    BigInteger[] spil = e.getValue();
                    BigInteger a = spil[j];
                    BigInteger c = rij[j];
                    for (int k = 0; k < rij.length; k++) {
                        rij[k] = rij[k].multiply(a).subtract(spil[k].multiply(c));
                    }
                    deel(rij);
                }
            }
            for (int j = 0; j < rij.length; j++) {
                if (rij[j].signum() != 0) {
                    // Keep the pivot rows reduced at every earlier pivot, so one pass in pivot order suffices.
                    for (BigInteger[] ander : perSpil.values()) {
                        if (ander[j].signum() != 0) {
                            BigInteger a = rij[j];
                            BigInteger c = ander[j];
                            for (int k = 0; k < rij.length; k++) {
                                ander[k] = ander[k].multiply(a).subtract(rij[k].multiply(c));
                            }
                            deel(ander);
                        }
                    }
                    perSpil.put(j, rij);
                    break;
                }
            }
        }
        return perSpil.size();
    }

    /** Divides a row by the greatest common divisor of its numbers, so they stay small. */
    private static void deel(BigInteger[] rij) {
        BigInteger ggd = BigInteger.ZERO;
        for (BigInteger x : rij) {
            ggd = ggd.gcd(x);
        }
        if (ggd.signum() != 0) {
            for (int k = 0; k < rij.length; k++) {
                rij[k] = rij[k].divide(ggd);
            }
        }
    }
}
