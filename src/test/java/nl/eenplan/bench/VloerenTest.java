package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.eenplan.bench.Opties.Database;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The benchmark's floors write what they claim: the rows per pupil, in the copied tables; the engine's instances. */
class VloerenTest {

    private GenericApplicationContext knoop;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        DataSource bron = new DriverManagerDataSource("jdbc:h2:mem:vloer" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        knoop = new GenericApplicationContext();
        knoop.registerBean(DataSource.class, () -> bron);
        knoop.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(bron));
        knoop.refresh();
        jdbc = knoop.getBean(JdbcTemplate.class);
        if (Meting.driver == null) {
            Meting.driver = new Driver();
        }
    }

    @AfterEach
    void sluit() {
        knoop.close();
    }

    @Test
    void deJdbcVloerSchrijftPerLeerlingEvenveelRijenAlsGemetenInKopieenMetDezelfdeIndexen() throws Exception {
        jdbc.execute("create table VAR (ID_ varchar(64) primary key, SCOPE_ varchar(64), NAME_ varchar(255), N bigint)");
        jdbc.execute("create unique index VAR_UNIEK on VAR (SCOPE_, NAME_)");
        jdbc.execute("create table DOS (ID bigint primary key, NUMMER varchar(20))");
        jdbc.execute("create unique index DOS_NUMMER on DOS (NUMMER)");
        // 18 pupils of 3 variables and half a dossier each: 54 and 9 real rows, just enough (no foreign keys, so no
        // seed rows).
        for (int i = 0; i < 54; i++) {
            jdbc.update("insert into VAR values (?, 's', ?, 1)", "v" + i, "naam" + i);
        }
        for (int i = 0; i < 9; i++) {
            jdbc.update("insert into DOS values (?, ?)", i, "2026-0000" + i);
        }

        // As measured over 2 pupils: 3 variables and half a dossier per pupil (a fraction is spread evenly); 7 pupils
        // written unmeasured first (the warm-up), not counted.
        var vloer = Vloeren.jdbc(knoop, Database.H2, Map.of("VAR", 6L, "DOS", 1L), 2, 11, 4, 2, 7, false);

        // The measured pupils are pupils 7..17 of the 18: dossier rows floor(18 × 0.5) - floor(7 × 0.5) = 6.
        assertThat(vloer.rijenPerInstantie()).isEqualTo((33 + 6) / 11.0);
        assertThat(vloer.meting().eenheden()).isEqualTo(11);
        // Unique as in the real tables: each row written is a real row of its own, the warm-up's others than the
        // measured pupils' (a repeat would have been refused).
        assertThat(vloer.uniekeSleutels()).containsExactlyInAnyOrder("VAR_UNIEK", "DOS_NUMMER");
        assertThat(vloer.opmerking()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name like 'vloer_%'", Long.class))
                .as("the copies are dropped after the floor").isZero();
    }

    @Test
    void eenTabelMetTeWeinigEchteRijenHerhaaltZeMetZijnUniekeIndexNietUniekEnZegtDat() throws Exception {
        jdbc.execute("create table VAR (ID_ varchar(64) primary key, SCOPE_ varchar(64), NAME_ varchar(255))");
        jdbc.execute("create unique index VAR_UNIEK on VAR (SCOPE_, NAME_)");
        for (int i = 0; i < 6; i++) {
            jdbc.update("insert into VAR values (?, 's', ?)", "v" + i, "naam" + i);
        }

        var vloer = Vloeren.jdbc(knoop, Database.H2, Map.of("VAR", 6L), 2, 11, 4, 2, 7, false);

        assertThat(vloer.rijenPerInstantie()).isEqualTo(3);
        assertThat(vloer.uniekeSleutels()).isEmpty();
        assertThat(vloer.opmerking()).isEqualTo("VAR repeats its rows: 6 real rows for 54; unique index VAR_UNIEK made "
                + "non-unique: too few real rows");
    }

    @Test
    void deJdbcVloerMetVerwijzingenMaaktDeControlesVanDeVreemdeSleutelsVanHetSchema() throws Exception {
        // A school the upload does not write, a dossier per two pupils referring to it, three variables per pupil
        // referring to their dossier and to themselves (as the engine's process instance does).
        jdbc.execute("create table SCH (ID bigint primary key)");
        jdbc.execute("create table DOS (ID bigint primary key, SCHOOL_ID bigint not null references SCH (ID))");
        jdbc.execute("create table VAR (ID_ varchar(64) primary key, DOS_ID bigint references DOS (ID), "
                + "SCOPE_ varchar(64) references VAR (ID_), NAME_ varchar(255))");
        // A unique key over a reference to the row itself holds; over one to a dossier shared by six variables not.
        jdbc.execute("create unique index VAR_UNIEK on VAR (SCOPE_, NAME_)");
        jdbc.execute("create unique index VAR_PER_DOSSIER on VAR (DOS_ID, NAME_)");
        // The dossiers get a seed row (half a dossier per pupil: a variable may come first), a real row none of the
        // pupils' dossiers copies: 9 for the 18 pupils, the tenth the seed's.
        jdbc.execute("alter table DOS add column NUMMER varchar(20)");
        jdbc.execute("create unique index DOS_NUMMER on DOS (NUMMER)");
        jdbc.update("insert into SCH values (7)");
        for (int i = 0; i < 10; i++) {
            jdbc.update("insert into DOS values (?, 7, ?)", i + 1, "2026-0000" + i);
        }
        jdbc.update("insert into VAR values ('v0', 1, 'v0', 'naam0')");
        for (int i = 1; i < 55; i++) {
            jdbc.update("insert into VAR values (?, 1, 'v0', ?)", "v" + i, "naam" + i);
        }

        // The copies' references must point at rows the floor wrote (or the seed rows): a copied value, dossier 1 or
        // variable v0, is not in the copies, and would be refused.
        var vloer = Vloeren.jdbc(knoop, Database.H2, Map.of("DOS", 1L, "VAR", 6L), 2, 11, 4, 2, 7, true);

        assertThat(vloer.verwijzingen()).as("DOS → SCH, VAR → DOS, VAR → VAR").isEqualTo(3);
        assertThat(vloer.uniekeSleutels()).containsExactlyInAnyOrder("VAR_UNIEK", "DOS_NUMMER");
        assertThat(vloer.opmerking()).isEqualTo("unique index VAR_PER_DOSSIER made non-unique: its rows share a row of "
                + "DOS");
        assertThat(vloer.rijenPerInstantie()).isEqualTo((33 + 6) / 11.0);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name like 'vloer_%'",
                Long.class)).as("the copies are dropped after the floor, the referring ones first").isZero();
    }

    @Test
    void eenUniekeVerwijzingNaarEenRijVanDezelfdeLeerlingBlijftUniek() throws Exception {
        // A dossier per pupil referring to its pupil, one per pupil too, written before it: each dossier refers to
        // its own pupil, as the application's unique dossier_leerling_id_key requires.
        jdbc.execute("create table LEER (ID bigint primary key, NAAM varchar(20))");
        jdbc.execute("create table DOS (ID bigint primary key, LEER_ID bigint not null references LEER (ID))");
        jdbc.execute("create unique index DOS_LEERLING on DOS (LEER_ID)");
        for (int i = 0; i < 18; i++) {
            jdbc.update("insert into LEER values (?, ?)", i + 1, "leerling" + i);
            jdbc.update("insert into DOS values (?, ?)", i + 1, i + 1);
        }

        var vloer = Vloeren.jdbc(knoop, Database.H2, Map.of("LEER", 2L, "DOS", 2L), 2, 11, 4, 2, 7, true);

        assertThat(vloer.uniekeSleutels()).containsExactly("DOS_LEERLING");
        assertThat(vloer.opmerking()).isEmpty();
        assertThat(vloer.rijenPerInstantie()).isEqualTo(2);
    }

    @Test
    void eenZaadrijZonderEigenEchteRijEnVerwijzingenNaarDezelfdeRijMakenEenUniekeIndexNietUniek() throws Exception {
        // Half a dossier per pupil with exactly the 9 real rows the 18 pupils need: the seed row has none of its own.
        // Three variables and three rows of ONE per pupil: each variable refers to its pupil's last row of ONE, so a
        // unique key over that reference would be refused.
        jdbc.execute("create table SCH (ID bigint primary key)");
        jdbc.execute("create table DOS (ID bigint primary key, SCHOOL_ID bigint not null references SCH (ID), "
                + "NUMMER varchar(20))");
        jdbc.execute("create unique index DOS_NUMMER on DOS (NUMMER)");
        jdbc.execute("create table ONE (ID bigint primary key)");
        jdbc.execute("create table VAR (ID_ varchar(64) primary key, DOS_ID bigint references DOS (ID), "
                + "ONE_ID bigint references ONE (ID), NAME_ varchar(255))");
        jdbc.execute("create unique index VAR_PER_ONE on VAR (ONE_ID)");
        jdbc.update("insert into SCH values (7)");
        for (int i = 0; i < 9; i++) {
            jdbc.update("insert into DOS values (?, 7, ?)", i + 1, "2026-0000" + i);
        }
        for (int i = 0; i < 55; i++) {
            jdbc.update("insert into ONE values (?)", i);
            jdbc.update("insert into VAR values (?, 1, ?, ?)", "v" + i, i, "naam" + i);
        }

        var vloer = Vloeren.jdbc(knoop, Database.H2, Map.of("DOS", 1L, "ONE", 6L, "VAR", 6L), 2, 11, 4, 2, 7, true);

        assertThat(vloer.uniekeSleutels()).isEmpty();
        assertThat(vloer.opmerking()).isEqualTo("DOS repeats its rows: 9 real rows for 9 and a seed row; unique index "
                + "DOS_NUMMER made non-unique: too few real rows; unique index VAR_PER_ONE made non-unique: its rows "
                + "share a row of ONE");
        assertThat(vloer.rijenPerInstantie()).isEqualTo((33 + 33 + 6) / 11.0);
    }

    @Test
    void deKaleEngineStartDeInstantiesInBlokken() throws Exception {
        ProcessEngine schema = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(knoop.getBean(DataSource.class)).setProcessEngineName("schema" + UUID.randomUUID())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).setHistory("full")
                .buildProcessEngine();
        schema.close();

        var vloer = Vloeren.kaleEngine(knoop, Database.H2, 25, 20, 2, 10, false);

        // 10 started unmeasured first (the warm-up), then the 25 measured: only those counted per instance.
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'taak' and DUE_DATE_ is not null",
                Long.class)).isEqualTo(35);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE", Long.class)).isEqualTo(35 * 6);
        assertThat(vloer.meting().eenheden()).isEqualTo(25);
        // 26 rows per instance with full history: counting the warm-up's too would make it 35/25 of that, over 36.
        assertThat(vloer.rijenPerInstantie()).isGreaterThanOrEqualTo(9).isLessThan(30);
    }
}
