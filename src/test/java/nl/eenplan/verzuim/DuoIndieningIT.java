package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.verzuim.duo.ProefVerzuimregister;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #22, "DUO's register as the channel", over HTTP: the school's own channel (DUO does not confirm; the school
 * enters DUO's kenmerk) end to end to the leerplicht inbox of the gemeente where the pupil lives, with the kenmerk in
 * the facts; one door for the kenmerk task (another school's zorgcoördinator cannot complete it, through EenPlan's
 * task API nor Tasklist's /engine-rest; bad input is refused per field); and the overdue notice (Leerplichtwet 1969
 * art. 21: the report goes to the gemeente where the pupil lives) reaching leerplicht of that gemeente and not the
 * school's. The demo school 99ZZ00 is in Utrecht (GM0344); the pupil lives in Zeist (GM0355).
 */
class DuoIndieningIT extends IntegratieTest {

    static final String ZEIST = "GM0355";
    static final String LEERPLICHT_ZEIST = "leerplichtzeist";

    @Autowired
    ProefVerzuimregister duo;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    SchoolService scholen;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @BeforeEach
    void zeistWerktOokMetEenPlanEnDeSchoolDientZelfIn() {
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(LEERPLICHT_ZEIST, "Lotte", "Zeist", "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie(LEERPLICHT_ZEIST, Organisaties.gemeenteGroep("Zeist"));
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        duo.antwoord(ProefVerzuimregister.Antwoord.NIET_BEVESTIGEN);
    }

    @AfterEach
    void duoBevestigtWeer() {
        duo.herstel();
    }

    @Test
    void deSchoolLegtHetKenmerkVanDuoVastEnDeMeldingBereiktLeerplichtVanDeWoongemeente() {
        String nummer = dossierInZeist();
        long melding = meldingVan16Uur(nummer);
        Http school = http().als("zorgcoordinator");
        school.put("/api/verzuimmeldingen/" + melding, """
                {"vermoedelijkeReden": "Leerling zegt zich niet goed te voelen.", "contactpersoon": "Z. Coördinator"}
                """);
        Http.Antwoord verstuurd = school.post("/api/verzuimmeldingen/" + melding + "/versturen", "");
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        overdrachtenNaarLeerplicht();
        assertThat(school.get("/api/verzuimmeldingen/" + melding).json().get("status").asText()).isEqualTo("NAAR_DUO");
        assertThat(inInbox(LEERPLICHT_ZEIST, nummer)).as("nog niets bij leerplicht voor het kenmerk er is").isNull();

        String taak = kenmerktaak(school, nummer);
        String goed = "{\"duoKenmerk\": \"VZ-2026-000812\", \"ingediendBijDuoOp\": \"2026-11-06\"}";
        // Another school's zorgcoördinator: not through EenPlan's task API, not through Tasklist's door.
        Http ander = http().als("zorgcoordinatorAmersfoort");
        assertThat(ander.post("/api/taken/" + taak + "/voltooien", goed).status()).isIn(403, 404);
        assertThat(ander.post("/engine-rest/task/" + taak + "/complete", tasklist("VZ-2026-000812", "2026-11-06"))
                .status()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);

        // Bad input: a Dutch message per field, nothing recorded.
        Http.Antwoord leeg = school.post("/api/taken/" + taak + "/voltooien", "{\"ingediendBijDuoOp\": \"2026-11-06\"}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.contentType()).startsWith("application/problem+json");
        assertThat(leeg.json().at("/fouten/0/veld").asText()).isEqualTo("duoKenmerk");
        Http.Antwoord toekomst = school.post("/api/taken/" + taak + "/voltooien",
                "{\"duoKenmerk\": \"VZ-1\", \"ingediendBijDuoOp\": \"2026-12-01\"}");
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.json().at("/fouten/0/veld").asText()).isEqualTo("ingediendBijDuoOp");
        Http.Antwoord tevroeg = school.post("/engine-rest/task/" + taak + "/complete", tasklist("VZ-1", "2026-10-01"));
        assertThat(tevroeg.status()).isEqualTo(400);
        assertThat(tevroeg.body()).contains("niet eerder bij DUO");
        assertThat(school.get("/api/verzuimmeldingen/" + melding).json().path("duoKenmerk").isMissingNode()).isTrue();

        // Tasklist's door, as the form sends it.
        Http.Antwoord klaar = school.post("/engine-rest/task/" + taak + "/complete", tasklist("VZ-2026-000812",
                "2026-11-06"));
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(204);
        overdrachtenNaarLeerplicht();

        JsonNode m = school.get("/api/verzuimmeldingen/" + melding).json();
        assertThat(m.get("status").asText()).isEqualTo("VERSTUURD");
        assertThat(m.get("duoKenmerk").asText()).isEqualTo("VZ-2026-000812");
        assertThat(m.get("ingediendBijDuoOp").asText()).isEqualTo("2026-11-06");
        assertThat(m.get("ingediendDoor").asText()).isEqualTo("zorgcoordinator");
        JsonNode inZeist = inInbox(LEERPLICHT_ZEIST, nummer);
        assertThat(inZeist).as("in de inbox van leerplicht Zeist").isNotNull();
        assertThat(inZeist.get("feiten").asText()).contains("kenmerk VZ-2026-000812", "6 november 2026");
        assertThat(inInbox("leerplicht", nummer)).as("niet bij leerplicht Utrecht").isNull();
    }

    @Test
    void leerplichtwetArt21_hetBerichtDatEenMeldingTeLaatIsGaatNaarDeWoongemeenteNietNaarDieVanDeSchool() {
        String nummer = dossierInZeist();
        long melding = meldingVan16Uur(nummer);
        // The test clock is 28 November: the norm (12 November) has passed; the timer waits as a job.
        String proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("verzuim")
                .processInstanceBusinessKey(nummer).singleResult().getId();
        var timer = managementService.createJobQuery().processInstanceId(proces)
                .activityId("termijnMeldenVerstreken").singleResult();
        managementService.executeJob(timer.getId());

        assertThat(teLaat(LEERPLICHT_ZEIST, nummer)).singleElement().satisfies(b -> assertThat(b.get("tekst").asText())
                .contains("16 uur verzuim", "niet binnen de norm van 5 werkdagen bij DUO ingediend",
                        "Basisschool De Vlinder").doesNotContain("niet goed te voelen"));
        assertThat(teLaat("leerplicht", nummer)).as("leerplicht Utrecht, de gemeente van de school").isEmpty();
        assertThat(teLaat("schoolleiding", nummer)).hasSize(1);
        assertThat(teLaat("zorgcoordinatorAmersfoort", nummer)).isEmpty();
        assertThat(http().als("zorgcoordinator").get("/api/verzuimmeldingen/" + melding).json()
                .path("teLaatGesignaleerdOp").isMissingNode()).isFalse();
    }

    /**
     * Issue #22: the school withdraws a draft after the overdue notice went to leerplicht of the home gemeente; that
     * leerplicht hears it was withdrawn (facts only, not the school's reason), so it does not chase it. A draft withdrawn
     * before any notice tells leerplicht nothing.
     */
    @Test
    void eenNaHetTeLaatsignaalIngetrokkenMeldingWordtAanDieLeerplichtGemeld() {
        String nummer = dossierInZeist();
        long melding = meldingVan16Uur(nummer);
        String proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("verzuim")
                .processInstanceBusinessKey(nummer).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(proces)
                .activityId("termijnMeldenVerstreken").singleResult().getId());
        assertThat(teLaat(LEERPLICHT_ZEIST, nummer)).hasSize(1);
        assertThat(ingetrokken(LEERPLICHT_ZEIST, nummer)).isEmpty();

        Http.Antwoord weg = http().als("zorgcoordinator").post("/api/verzuimmeldingen/" + melding + "/intrekken",
                "{\"reden\": \"Leerling bleek opgenomen in het ziekenhuis.\"}");
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(ingetrokken(LEERPLICHT_ZEIST, nummer)).singleElement().satisfies(b -> {
            assertThat(b.get("soort").asText()).isEqualTo("INFORMATIE");
            assertThat(b.get("tekst").asText()).contains("16 uur verzuim", "2 november 2026 tot en met 5 november 2026",
                    "28 november 2026 ingetrokken", "komt niet meer bij u binnen", "Basisschool De Vlinder")
                    .doesNotContain("ziekenhuis");
        });
        assertThat(ingetrokken("leerplicht", nummer)).as("leerplicht Utrecht kreeg ook het signaal niet").isEmpty();

        // Withdrawn before any overdue notice: leerplicht was never told, and is not told now.
        String ander = dossierInZeist();
        long concept = meldingVan16Uur(ander);
        assertThat(http().als("zorgcoordinator").post("/api/verzuimmeldingen/" + concept + "/intrekken",
                "{\"reden\": \"Registratiefout.\"}").status()).isEqualTo(200);
        assertThat(ingetrokken(LEERPLICHT_ZEIST, ander)).isEmpty();
    }

