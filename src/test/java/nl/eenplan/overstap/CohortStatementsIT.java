package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Statementteller;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.Dossier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a class upload sends to the database per pupil, counted (issue #25; counts, not time, as the machine is shared):
 * round trips (a JDBC batch is one) and statements, from the upload's workers, for pupils that are new to EenPlan.
 * With a flush per line and identity ids it was 11.3 round trips and 26.5 statements per pupil; with the block's
 * records written in one flush, one batch per table (ids from sequences in blocks of 50, V72), and no lookup of a
 * transition for a dossier opened in the same line, 5.7 and 24.6 (H2 and PostgreSQL alike); 5.73 and 24.70 since the
 * monitor's outbox (issue #25, S5: one insert of the block's dossiers when its transaction commits); 3.79 and 22.76
 * since the school's calendar and the zorgcoördinator's existence are read once per block, not per pupil (one round
 * trip), and a new task's group authorization is made without looking it up first (NieuweTaakautorisaties: one);
 * 1.91 and 20.88 since a block looks up its pupils' open dossiers in one query and fetches its new dossiers' numbers
 * in one statement (DossierService.blok: two round trips per pupil); 1.11 and 20.50 since a block is 50 lines, not 20
 * (eenplan.overstap.regels-per-transactie: a block's lookups and commit shared by more pupils); the same since a block
 * writes its new pupils' four records with plain JDBC (2026-12-06, evening: the same rows, fewer CPU cycles).
 */
@Productiehistorie
class CohortStatementsIT extends IntegratieTest {

    static final int KLAS = 100;

    @Test
    void eenNieuweLeerlingKostHoogstensZoveelRondreizen() {
        Klasupload.upload(http(), Klasupload.klas("Warm", 870_000, 20)); // the caches (model, school, users) filled
        Statementteller.opnieuw("cohort-");
        assertThat(Klasupload.upload(http(), Klasupload.klas("Teller", 871_000, KLAS)).get("gestart").asInt())
                .isEqualTo(KLAS);
        Statementteller.Telling telling = Statementteller.telling();
        double rondreizen = telling.rondreizen() / (double) KLAS;
        double statements = telling.statements() / (double) KLAS;
        System.out.printf("Cohortstart per leerling: %.2f rondreizen, %.2f statements%n", rondreizen, statements);
        assertThat(rondreizen).as("rondreizen per leerling").isLessThan(1.25);
        assertThat(statements).as("statements per leerling").isLessThan(20.75);
    }

    /**
     * A line that is wrong in itself (here a date that does not exist, or a school year written wrongly) is answered
     * before its block runs: the block's other lines still start together. Redone line by line, the class's pupils
     * would cost several times the round trips of a clean class.
     */
    @Test
    void eenOnleesbareRegelLaatZijnBlokSamenStarten() {
        Klasupload.upload(http(), Klasupload.klas("Warm", 872_000, 20));
        String klas = Klasupload.klas("Fout", 873_000, KLAS);
        // Two lines with a 13th month and one with the school year as 2026/27 (lines 12, 62 and 82: the header is 1).
        String regel82 = "Fout80;2014-05-01;99ZZ00;PO;8;PO_VO;";
        klas = klas.replace("Fout10;2014-05-01", "Fout10;2014-13-01").replace("Fout60;2014-05-01", "Fout60;2014-13-01")
                .replace(regel82 + "2026-2027", regel82 + "2026/27");
        Statementteller.opnieuw("cohort-");
        JsonNode stand = Klasupload.upload(http(), klas);
        assertThat(stand.get("gestart").asInt()).isEqualTo(KLAS - 3);
        List<Long> fouten = new ArrayList<>();
        stand.get("fouten").forEach(f -> fouten.add(f.get("regel").asLong()));
        assertThat(fouten).containsExactly(12L, 62L, 82L);
        assertThat(stand.at("/fouten/0/melding").asText()).contains("Geboortedatum");
        assertThat(stand.at("/fouten/2/melding").asText()).contains("2026-2027");
        double rondreizen = Statementteller.telling().rondreizen() / (double) (KLAS - 3);
        assertThat(rondreizen).as("rondreizen per gestarte leerling").isLessThan(2.0);
    }

    /**
     * Issue #25: a block of lines writes its pupils, dossiers, plans and transitions with plain JDBC
     * (dossier.Nieuwedossiers, Nieuweoverstappen), a line on its own through Hibernate. Both write the same rows: every
     * column of the four tables set in both or in neither, equal where it is not the pupil's own; the same routing
     * facts in the process; both put the dossier into the monitor's outbox. First for new pupils, then for the same
     * pupils' next school year (their dossiers found open: only a transition written). The statements counted show
     * which way each upload went, so a block that failed and was redone line by line cannot pass for the JDBC way.
     */
    @Test
    void eenBlokSchrijftDezelfdeRijenAlsEenRegelApart(@Autowired JdbcTemplate jdbc,
                                                       @Autowired RuntimeService processen) {
        String kop = String.join(";", CohortService.KOLOMMEN) + "\n";
        String apart = Testdossiers.bsn(960_000);
        String inBlok = Testdossiers.bsn(960_001);
        for (String schooljaar : List.of("2026-2027", "2027-2028")) {
            boolean nieuw = schooljaar.equals("2026-2027");
            Statementteller.opnieuw("cohort-");
            assertThat(Klasupload.upload(http(), kop + regel(apart, "Apart", schooljaar)).get("gestart").asInt())
                    .isEqualTo(1);
            assertThat(metJdbc()).as("een regel apart gaat door Hibernate").isEmpty();
            // Ten lines: on two workers each gets a block of more than one (the pupil's worker follows from the BSN).
            StringBuilder blok = new StringBuilder(kop);
            for (int i = 1; i <= 10; i++) {
                blok.append(regel(Testdossiers.bsn(960_000 + i), "Blok" + i, schooljaar));
            }
            Statementteller.opnieuw("cohort-");
            assertThat(Klasupload.upload(http(), blok.toString()).get("gestart").asInt()).isEqualTo(10);
            assertThat(metJdbc()).as("een blok schrijft met JDBC").containsExactlyInAnyOrderElementsOf(
                    nieuw ? JDBC : List.of("insert into overstap (id, "));

            Map<String, Map<String, Object>> doorHibernate = rijen(jdbc, apart, schooljaar);
            Map<String, Map<String, Object>> doorJdbc = rijen(jdbc, inBlok, schooljaar);
            assertThat(doorHibernate.get("leerling")).containsEntry("achternaam", "Apart").containsEntry("bsn", apart);
            assertThat(doorJdbc.get("leerling")).containsEntry("achternaam", "Blok1").containsEntry("bsn", inBlok);
            Set<String> eigen = Set.of("leerling.id", "leerling.achternaam", "leerling.bsn", "dossier.id",
                    "dossier.leerling_id", "dossier.open_sleutel", "dossier.aangemaakt_op", "plan.id",
                    "plan.dossier_id", "overstap.id", "overstap.dossier_nummer", "overstap.proces_instantie_id",
                    "overstap.aangemaakt_op");
            for (String tabel : doorHibernate.keySet()) {
                Map<String, Object> verwacht = doorHibernate.get(tabel);
                Map<String, Object> rij = doorJdbc.get(tabel);
                assertThat(rij.keySet()).as(tabel).isEqualTo(verwacht.keySet());
                for (String kolom : verwacht.keySet()) {
                    String naam = tabel + "." + kolom;
                    assertThat(rij.get(kolom) == null).as(naam + " gezet").isEqualTo(verwacht.get(kolom) == null);
                    if (!eigen.contains(naam)) {
                        assertThat(rij.get(kolom)).as(naam).isEqualTo(verwacht.get(kolom));
                    }
                }
            }
            for (String tabel : List.of("dossier", "overstap")) {
                // Both the test clock's moment (within the upload's seconds): a time zone slip would show as hours.
                assertThat(Duration.between(tijdstip(doorHibernate.get(tabel).get("aangemaakt_op")),
                        tijdstip(doorJdbc.get(tabel).get("aangemaakt_op"))).abs()).as(tabel)
                        .isLessThan(Duration.ofMinutes(5));
            }
            Map<String, Object> routering = processen.getVariables(
                    (String) doorJdbc.get("overstap").get("proces_instantie_id"));
            Map<String, Object> verwacht = new HashMap<>(processen.getVariables(
                    (String) doorHibernate.get("overstap").get("proces_instantie_id")));
            Object nummer = doorHibernate.get("overstap").get("dossier_nummer");
            verwacht.replaceAll((naam, waarde) -> java.util.Objects.equals(waarde, nummer)
                    ? doorJdbc.get("overstap").get("dossier_nummer") : waarde);
            assertThat(routering).as("de procesvariabelen").isEqualTo(verwacht);
            for (Map<String, Map<String, Object>> rijen : List.of(doorHibernate, doorJdbc)) {
                Object dossier = rijen.get("dossier").get("id");
                assertThat(jdbc.queryForObject("select count(*) from monitor_wachtrij where dossier_id = ?",
                        Integer.class, dossier)).as("in de wachtrij van de monitor").isEqualTo(1);
                // Emptied as the monitor's worker would, so the next school year's transition must put it there again.
                jdbc.update("delete from monitor_wachtrij where dossier_id = ?", dossier);
            }
        }
    }

    /** The inserts of the JDBC writers, as Statementteller saw them. */
    private static final List<String> JDBC = List.of("insert into leerling (id, ", "insert into dossier (id, ",
            "insert into plan (id, ", "insert into overstap (id, ");

    private static Set<String> metJdbc() {
        return Statementteller.sql().stream().flatMap(sql -> JDBC.stream().filter(sql::startsWith))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String regel(String bsn, String achternaam, String schooljaar) {
        return bsn + ";Rij;;" + achternaam + ";2014-05-01;99ZZ00;PO;8;PO_VO;" + schooljaar + "\n";
    }

    /** A pupil's rows in leerling, dossier, plan and overstap (this school year), with lower case column names. */
    private static Map<String, Map<String, Object>> rijen(JdbcTemplate jdbc, String bsn, String schooljaar) {
        Map<String, Map<String, Object>> rijen = new TreeMap<>();
        rijen.put("leerling", rij(jdbc, "select * from leerling where bsn = ?", bsn));
        rijen.put("dossier", rij(jdbc, "select d.* from dossier d join leerling l on l.id = d.leerling_id "
                + "where l.bsn = ?", bsn));
        rijen.put("plan", rij(jdbc, "select p.* from plan p join dossier d on d.id = p.dossier_id join leerling l "
                + "on l.id = d.leerling_id where l.bsn = ?", bsn));
        Map<String, Object> dossier = rijen.get("dossier");
        rijen.put("overstap", rij(jdbc, "select * from overstap where dossier_nummer = ? and schooljaar = ?",
                Dossier.nummer(((Number) dossier.get("id")).longValue(), tijdstip(dossier.get("aangemaakt_op"))),
                schooljaar));
        return rijen;
    }

    private static Map<String, Object> rij(JdbcTemplate jdbc, String sql, Object... waarden) {
        Map<String, Object> rij = new TreeMap<>();
        jdbc.queryForMap(sql, waarden).forEach((kolom, waarde) -> rij.put(kolom.toLowerCase(Locale.ROOT), waarde));
        return rij;
    }

    private static Instant tijdstip(Object waarde) {
        return waarde instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) waarde).toInstant();
    }
}
