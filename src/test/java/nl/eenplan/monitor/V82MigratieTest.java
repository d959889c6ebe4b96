package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.eenplan.database.Databasesoort;
import nl.eenplan.security.Toegang;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Issue #25: V82 and V83 on an installation in use. The cells written before it are counted in no group cell, so every school
 * goes into the cells' outbox; until a school's cells are recomputed, a view of every school takes its groups'
 * percentiles from the school cells, and after it from the group cells.
 */
class V82MigratieTest {

    private static final Instant NU = Instant.parse("2025-09-01T08:00:00Z");
    private static final Toegang.Zicht ALLES = new Toegang.Zicht(true, Set.of());

    @Test
    void elkeSchoolKomtInDeCelwachtrijEnDeOudeCellenTellenPasNaHunHerberekening() {
        JdbcDataSource db = database("v82");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("insert into school values (2, '82AA00', 'Oudstad', 'SWV Oud'), (4, '82BB00', 'Oudstad', 'SWV Oud')");
        voer(db, "V73__monitor_feiten.sql", "V74__monitor_eerste_vulling.sql", "V75__monitor_cellen.sql",
                "V80__monitor_feit_open_op_nee_vanaf.sql");
        jdbc.update("delete from monitor_cel_wachtrij");
        jdbc.update("delete from monitor_wachtrij");
        // A school's decided duration of 2024-2025, and its cell as the worker wrote it before V82.
        jdbc.update("insert into monitor_feit (indicator, dossier_id, school_id, peildag, dagen) values"
                + " ('signaalTotIntake', 7, 2, ?, 12.0)", Date.valueOf(LocalDate.of(2024, 10, 1)));
        java.util.TreeMap<Double, Long> dagen = new java.util.TreeMap<>(Map.of(12.0, 1L));
        for (String periode : java.util.List.of("2024-10", "2024-2025")) {
            jdbc.update("insert into monitor_cel (school_id, periode, indicator, aantal, leerlingen, ja, som, dagen)"
                    + " values (2, ?, 'signaalTotIntake', 1, 1, 0, 0, ?)", periode, Monitorcellen.schrijf(dagen));
        }

        voer(db, "V82__monitor_groepcellen.sql");
        V85MigratieTest.schoolperioden(db);

        assertThat(jdbc.queryForList("select school_id from monitor_cel_wachtrij where maand is null order by school_id",
                Long.class)).containsExactly(2L, 4L);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(db);
        Celtabel celtabel = new Celtabel(named);
        Periode jaar = Periode.schooljaar(2024);
        for (Indeling per : Groepcellen.GEHOUDEN) {
            assertThat(celtabel.lees(jaar, ALLES, NU, per).gehouden()).as("oude cel, %s", per).isNull();
        }
        MonitorService monitor = new MonitorService(null, null, null, null, celtabel, null, "feiten", false, 16);
        var voor = monitor.indicatoren(jaar, Indeling.TOTAAL, ALLES, NU, celtabel);

        Monitorcellen cellen = new Monitorcellen(named, Mockito.mock(Databasesoort.class));
        Set<LocalDate> alles = new HashSet<>();
        alles.add(null);
        cellen.herberekenOnderSlot(Map.of(2L, alles, 4L, alles)); // no Spring transaction: the group cells at once

        for (Indeling per : Groepcellen.GEHOUDEN) {
            assertThat(celtabel.lees(jaar, ALLES, NU, per).gehouden()).as("herberekend, %s", per).isEqualTo(per);
        }
        assertThat(jdbc.queryForList("select groep from monitor_groepcel where periode = '2024-2025' order by indeling",
                String.class)).containsExactly("Oudstad", "SWV Oud", "totaal");
        assertThat(monitor.indicatoren(jaar, Indeling.TOTAAL, ALLES, NU, celtabel)).isEqualTo(voor);
    }

    /** V83: every dossier's facts are rebuilt, so a duration between moments counts to the hour ({@link DirecteBron#dagen}). */
    @Test
    void v83ZetElkDossierInDeWachtrijVanDeFeiten() {
        JdbcDataSource db = database("v83");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        voer(db, "V73__monitor_feiten.sql", "V74__monitor_eerste_vulling.sql");
        jdbc.update("delete from monitor_wachtrij");
        jdbc.execute("insert into dossier values (3), (5)");

        voer(db, "V83__monitor_duur_op_het_uur.sql");

        assertThat(jdbc.queryForList("select dossier_id from monitor_wachtrij order by dossier_id", Long.class))
                .containsExactly(3L, 5L);
    }

    /** An in-memory database with the two tables the migrations refer to. */
    static JdbcDataSource database(String naam) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + naam + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table dossier (id bigint primary key)");
        jdbc.execute("create table school (id bigint primary key, brin varchar(6), gemeente varchar(100),"
                + " samenwerkingsverband varchar(200))");
        return db;
    }

    static void voer(JdbcDataSource db, String... migraties) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        for (String migratie : migraties) {
            populator.addScript(new ClassPathResource("db/migration/" + migratie));
        }
        populator.execute(db);
    }
}