    private List<JsonNode> ingetrokken(String gebruiker, String nummer) {
        List<JsonNode> berichten = new ArrayList<>();
        http().als(gebruiker).get("/api/meldingen").json().forEach(b -> {
            if (nummer.equals(b.path("dossierNummer").asText())
                    && b.path("onderwerp").asText().startsWith("Te late verzuimmelding ingetrokken")) {
                berichten.add(b);
            }
        });
        return berichten;
    }

    private String dossierInZeist() {
        String body = Testdossiers.nieuw().replace("\"leerjaar\": 7,", "\"leerjaar\": 7, \"woonadres\": "
                + "{\"postcode\": \"3701 AB\", \"huisnummer\": \"12a\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                + ZEIST + "\", \"vertrouwelijk\": false},");
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }

    private long meldingVan16Uur(String nummer) {
        Http.Antwoord geregistreerd = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}
                """);
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        return geregistreerd.json().at("/nieuweMeldingen/0").asLong();
    }

    private String kenmerktaak(Http school, String nummer) {
        for (JsonNode t : school.get("/api/taken").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && "duoIndienen".equals(t.path("taak").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("geen taak duoIndienen voor dossier " + nummer);
    }

    private static String tasklist(String kenmerk, String datum) {
        return "{\"variables\": {\"duoKenmerk\": {\"value\": \"" + kenmerk + "\"}, \"ingediendBijDuoOp\": {\"value\": \""
                + datum + "\"}}}";
    }

    private JsonNode inInbox(String gebruiker, String nummer) {
        for (JsonNode e : http().als(gebruiker).get("/api/escalaties").json()) {
            if (e.get("dossierNummer").asText().equals(nummer)) {
                return e;
            }
        }
        return null;
    }

    private List<JsonNode> teLaat(String gebruiker, String nummer) {
        List<JsonNode> berichten = new ArrayList<>();
        http().als(gebruiker).get("/api/meldingen").json().forEach(b -> {
            if (nummer.equals(b.path("dossierNummer").asText()) && "ESCALATIE".equals(b.get("soort").asText())) {
                berichten.add(b);
            }
        });
        return berichten;
    }
}
