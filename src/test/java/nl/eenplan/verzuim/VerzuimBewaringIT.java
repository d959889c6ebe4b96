package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Absence data is kept 5 years after uitschrijving (domain.md, Privacy), the rest of the dossier 2 years after
 * closing: when the dossier is removed its absence days and reports stay until 5 years after it closed (the closing
 * date stands for the uitschrijving), then the nightly job removes them. On the fixed test clock.
 */
class VerzuimBewaringIT extends IntegratieTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    VerzuimBewaartermijn bewaartermijn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.eenplan.leerplicht.LeerplichtService leerplicht;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void verzuimEnEscalatiesBlijven5JaarNaUitschrijvingAlsHetDossierAl2JaarNaSluitenWeg() {
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer")
                .asText();
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/verzuim",
                "{\"dagen\": [{\"datum\": \"2026-11-02\", \"uren\": 2}]}").status()).isEqualTo(201);
        long escalatie = leerplicht.escaleer(nummer, nl.eenplan.leerplicht.Reden.GEEN_INSCHRIJVING_NA_OVERSTAP,
                "Op 1 oktober niet ingeschreven.", "test").getId();
        overdrachtenNaarLeerplicht();
        // Leerplicht's assessment ends (no process may run when the school closes the dossier).
        runtime.deleteProcessInstance(jdbc.queryForObject(
                "select proces_instantie_id from leerplicht_escalatie where id = ?", String.class, escalatie), "test");
        var gesloten = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/sluiten",
                "{\"reden\": \"Leerling uitgeschreven\"}");
        assertThat(gesloten.status()).as(gesloten.body()).isEqualTo(200);
        LocalDate geslotenOp = LocalDate.ofInstant(Instant.parse(gesloten.json().get("geslotenOp").asText()),
                ZoneId.of("Europe/Amsterdam"));

        dossiers.verwijder(nummer);

        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Long.class, nummer))
                .isEqualTo(1);
        LocalDate bewarenTot = jdbc.queryForObject("select bewaren_tot from verzuim_bewaring where dossier_nummer = ?",
                LocalDate.class, nummer);
        assertThat(bewarenTot).isEqualTo(geslotenOp.plusYears(5));
        // Leerplicht's escalations are absence data too: they stay as long (Leerplichtwet 1969 art. 21 reports, DUO).
        assertThat(jdbc.queryForObject("select count(*) from leerplicht_escalatie where dossier_nummer = ?", Long.class,
                nummer)).isEqualTo(1);

        // On the last day of the 5 years it stays; the day after, it goes.
        bewaartermijn.ruimOp(bewarenTot);
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Long.class, nummer))
                .isEqualTo(1);
        assertThat(bewaartermijn.ruimOp(bewarenTot.plusDays(1))).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Long.class, nummer))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from verzuim_bewaring where dossier_nummer = ?", Long.class,
                nummer)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from leerplicht_escalatie where dossier_nummer = ?", Long.class,
                nummer)).isZero();
    }
}
