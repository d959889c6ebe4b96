package nl.eenplan.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durations' day histograms kept per gemeente, SWV and in total ({@code monitor_groepcel}, V82): the sum of the
 * histograms of the school cells counted under each group. {@link Monitorcellen} hands over what a school's recompute
 * takes out of its groups and puts in; the changes of a transaction are written just before it commits, under one lock
 * ({@code monitor_status} 'groepcellen'), so two nodes never lose each other's change, and that lock is the last a
 * transaction takes (a retention that removes several dossiers takes school locks after its first recompute).
 */
final class Groepcellen {

    private static final Logger LOG = LoggerFactory.getLogger(Groepcellen.class);
    /** The groupings whose histograms are kept: a school's own are its cells. */
    static final List<Indeling> GEHOUDEN = List.of(Indeling.GEMEENTE, Indeling.SWV, Indeling.TOTAAL);

    private Groepcellen() {
    }

    /** A group cell: a duration's period, grouping, onderdeel ('' when not split) and group. */
    record Sleutel(String periode, Indeling indeling, String indicator, String onderdeel, String groep) {

        static final Comparator<Sleutel> VOLGORDE = Comparator.comparing(Sleutel::periode)
                .thenComparing(Sleutel::indeling).thenComparing(Sleutel::indicator).thenComparing(Sleutel::onderdeel)
                .thenComparing(Sleutel::groep);

        /** The group cells a school cell counts in: one per kept grouping. */
        static List<Sleutel> van(String periode, String indicator, String onderdeel, Celbron.School school) {
            List<Sleutel> uit = new ArrayList<>(GEHOUDEN.size());
            for (Indeling indeling : GEHOUDEN) {
                uit.add(new Sleutel(periode, indeling, indicator, onderdeel == null ? "" : onderdeel,
                        school.groep(indeling)));
            }
            return uit;
        }
    }

    /**
     * A school cell's histogram added to ({@code teken} 1) or taken out of (-1) its group cells, in the current
     * transaction; written before it commits (without a transaction: at once).
     */
    static void wijzig(NamedParameterJdbcTemplate jdbc, List<Sleutel> sleutels, Celbron.Histogram dagen, int teken) {
        Wijziging wijziging = TransactionSynchronizationManager.isSynchronizationActive()
                ? Monitorwachtrij.vanDezeTransactie(Wijziging.class, () -> new Wijziging(jdbc)) : new Wijziging(jdbc);
        for (Sleutel sleutel : sleutels) {
            telOp(wijziging.verschillen.computeIfAbsent(sleutel, k -> new TreeMap<>()), dagen, teken);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wijziging.schrijf();
        }
    }

    /** Each value of a histogram added {@code teken} times (1, or -1 to take it out) to the counts per value. */
    private static void telOp(TreeMap<Double, Long> perWaarde, Celbron.Histogram dagen, int teken) {
        for (int i = 0; i < dagen.waarden().length; i++) {
            perWaarde.merge(dagen.waarden()[i], teken * dagen.aantallen()[i], Long::sum);
        }
    }

    /** What one transaction changes in the group cells: per group cell, per value the count added (or taken out). */
    private static final class Wijziging implements TransactionSynchronization {

        private final NamedParameterJdbcTemplate jdbc;
        final Map<Sleutel, TreeMap<Double, Long>> verschillen = new HashMap<>();

        Wijziging(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            schrijf();
        }

        /** The changed group cells read, added up and written back, under the group cells' lock. */
        void schrijf() {
            verschillen.values().removeIf(v -> {
                v.values().removeIf(n -> n == 0);
                return v.isEmpty();
            });
            if (verschillen.isEmpty()) {
                return;
            }
            jdbc.queryForList("select waarde from monitor_status where naam = 'groepcellen' for update",
                    new MapSqlParameterSource(), Long.class);
            Set<String> periodes = new HashSet<>();
            Set<String> groepen = new HashSet<>();
            verschillen.keySet().forEach(s -> {
                periodes.add(s.periode());
                groepen.add(s.groep());
            });
            Map<Sleutel, TreeMap<Double, Long>> nu = new HashMap<>();
            jdbc.query("select periode, indeling, indicator, onderdeel, groep, dagen from monitor_groepcel"
                    + " where periode in (:periodes) and groep in (:groepen)",
                    new MapSqlParameterSource("periodes", periodes).addValue("groepen", groepen), rs -> {
                        Sleutel s = new Sleutel(rs.getString(1), Indeling.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5));
                        if (verschillen.containsKey(s)) {
                            TreeMap<Double, Long> dagen = new TreeMap<>();
                            telOp(dagen, Monitorcellen.lees(rs.getBytes(6)), 1);
                            nu.put(s, dagen);
                        }
                    });
            List<SqlParameterSource> weg = new ArrayList<>();
            List<SqlParameterSource> erin = new ArrayList<>();
            verschillen.keySet().stream().sorted(Sleutel.VOLGORDE).forEach(s -> {
                MapSqlParameterSource p = new MapSqlParameterSource("periode", s.periode())
                        .addValue("indeling", s.indeling().name()).addValue("indicator", s.indicator())
                        .addValue("onderdeel", s.onderdeel()).addValue("groep", s.groep());
                TreeMap<Double, Long> dagen = nu.get(s);
                if (dagen != null) {
                    weg.add(p);
                } else {
                    dagen = new TreeMap<>();
                }
                TreeMap<Double, Long> opgeteld = dagen;
                verschillen.get(s).forEach((waarde, n) -> opgeteld.merge(waarde, n, Long::sum));
                if (dagen.values().removeIf(n -> n < 0)) {
                    // Never when every recompute goes through here; the monitor checks each group's count when it
                    // reads and then computes the group from its schools, so a wrong count is not shown.
                    LOG.warn("Monitor: groepcel {} zou negatief worden; de monitor rekent deze groep uit de scholen", s);
                }
                dagen.values().removeIf(n -> n == 0);
                if (!dagen.isEmpty()) {
                    erin.add(p.addValue("dagen", Monitorcellen.schrijf(dagen)));
                }
            });
            if (!weg.isEmpty()) {
                jdbc.batchUpdate("delete from monitor_groepcel where periode = :periode and indeling = :indeling"
                        + " and indicator = :indicator and onderdeel = :onderdeel and groep = :groep",
                        weg.toArray(SqlParameterSource[]::new));
            }
            if (!erin.isEmpty()) {
                jdbc.batchUpdate("insert into monitor_groepcel (periode, indeling, indicator, onderdeel, groep, dagen)"
                        + " values (:periode, :indeling, :indicator, :onderdeel, :groep, :dagen)",
                        erin.toArray(SqlParameterSource[]::new));
            }
            verschillen.clear();
        }
    }
}
