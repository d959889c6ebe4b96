package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Issue #25 (S6): V75 on an installation in use: every school's cells go into the cells' outbox, and until the worker
 * has done those rows (after the facts' first fill of V74) the monitor reads the facts, not the cells; a row put in
 * later does not hold it up.
 */
class V75MigratieTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void elkeSchoolKomtInDeCelwachtrijEnTotDieLeegIsTellenDeFeiten() {
        JdbcDataSource db = database("v75");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("insert into school (id) values (2), (4)");
        jdbc.execute("insert into dossier (id) values (3)");

        migreer(db);

        assertThat(jdbc.queryForList("select school_id from monitor_cel_wachtrij where maand is null order by school_id",
                Long.class)).containsExactly(2L, 4L);
        assertThat(jdbc.queryForObject("select waarde from monitor_status where naam = 'cellen_vulling_tot'", Long.class))
                .isEqualTo(jdbc.queryForObject("select max(id) from monitor_cel_wachtrij", Long.class));
        Monitorwachtrij wachtrij = wachtrij(db);
        assertThat(wachtrij.cellenKlaar()).as("de feiten zijn nog niet gevuld").isFalse();
        jdbc.update("delete from monitor_cel_wachtrij");
        assertThat(wachtrij.cellenKlaar()).as("zonder de feiten: niet uit de cellen").isFalse();
        jdbc.update("delete from monitor_wachtrij");
        jdbc.update("insert into monitor_cel_wachtrij (school_id, maand) values (2, null)");
        jdbc.update("update monitor_status set waarde = (select max(id) from monitor_cel_wachtrij) where naam = 'cellen_vulling_tot'");
        assertThat(wachtrij.cellenKlaar()).as("school 2 is nog niet gedaan").isFalse();
        jdbc.update("delete from monitor_cel_wachtrij");
        jdbc.update("insert into monitor_cel_wachtrij (school_id, maand) values (4, date '2026-09-01')");
        assertThat(wachtrij.cellenKlaar()).as("alleen een later gezette rij over").isTrue();
    }

    @Test
    void eenNieuweInstallatieIsMeteenKlaar() {
        JdbcDataSource db = database("v75leeg");
        migreer(db);
        assertThat(wachtrij(db).cellenKlaar()).isTrue();
    }

    private static JdbcDataSource database(String naam) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + naam + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table dossier (id bigint primary key)");
        jdbc.execute("create table school (id bigint primary key)");
        return db;
    }

    private static Monitorwachtrij wachtrij(JdbcDataSource db) {
        return new Monitorwachtrij(new NamedParameterJdbcTemplate(db), null, null, new DataSourceTransactionManager(db), KLOK);
    }

    /** The three migrations' own SQL files, as Flyway runs them. */
    private static void migreer(JdbcDataSource db) {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V73__monitor_feiten.sql"),
                new ClassPathResource("db/migration/V74__monitor_eerste_vulling.sql"),
                new ClassPathResource("db/migration/V75__monitor_cellen.sql")).execute(db);
    }
}
