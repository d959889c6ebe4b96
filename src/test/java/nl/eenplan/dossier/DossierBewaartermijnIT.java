package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closing a dossier, and its removal after the retention: everything every capability holds for the pupil
 * and the engine's history of the pupil's processes go; the audit log keeps who saw it and the removal,
 * and the inzage export still answers for it.
 */
class DossierBewaartermijnIT extends IntegratieTest {

    @Autowired
    Bewaartermijn bewaartermijn;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    MeldingService meldingen;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    String nummer;

    @BeforeEach
    void eenDossierMetEenAanmelding() {
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .status()).isEqualTo(201);
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, "zorgcoordinator", "99ZZ00", "Test bewaartermijn",
                "Een melding over dit dossier.", nummer, null));
        // The monitor's summary of a step done (as StapTermijnen writes it when the intake is done).
        jdbc.update("insert into stap_termijn (dossier_nummer, proces, stap, stap_naam, termijn, afgerond_op) values (?, "
                + "'aanmelding', 'intake', 'Intakegesprek voeren', current_timestamp, current_timestamp)", nummer);
    }

    @Test
    void eenGeslotenDossierGaatNaDeBewaartermijnWegMetAllesErbij() {
        // Not while the referral runs.
        var teVroeg = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"Verhuisd\"}");
        assertThat(teVroeg.status()).isEqualTo(409);
        assertThat(teVroeg.body()).contains("lopen nog 1 processen");
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"\"}").body())
                .contains("Geef de reden");

        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "ondersteuning niet meer nodig"));
        var gesloten = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/sluiten",
                "{\"reden\": \"Leerling verhuisd naar een school buiten de regio\"}");
        assertThat(gesloten.status()).as(gesloten.body()).isEqualTo(200);
        assertThat(gesloten.json().get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).status()).isEqualTo(200);
        Instant geslotenOp = Instant.parse(gesloten.json().get("geslotenOp").asText());

        // Within its retention (730 days) it stays.
        bewaartermijn.ruimOp(geslotenOp.plus(Duration.ofDays(729)));
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).status()).isEqualTo(200);

        // After it, the dossier and all that hangs on it are gone.
        assertThat(bewaartermijn.ruimOp(geslotenOp.plus(Duration.ofDays(731)))).isPositive();
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from aanmelding where dossier_nummer = ?", Long.class, nummer)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from melding where dossier_nummer = ?", Long.class, nummer)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from stap_termijn where dossier_nummer = ?", Long.class, nummer)).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer).count()).isZero();

        // The audit log keeps the reads and the removal, and the inzage export still answers.
        assertThat(audit.voorDossier(nummer)).extracting(AuditRegel::getHandeling)
                .contains(AuditRegel.Handeling.LEZEN, AuditRegel.Handeling.VERWIJDEREN);
        var inzage = http().als("admin").get("/api/dossiers/" + nummer + "/inzage");
        assertThat(inzage.status()).isEqualTo(200);
        assertThat(inzage.body()).contains("VERWIJDEREN").contains("Dossier verwijderd na de bewaartermijn");
    }

    @Test
    void eenOpenDossierBlijftAltijd() {
        bewaartermijn.ruimOp(clock.instant().plus(Duration.ofDays(10_000)));
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).status()).isEqualTo(200);
    }
}
