package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.database.Databasesoort;
import nl.eenplan.security.Toegang;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue #25: V85 and V86 on an installation in use. The cells kept before the upgrade get their row per school and
 * period at once, with the counts and groups the worker writes now; a period whose cells were counted under different
 * groups gets none, so the view of every school takes its groups from the school cells until the worker recomputes it.
 */
class V85MigratieTest {

    private static final Instant NU = Instant.parse("2025-09-01T08:00:00Z");
    private static final Toegang.Zicht ALLES = new Toegang.Zicht(true, Set.of());

    @Test
    void deCellenVanVoorDeUpgradeKrijgenHunRijPerSchoolEnPeriodeZoalsDeWerkerZeSchrijft() throws SQLException {
        JdbcDataSource db = tot82("v86");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        V82MigratieTest.voer(db, "V85__monitor_schoolperiode.sql");
        v88(db);
        // Two schools' facts over two months of a school year: durations, a share decided and one not yet, a mean,
        // an onderdeel with a character outside ASCII.
        LocalDate oktober = LocalDate.of(2024, 10, 1);
        LocalDate maart = LocalDate.of(2025, 3, 3);
        feit(jdbc, "signaalTotIntake", null, 7, 2, oktober, 12.0, null, null);
        feit(jdbc, "signaalTotIntake", null, 8, 2, maart, 3.0, null, null);
        feit(jdbc, "escalatiesPerReden", "Ongeoorloofd verzuim (ná melding)", 7, 2, maart, 40.0, null, null);
        feit(jdbc, "zorgplichtBinnen6Weken", null, 9, 4, oktober, null, 1, null);
        feit(jdbc, "zorgplichtBinnen6Weken", null, 10, 4, oktober, null, null, null);
        feit(jdbc, "tevredenheidOuders", null, 9, 4, maart, null, null, 8);
        Monitorcellen cellen = new Monitorcellen(new NamedParameterJdbcTemplate(db), Mockito.mock(Databasesoort.class));
        Set<LocalDate> alles = new HashSet<>();
        alles.add(null);
        cellen.herberekenOnderSlot(Map.of(2L, alles, 4L, alles));
        List<String> doorDeWerker = rijen(jdbc);
        assertThat(doorDeWerker).as("per school 2 maanden en het schooljaar").hasSize(6)
                .anyMatch(r -> r.contains("escalatiesPerReden|Ongeoorloofd verzuim (ná melding)|1|1|0|0"));

        jdbc.update("delete from monitor_schoolperiode");
        v86(db);

        assertThat(rijen(jdbc)).isEqualTo(doorDeWerker);
        Celtabel celtabel = new Celtabel(new NamedParameterJdbcTemplate(db));
        for (Indeling per : Groepcellen.GEHOUDEN) {
            assertThat(celtabel.lees(Periode.schooljaar(2024), ALLES, NU, per).gehouden()).as("%s", per).isEqualTo(per);
        }
    }

    @Test
    void eenPeriodeWaarvanDeCellenOnderVerschillendeGroepenTeldenKrijgtGeenGroepen() throws SQLException {
        JdbcDataSource db = tot82("v86gemengd");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        java.util.TreeMap<Double, Long> dagen = new java.util.TreeMap<>(Map.of(12.0, 1L));
        jdbc.update("insert into monitor_cel (school_id, periode, indicator, aantal, leerlingen, ja, som, dagen, gemeente,"
                + " samenwerkingsverband) values (2, '2024-2025', 'signaalTotIntake', 1, 1, 0, 0, ?, 'Oudstad', 'SWV Oud'),"
                + " (2, '2024-2025', 'intakeTotPlan', 1, 1, 0, 0, ?, 'Nieuwstad', 'SWV Oud'),"
                + " (4, '2024-2025', 'intakeTotPlan', 2, 1, 0, 0, ?, 'Oudstad', 'SWV Oud')",
                Monitorcellen.schrijf(dagen), Monitorcellen.schrijf(dagen), Monitorcellen.schrijf(dagen));

        schoolperioden(db);

        assertThat(jdbc.queryForList("select school_id || ':' || coalesce(gemeente, '-') || ':' || coalesce("
                + "samenwerkingsverband, '-') from monitor_schoolperiode order by school_id", String.class))
                .containsExactly("2:-:-", "4:Oudstad:SWV Oud");
        assertThat(new Celtabel(new NamedParameterJdbcTemplate(db)).lees(Periode.schooljaar(2024), ALLES, NU,
                Indeling.GEMEENTE).gehouden()).as("uit de scholen").isNull();
    }

    /** V85, V86 and V88 on this database. */
    static void schoolperioden(JdbcDataSource db) {
        V82MigratieTest.voer(db, "V85__monitor_schoolperiode.sql");
        v86(db);
        v88(db);
    }

    /** V88 on this database, as Flyway runs it. */
    static void v88(JdbcDataSource db) {
        try (Connection c = db.getConnection()) {
            V88__OpenAandelenInDeRijen.voer(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** V86 on this database, as Flyway runs it. */
    private static void v86(JdbcDataSource db) {
        try (Connection c = db.getConnection()) {
            V86__SchoolperiodenUitDeCellen.vul(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A database with two schools in Oudstad and the monitor's tables up to V82, their outboxes empty. */
    static JdbcDataSource tot82(String naam) {
        JdbcDataSource db = V82MigratieTest.database(naam);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("insert into school values (2, '82AA00', 'Oudstad', 'SWV Oud'), (4, '82BB00', 'Oudstad', 'SWV Oud')");
        V82MigratieTest.voer(db, "V73__monitor_feiten.sql", "V74__monitor_eerste_vulling.sql", "V75__monitor_cellen.sql",
                "V80__monitor_feit_open_op_nee_vanaf.sql", "V82__monitor_groepcellen.sql");
        jdbc.update("delete from monitor_cel_wachtrij");
        jdbc.update("delete from monitor_wachtrij");
        return db;
    }

    private static void feit(JdbcTemplate jdbc, String indicator, String onderdeel, long dossier, long school,
                             LocalDate peildag, Double dagen, Integer ja, Integer cijfer) {
        jdbc.update("insert into monitor_feit (indicator, onderdeel, dossier_id, school_id, peildag, dagen, ja, cijfer,"
                + " nee_vanaf) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", indicator, onderdeel, dossier, school,
                Date.valueOf(peildag), dagen, ja, cijfer, ja == null && dagen == null && cijfer == null
                        ? java.sql.Timestamp.from(NU.plusSeconds(3600)) : null);
    }

    /** Every row per school and period, its cells in the order of their indicator and onderdeel. */
    private static List<String> rijen(JdbcTemplate jdbc) {
        return jdbc.query("select school_id, periode, gemeente, samenwerkingsverband, cellen from monitor_schoolperiode"
                + " order by school_id, periode", (rs, n) -> {
                    List<String> cellen = new ArrayList<>();
                    Schoolperioden.lees(rs.getBytes(5), c -> cellen.add(c.indicator() + "|" + c.onderdeel() + "|"
                            + c.aantal() + "|" + c.leerlingen() + "|" + c.ja() + "|" + c.som()));
                    cellen.sort(null);
                    return rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + cellen;
                });
    }
}
