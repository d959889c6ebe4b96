package nl.eenplan.bench;

import com.fasterxml.uuid.EthernetAddress;
import com.fasterxml.uuid.Generators;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Where a new engine id lands in PostgreSQL's indexes (issue #25, docs/benchmark.md "Time-ordered engine ids"):
 * rows shaped as Camunda's process variables (the columns, keys and indexes of {@code ACT_RU_VARIABLE}, six rows per
 * instance, batches of 300 rows per commit) written after older rows, with Camunda's ids (UUID version 1) or
 * time-ordered ones (version 6), and the case of an installation that upgrades: version 6 after older ids spread over
 * the whole range, as months of version 1 ids leave them (random ids stand in for those). Per case the backend's CPU,
 * the log (WAL) and how much the indexes grew; the cases alternate, each on a fresh table. Untimed by the benchmark's
 * own scenarios; run with {@code mvn -o -Pbench verify -Dit.test=IdVolgordeBenchmark [-Dbench.ids.ouder=30000]
 * [-Dbench.ids.herhalingen=4]}; the result goes to target/benchmark/id-volgorde.md.
 */
class IdVolgordeBenchmark {

    static final int OUDER = Integer.getInteger("bench.ids.ouder", 30_000);
    static final int NIEUW = 10_000;
    static final int HERHALINGEN = Integer.getInteger("bench.ids.herhalingen", 4);
    static final String[] NAMEN = {"dossierNummer", "schoolBrin", "zorgcoordinator", "onderwijssoort", "overstapsoort",
        "schooljaar"};

    /** Which ids the older rows have and which the new ones get. */
    enum Geval {
        CAMUNDA("version 1 among spread older ids (Camunda's)"),
        TIJDGEORDEND("version 6 after older version 6 ids (a new installation)"),
        NA_UPGRADE("version 6 among spread older ids (an installation that upgrades)");

        final String omschrijving;

        Geval(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }

    @Test
    void waarEenNieuwIdInDeIndexenLandt() throws Exception {
        var versie1 = Generators.timeBasedGenerator(EthernetAddress.fromInterface());
        var versie6 = Generators.timeBasedReorderedGenerator(EthernetAddress.fromInterface());
        List<String> regels = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("shared_buffers", "1GB").setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min").start();
             Connection c = postgres.getPostgresDatabase().getConnection()) {
            int backend = getal(c, "select pg_backend_pid()").intValue();
            for (int h = 0; h < HERHALINGEN; h++) {
                Geval[] volgorde = h % 2 == 0 ? Geval.values()
                        : new Geval[] {Geval.NA_UPGRADE, Geval.TIJDGEORDEND, Geval.CAMUNDA};
                for (Geval geval : volgorde) {
                    Supplier<String> nieuw = geval == Geval.CAMUNDA ? () -> versie1.generate().toString()
                            : () -> versie6.generate().toString();
                    Supplier<String> ouder = geval == Geval.TIJDGEORDEND ? nieuw : () -> UUID.randomUUID().toString();
                    maakTabel(c);
                    schrijf(c, OUDER, ouder);
                    long cpu = Cpu.stat(backend).eigen();
                    long wal = getal(c, "select pg_current_wal_lsn() - '0/0'::pg_lsn").longValue();
                    long indexen = getal(c, "select pg_indexes_size('variabele')").longValue();
                    schrijf(c, NIEUW, nieuw);
                    regels.add(String.format("| %d | %s | %d | %.1f | %.1f |", h + 1, geval.omschrijving,
                            (Cpu.stat(backend).eigen() - cpu) * 1000 / Cpu.TIKKEN_PER_SECONDE,
                            (getal(c, "select pg_current_wal_lsn() - '0/0'::pg_lsn").longValue() - wal) / 1e6,
                            (getal(c, "select pg_indexes_size('variabele')").longValue() - indexen) / 1e6));
                    System.out.println("bench: " + regels.get(regels.size() - 1));
                }
            }
        }
        Path uit = Path.of("target", "benchmark", "id-volgorde.md");
        Files.createDirectories(uit.getParent());
        Files.writeString(uit, "# Where a new engine id lands (" + NIEUW * NAMEN.length + " variable rows after "
                + OUDER * NAMEN.length + " older ones)\n\n"
                + "| # | ids | backend CPU ms | WAL MB | the indexes grew MB |\n|---|---|---|---|---|\n"
                + String.join("\n", regels) + "\n");
    }

    private static void maakTabel(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists variabele");
            s.execute("create table variabele (ID_ varchar(64) not null, REV_ integer, TYPE_ varchar(255) not null,"
                    + " NAME_ varchar(255) not null, EXECUTION_ID_ varchar(64), PROC_INST_ID_ varchar(64),"
                    + " PROC_DEF_ID_ varchar(64), CASE_EXECUTION_ID_ varchar(64), CASE_INST_ID_ varchar(64),"
                    + " TASK_ID_ varchar(64), BATCH_ID_ varchar(64), BYTEARRAY_ID_ varchar(64),"
                    + " DOUBLE_ double precision, LONG_ bigint, TEXT_ varchar(4000), TEXT2_ varchar(4000),"
                    + " VAR_SCOPE_ varchar(64), SEQUENCE_COUNTER_ bigint, IS_CONCURRENT_LOCAL_ boolean,"
                    + " TENANT_ID_ varchar(64), primary key (ID_)) with (autovacuum_enabled = false)");
            // Camunda 7.24's indexes and unique key of ACT_RU_VARIABLE (activiti.postgres.create.engine.sql)
            for (String kolommen : List.of("TASK_ID_", "TENANT_ID_", "TASK_ID_, NAME_, TYPE_", "EXECUTION_ID_",
                    "PROC_INST_ID_", "BYTEARRAY_ID_", "BATCH_ID_")) {
                s.execute("create index on variabele (" + kolommen + ")");
            }
            s.execute("alter table variabele add unique (VAR_SCOPE_, NAME_)");
        }
    }

    /** {@code instanties} instances of six variables each, 50 instances per commit. */
    private static void schrijf(Connection c, int instanties, Supplier<String> ids) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("insert into variabele (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_,"
                + " PROC_INST_ID_, PROC_DEF_ID_, VAR_SCOPE_, TEXT_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_,"
                + " TENANT_ID_)"
                + " values (?, 1, 'string', ?, ?, ?, 'overstap:3:bench', ?, ?, 1, false, '90BN00')")) {
            for (int i = 0; i < instanties; i++) {
                String instantie = ids.get();
                for (String naam : NAMEN) {
                    p.setString(1, ids.get());
                    p.setString(2, naam);
                    p.setString(3, instantie);
                    p.setString(4, instantie);
                    p.setString(5, instantie);
                    p.setString(6, "w" + i);
                    p.addBatch();
                }
                if (i % 50 == 49 || i == instanties - 1) {
                    p.executeBatch();
                    c.commit();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Number getal(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return (Number) r.getObject(1);
        }
    }
}
