package nl.eenplan.monitor;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.eenplan.database.Databasesoort;
import nl.eenplan.monitor.Celbron.Soort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The monitor's per-school cells ({@code monitor_cel}), kept from the facts ({@code monitor_feit}): per school, period
 * (every calendar month and school year of {@link Periode}), indicator and onderdeel what the school's decided facts
 * add up to, as {@link Feitenbron} would add them when read: the cases, the distinct dossiers among them (a dossier has
 * one school, so the sum over schools stays exact), a share's yes-count, a mean's score sum and a duration's values
 * with their multiplicity (the percentiles over a group stay exact). A share's case not decided yet counts only from
 * its {@code nee_vanaf} on, so it is kept apart: as steps in time in the school's row of the period
 * ({@link OpenAandelen}), which a request adds up to its moment.
 *
 * <p>Who changes a school's facts marks the school's months in {@code monitor_cel_wachtrij} ({@link #markeer}); the
 * worker recomputes a marked school's cells from its facts under the school's row lock, taken in order of id
 * ({@link #herberekenOnderSlot}), so two nodes never interleave one school's delete and insert, and a recompute reads
 * every fact committed before it took the lock. With a school's cells of a period it writes their counts as one row
 * ({@link Schoolperioden}), which the view of every school reads.
 */
@Component
class Monitorcellen {

    private final NamedParameterJdbcTemplate jdbc;
    private final Databasesoort database;

    Monitorcellen(NamedParameterJdbcTemplate jdbc, Databasesoort database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** The months (as their first day) per school of these dossiers' facts as they are now. */
    Map<Long, Set<LocalDate>> maandenVan(Collection<Long> dossierIds) {
        Map<Long, Set<LocalDate>> uit = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return uit;
        }
        jdbc.query("select distinct school_id, peildag from monitor_feit where dossier_id in (:ids)",
                new MapSqlParameterSource("ids", dossierIds), rs -> {
                    uit.computeIfAbsent(rs.getLong(1), s -> new HashSet<>()).add(rs.getDate(2).toLocalDate().withDayOfMonth(1));
                });
        return uit;
    }

    /** These schools' months must be recomputed (by the worker, after this transaction commits). */
    void markeer(Map<Long, Set<LocalDate>> maandenPerSchool) {
        List<SqlParameterSource> rijen = new ArrayList<>();
        new TreeMap<>(maandenPerSchool).forEach((school, maanden) -> maanden.forEach(maand -> rijen.add(
                new MapSqlParameterSource("school", school).addValue("maand", Date.valueOf(maand)))));
        if (!rijen.isEmpty()) {
            jdbc.batchUpdate("insert into monitor_cel_wachtrij (school_id, maand) values (:school, :maand)",
                    rijen.toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * Recomputes the cells of these schools' months and of the school years they lie in (a null month: every period of
     * the school), each school under its row lock, taken in order of id. In the caller's transaction.
     */
    void herberekenOnderSlot(Map<Long, Set<LocalDate>> maandenPerSchool) {
        if (maandenPerSchool.isEmpty()) {
            return;
        }
        List<Long> scholen = maandenPerSchool.keySet().stream().sorted().toList();
        Map<Long, Celbron.School> groepen = new HashMap<>();
        jdbc.query("select id, brin, gemeente, samenwerkingsverband from school where id in (:ids) order by id "
                + (opPostgres() ? "for no key update" : "for update"), new MapSqlParameterSource("ids", scholen),
                rs -> {
                    groepen.put(rs.getLong(1), new Celbron.School(rs.getString(2),
                            Feitenbron.leegAlsNull(rs.getString(3)), Feitenbron.leegAlsNull(rs.getString(4))));
                });
        for (Long school : scholen) {
            if (groepen.containsKey(school)) {
                herbereken(school, groepen.get(school), maandenPerSchool.get(school));
            }
        }
    }

    /**
     * One school's cells of the periods of these months (containing null: all its periods) from its facts; the
     * durations' histograms taken out of the group cells the old cells counted in, and the new ones added to the
     * school's groups now ({@link Groepcellen}).
     */
    private void herbereken(long school, Celbron.School groepen, Set<LocalDate> maanden) {
        boolean alles = maanden.stream().anyMatch(java.util.Objects::isNull);
        Set<String> codes = new HashSet<>();
        LocalDate van = null;
        LocalDate tot = null;
        if (!alles) {
            for (LocalDate maand : maanden) {
                Periode jaar = Periode.schooljaarVan(maand);
                codes.add(Periode.maand(YearMonth.from(maand)).code());
                codes.add(jaar.code());
                van = van == null || jaar.van().isBefore(van) ? jaar.van() : van;
                tot = tot == null || jaar.tot().isAfter(tot) ? jaar.tot() : tot;
            }
        }
        MapSqlParameterSource p = new MapSqlParameterSource("school", school).addValue("van", van).addValue("tot", tot)
                .addValue("codes", codes);
        Map<List<String>, Optelling> cellen = new LinkedHashMap<>();
        // A share's cases not decided yet, per cell: what they add from their nee_vanaf on (OpenAandelen).
        Map<List<String>, OpenAandelen.Opbouw> open = new LinkedHashMap<>();
        jdbc.query("select indicator, onderdeel, dossier_id, dagen, ja, cijfer, peildag, nee_vanaf from monitor_feit"
                + " where school_id = :school" + (alles ? "" : " and peildag >= :van and peildag <= :tot"), p, rs -> {
                    Soort soort = Feitenbron.INDICATOREN.get(rs.getString(1));
                    if (soort == null) {
                        return; // an indicator this version does not know
                    }
                    int ja = rs.getInt(5);
                    boolean nogOpen = soort == Soort.AANDEEL && rs.wasNull();
                    Timestamp neeVanaf = nogOpen ? rs.getTimestamp(8) : null;
                    if (nogOpen && neeVanaf == null) {
                        return; // not decided, and never "no" by time: counts nowhere
                    }
                    LocalDate peildag = rs.getDate(7).toLocalDate();
                    for (String code : List.of(Periode.maand(YearMonth.from(peildag)).code(), Periode.schooljaarVan(peildag).code())) {
                        if (!alles && !codes.contains(code)) {
                            continue;
                        }
                        List<String> sleutel = Arrays.asList(code, rs.getString(1), rs.getString(2));
                        if (nogOpen) {
                            open.computeIfAbsent(sleutel, k -> new OpenAandelen.Opbouw()).zaak(rs.getLong(3),
                                    neeVanaf.toInstant());
                            continue;
                        }
                        Optelling o = cellen.computeIfAbsent(sleutel, k -> new Optelling());
                        o.dossiers.add(rs.getLong(3));
                        o.aantal++;
                        switch (soort) {
                            case DUUR -> o.dagen.merge(rs.getDouble(4), 1L, Long::sum);
                            case AANDEEL -> o.ja += ja;
                            case GEMIDDELDE -> o.som += rs.getInt(6);
                        }
                    }
                });
        String perioden = alles ? "" : " and periode in (:codes)";
        jdbc.query("select periode, indicator, onderdeel, gemeente, samenwerkingsverband, dagen from monitor_cel"
                + " where school_id = :school and gemeente is not null and dagen is not null" + perioden, p, rs -> {
                    Celbron.School toen = new Celbron.School(groepen.brin(), rs.getString(4), rs.getString(5));
                    Groepcellen.wijzig(jdbc, Groepcellen.Sleutel.van(rs.getString(1), rs.getString(2),
                            rs.getString(3), toen), lees(rs.getBytes(6)), -1);
                });
        jdbc.update("delete from monitor_cel where school_id = :school" + perioden, p);
        jdbc.update("delete from monitor_schoolperiode where school_id = :school" + perioden, p);
        List<SqlParameterSource> rijen = new ArrayList<>();
        Map<String, List<Schoolperioden.Schoolcel>> perPeriode = new TreeMap<>();
        cellen.forEach((sleutel, o) -> {
            perPeriode.computeIfAbsent(sleutel.get(0), k -> new ArrayList<>()).add(new Schoolperioden.Schoolcel(
                    sleutel.get(1), sleutel.get(2), o.aantal, o.dossiers.size(), o.ja, o.som));
            byte[] dagen = o.dagen.isEmpty() ? null : schrijf(o.dagen);
            rijen.add(new MapSqlParameterSource("school", school).addValue("periode", sleutel.get(0))
                    .addValue("indicator", sleutel.get(1)).addValue("onderdeel", sleutel.get(2)).addValue("aantal", o.aantal)
                    .addValue("leerlingen", (long) o.dossiers.size()).addValue("ja", o.ja).addValue("som", o.som)
                    .addValue("dagen", dagen).addValue("gemeente", groepen.gemeente())
                    .addValue("swv", groepen.swv()));
            if (dagen != null) {
                Groepcellen.wijzig(jdbc, Groepcellen.Sleutel.van(sleutel.get(0), sleutel.get(1), sleutel.get(2), groepen),
                        lees(dagen), 1);
            }
        });
        if (!rijen.isEmpty()) {
            jdbc.batchUpdate("insert into monitor_cel (school_id, periode, indicator, onderdeel, aantal, leerlingen, ja, som,"
                    + " dagen, gemeente, samenwerkingsverband)"
                    + " values (:school, :periode, :indicator, :onderdeel, :aantal, :leerlingen, :ja, :som, :dagen,"
                    + " :gemeente, :swv)", rijen.toArray(SqlParameterSource[]::new));
        }
        // The open cases' steps per period, their pupils with a decided case in the cell counted there already; a
        // period with open cases only gets a row too (without cells), so a request finds every open case in the rows.
        Map<String, List<OpenAandelen.Cel>> openPerPeriode = new HashMap<>();
        open.forEach((sleutel, opbouw) -> {
            Optelling beslist = cellen.get(sleutel);
            openPerPeriode.computeIfAbsent(sleutel.get(0), k -> new ArrayList<>()).add(new OpenAandelen.Cel(
                    sleutel.get(1), sleutel.get(2), opbouw.stappen(beslist == null ? Set.of() : beslist.dossiers)));
            perPeriode.computeIfAbsent(sleutel.get(0), k -> new ArrayList<>());
        });
        // The same cells' counts per period in one row each, under the same groups (Schoolperioden).
        if (!perPeriode.isEmpty()) {
            jdbc.batchUpdate(Schoolperioden.SCHRIJF, perPeriode.entrySet().stream().map(e -> new MapSqlParameterSource(
                    "school", school).addValue("periode", e.getKey()).addValue("gemeente", groepen.gemeente())
                    .addValue("swv", groepen.swv()).addValue("cellen", Schoolperioden.schrijf(e.getValue()))
                    .addValue("open", OpenAandelen.schrijf(openPerPeriode.getOrDefault(e.getKey(), List.of()))))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** What one cell's facts add up to while it is computed. */
    private static final class Optelling {
        final Set<Long> dossiers = new HashSet<>();
        final TreeMap<Double, Long> dagen = new TreeMap<>();
        long aantal;
        long ja;
        long som;
    }

    /** A histogram as bytes: the number of distinct values, then each value (a double, exact) and how often it occurs. */
    static byte[] schrijf(TreeMap<Double, Long> dagen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + dagen.size() * 16);
        try (DataOutputStream uit = new DataOutputStream(bytes)) {
            uit.writeInt(dagen.size());
            for (Map.Entry<Double, Long> e : dagen.entrySet()) {
                uit.writeDouble(e.getKey());
                uit.writeLong(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The values and their counts of {@link #schrijf}, in ascending order. */
    static Celbron.Histogram lees(byte[] bytes) {
        // The byte order of DataOutputStream (big-endian, ByteBuffer's default); no stream and buffers per cell.
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int n = in.getInt();
        double[] waarden = new double[n];
        long[] aantallen = new long[n];
        for (int i = 0; i < n; i++) {
            waarden[i] = in.getDouble();
            aantallen[i] = in.getLong();
        }
        return new Celbron.Histogram(waarden, aantallen);
    }

    /**
     * PostgreSQL has {@code skip locked} and {@code for no key update} (a row lock that does not hold up inserts
     * referring to the row); H2 has neither.
     */
    boolean opPostgres() {
        return database.opPostgres();
    }
}
