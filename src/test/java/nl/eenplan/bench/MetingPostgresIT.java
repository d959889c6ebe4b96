package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.eenplan.bench.Opties.Database;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's measurement on a real PostgreSQL server (its own, as the benchmark has): the server's CPU from /proc,
 * statements and commits counted exactly for the work done, and the JDBC floor copying the tables' indexes.
 */
class MetingPostgresIT {

    @Test
    void meetCpuStatementsEnCommitsVanHetWerkEnDeVloerKopieertDeIndexen() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start()) {
            HikariDataSource bron = new HikariDataSource();
            bron.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            bron.setUsername("postgres");
            bron.setPassword("postgres");
            var knoop = new GenericApplicationContext();
            knoop.registerBean(DataSource.class, () -> bron);
            knoop.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(bron));
            knoop.refresh();
            Meting.driver = new Driver();
            JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
            jdbc.execute("create table t (id varchar(64) primary key, scope_ varchar(64), name_ varchar(64), n bigint)");
            jdbc.execute("create unique index t_uniek on t (scope_, name_)");
            jdbc.execute("create index t_lower on t (lower(name_))");
            Meting m = Meting.begin(Database.POSTGRES, List.of(knoop));
            for (int i = 0; i < 500; i++) {
                jdbc.update("insert into t values (?, 's', ?, 1)", "id" + i, "n" + i);
            }
            jdbc.queryForObject("select count(*) from generate_series(1, 3000000)", Long.class);
            Resultaat r = m.stop(500);
            if (Cpu.PROC) {
                assertThat(r.postgresCpuMs()).as("a query counting 3 million rows uses PostgreSQL's CPU").isGreaterThan(50);
                assertThat(Cpu.controle()).doesNotContain("MISMATCH");
            }
            // 501 transactions of the work; the benchmark's own reading may add one or two.
            assertThat(r.statements().commits()).isBetween(501L, 504L);
            assertThat(r.statements().calls()).isEqualTo(501);
            assertThat(r.statementsPerEenheid()).isEqualTo(501 / 500.0);
            // What else happened: read from pg_stat_wal, pg_stat_all_tables and pg_stat_activity of this server's
            // version (the embedded server's statistics arrive with a delay, so only that they were read).
            assertThat(r.omstandigheden()).isNotNull();
            assertThat(r.omstandigheden().walMb()).isNotNegative();
            assertThat(r.omstandigheden().autovacuums()).isNotNegative();
            assertThat(r.omstandigheden().iowaitS()).isNotNegative();
            assertThat(r.omstandigheden().jitS()).isNotNegative();
            // 10 rows per pupil for 50 pupils: each of the 500 real rows once, so the copy keeps the unique index
            // (PostgreSQL's path: pg_index and pg_get_indexdef, the expression index too).
            var vloer = Vloeren.jdbc(knoop, Database.POSTGRES, Map.of("t", 500L), 50, 50, 20, 2, 0, false);
            assertThat(vloer.opmerking()).isEmpty();
            assertThat(vloer.uniekeSleutels()).containsExactly("t_uniek");
            assertThat(vloer.rijenPerInstantie()).isEqualTo(10);
            // Autovacuum off for the cohort start's measurements and on again after them (Autovacuum).
            try (var uit = Autovacuum.uit(jdbc, Database.POSTGRES)) {
                wachtOp(jdbc, "off");
            }
            wachtOp(jdbc, "on");
            knoop.close();
            bron.close();
        }
    }

    /** A reload reaches the backends by a signal: a session sees the new setting within moments, not at once. */
    private static void wachtOp(JdbcTemplate jdbc, String autovacuum) throws InterruptedException {
        long tot = System.nanoTime() + 10_000_000_000L;
        while (!autovacuum.equals(jdbc.queryForObject("show autovacuum", String.class)) && System.nanoTime() < tot) {
            Thread.sleep(20);
        }
        assertThat(jdbc.queryForObject("show autovacuum", String.class)).isEqualTo(autovacuum);
    }
}
