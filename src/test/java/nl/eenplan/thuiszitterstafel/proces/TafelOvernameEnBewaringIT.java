package nl.eenplan.thuiszitterstafel.proces;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upgrade to the thuiszittersaanpak (V35): a thuiszitter signal raised before it, still open, gets its table at
 * the first start after the upgrade, once; a signal already closed gets none. And a table's retention: as long as the
 * absence data (5 years after uitschrijving), then removed with it.
 */
class TafelOvernameEnBewaringIT extends IntegratieTest {

    @Autowired
    OpenSignalenOvernemen overnemen;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    nl.eenplan.verzuim.VerzuimService verzuim;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transacties;

    @Test
    void eenOpenSignaalVanVoorDeTafelKrijgtEenTafelEenKeer_eenGeslotenSignaalNiet() {
        String open = nieuwDossier();
        String gesloten = nieuwDossier();
        // As the upgrade finds them: rows written before V35, without the event that now opens a table.
        signaalVanVoorDeTafel(open, LocalDate.of(2026, 9, 7), null);
        signaalVanVoorDeTafel(gesloten, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12));
        managementService.deleteProperty(OpenSignalenOvernemen.OVERGENOMEN);

        overnemen.neemOver();

        assertThat(tafels(open)).isEqualTo(1);
        assertThat(tafels(gesloten)).isZero();
        assertThat(managementService.getProperties()).containsKey(OpenSignalenOvernemen.OVERGENOMEN);
        Http.Antwoord tafel = http().als("zorgcoordinator").get("/api/dossiers/" + open + "/thuiszitterstafel");
        assertThat(tafel.json().get(0).get("thuisSinds").asText()).isEqualTo("2026-09-07");
        assertThat(tafel.json().get(0).get("signalen")).hasSize(1);

        // A later start does not take it over again (no second signal on the running table).
        overnemen.neemOver();
        assertThat(tafels(open)).isEqualTo(1);
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + open + "/thuiszitterstafel").json().get(0)
                .get("signalen")).hasSize(1);
    }

    @Test
    void eenTafelBlijftBewaardZolangDeVerzuimgegevensEnGaatMetHenWeg_ookZonderEigenVerzuim() {
        String nummer = nieuwDossier();
        // A table the school opened by hand: no absence of its own, so nothing else would keep the dossier in retention.
        Http.Antwoord gemeld = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Leerling zit sinds de herfstvakantie thuis.\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        // Closed long ago (so this test's clean-up touches no other test's retention): kept 5 years, to 2020-03-02.
        new org.springframework.transaction.support.TransactionTemplate(transacties).executeWithoutResult(t -> events.publishEvent(
                new nl.eenplan.dossier.DossierVerwijderd(nummer, Instant.parse("2015-03-02T09:00:00Z"))));
        assertThat(jdbc.queryForObject("select count(*) from thuiszitterstafel where dossier_nummer = ?", Long.class,
                nummer)).isEqualTo(1);

        verzuim.ruimBewaardOp(LocalDate.of(2020, 3, 2));
        assertThat(jdbc.queryForObject("select count(*) from thuiszitterstafel where dossier_nummer = ?", Long.class,
                nummer)).as("bewaard tot en met 2 maart 2020").isEqualTo(1);
        verzuim.ruimBewaardOp(LocalDate.of(2020, 3, 3));
        assertThat(jdbc.queryForObject("select count(*) from thuiszitterstafel where dossier_nummer = ?", Long.class,
                nummer)).isZero();
    }

    private void signaalVanVoorDeTafel(String dossier, LocalDate sinds, LocalDate tot) {
        jdbc.update("insert into thuiszitter (dossier_nummer, sinds, tot, bron, vastgesteld_op, aangemaakt_op) "
                        + "values (?, ?, ?, 'VERZUIMREGISTRATIE', ?, ?)", dossier, Date.valueOf(sinds),
                tot == null ? null : Date.valueOf(tot), Date.valueOf(sinds.plusWeeks(4)),
                Timestamp.from(Instant.parse("2026-10-05T08:00:00Z")));
    }

    private long tafels(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(dossier).count();
    }

    private String nieuwDossier() {
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw());
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }
}
