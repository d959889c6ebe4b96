package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * V73 and V74 on an installation in use: every existing dossier goes into the outbox, and until the worker has done
 * those rows the monitor answers from the tables (the first fill is not done); a row put in later does not hold it up.
 */
class V74MigratieTest {

    @Test
    void elkBestaandDossierKomtInDeWachtrijEnTotDieLeegIsTeltDeDirecteBerekening() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v74;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table dossier (id bigint primary key)");
        jdbc.execute("insert into dossier (id) values (3), (5), (8)");

        migreer(db);

        assertThat(jdbc.queryForList("select dossier_id from monitor_wachtrij order by dossier_id", Long.class))
                .containsExactly(3L, 5L, 8L);
        long tot = jdbc.queryForObject("select waarde from monitor_status where naam = 'eerste_vulling_tot'", Long.class);
        assertThat(tot).isEqualTo(jdbc.queryForObject("select max(id) from monitor_wachtrij", Long.class));

        Monitorwachtrij wachtrij = new Monitorwachtrij(new NamedParameterJdbcTemplate(db), null, null,
                new DataSourceTransactionManager(db), Clock.fixed(java.time.Instant.parse("2026-09-01T08:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(wachtrij.eersteVullingKlaar()).isFalse();
        jdbc.update("insert into monitor_wachtrij (dossier_id, gezet_op) values (9, current_timestamp)");
        jdbc.update("delete from monitor_wachtrij where dossier_id in (3, 5)");
        assertThat(wachtrij.eersteVullingKlaar()).as("dossier 8 is nog niet gedaan").isFalse();
        jdbc.update("delete from monitor_wachtrij where dossier_id = 8");
        assertThat(wachtrij.eersteVullingKlaar()).as("alleen een later gezette rij over").isTrue();
    }

    @Test
    void eenNieuweInstallatieIsMeteenKlaar() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v74leeg;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table dossier (id bigint primary key)");
        migreer(db);
        assertThat(new Monitorwachtrij(new NamedParameterJdbcTemplate(db), null, null, new DataSourceTransactionManager(db),
                Clock.fixed(java.time.Instant.parse("2026-09-01T08:00:00Z"), java.time.ZoneOffset.UTC)).eersteVullingKlaar()).isTrue();
    }

    /** The two migrations' own SQL files, as Flyway runs them. */
    private static void migreer(JdbcDataSource db) {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V73__monitor_feiten.sql"),
                new ClassPathResource("db/migration/V74__monitor_eerste_vulling.sql")).execute(db);
    }
}
