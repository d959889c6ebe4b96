package nl.eenplan.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral end to end through /api with security, database and engine: a mentor signals, the
 * zorgcoördinator works intake and consent from /api/taken, triage routes to jeugdhulp, jeugdhulp
 * takes it over; plus what the process and Tasklist may and may not show.
 */
class AanmeldingIT extends IntegratieTest {

    static final String URGENT_THUIS = """
            {"categorieen": ["THUISSITUATIE", "SOCIAAL_EMOTIONEEL"], "urgentie": "HOOG",
             "alGeprobeerd": "Gesprekken met mentor en ouders; vertrouwenspersoon ingeschakeld."}
            """;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void vanSignaalViaIntakeEnToestemmingNaarWarmeOverdrachtAanJeugdhulp() {
        String nummer = nieuwDossier();
        Http.Antwoord gestart = http().als("mentor").post(aanmeldingen(nummer), URGENT_THUIS);
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        String instantie = gestart.json().get("procesInstantieId").asText();
        // Process variables carry ids and routing facts only: what the school tried stays in the dossier.
        assertThat(runtimeService.getVariables(instantie).values()).noneMatch(v -> String.valueOf(v).contains("vertrouwenspersoon"));

        // The zorgcoördinator sees the intake in /api/taken (not the mentor) and completes it with a report.
        JsonNode intake = taakVan("zorgcoordinator", nummer, "intake");
        assertThat(intake.get("naam").asText()).isEqualTo("Intakegesprek voeren");
        assertThat(taakVan("mentor", nummer, "intake")).isNull();
        Http.Antwoord zonderVerslag = http().als("zorgcoordinator").post(voltooi(intake), """
                {"gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true, "signalenOnveiligheid": false}""");
        assertThat(zonderVerslag.status()).isEqualTo(400);
        assertThat(zonderVerslag.json().at("/fouten/0/veld").asText()).isEqualTo("verslag");
        assertThat(zonderVerslag.json().at("/fouten/0/melding").asText()).isEqualTo("Vul het verslag van het intakegesprek in.");
        assertThat(taakVan("zorgcoordinator", nummer, "intake")).as("de taak blijft open").isNotNull();
        Http.Antwoord klaar = http().als("zorgcoordinator").post(voltooi(intake), """
                {"verslag": "Gesprek met moeder en Sam: spanningen thuis, Sam slaapt slecht.",
                 "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true, "signalenOnveiligheid": false}""");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(204);

        // Consent for jeugdhulp from parents and pupil (12 years old).
        JsonNode toestemming = taakVan("zorgcoordinator", nummer, "toestemmingVragen");
        assertThat(http().als("zorgcoordinator").post(voltooi(toestemming), "{\"gegeven\": [\"WIJKTEAM\"]}").status())
                .isEqualTo(400);
        assertThat(http().als("zorgcoordinator").post(voltooi(toestemming), "{\"gegeven\": [\"JEUGDHULP\"], \"vorm\": \"GESPREK\"}").status())
                .isEqualTo(204);
        JsonNode toestemmingen = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/toestemmingen").json();
        assertThat(toestemmingen.at("/wieBeslist/JEUGDHULP").asText()).isEqualTo("de ouders met gezag (Anna Jansen) en de leerling");
        assertThat(toestemmingen.get("inWerking").toString()).contains("JEUGDHULP");
        assertThat(toestemmingen.get("toestemmingen")).hasSize(2);

        // Triage: urgent, home situation, consent for jeugdhulp → warm referral, a task for jeugdhulp.
        JsonNode overdracht = taakVan("jeugdhulp", nummer, "warmeOverdracht");
        assertThat(overdracht).as("warme overdracht in de takenlijst van jeugdhulp").isNotNull();
        assertThat(taakVan("zorgcoordinator", nummer, "warmeOverdracht")).isNull();
        // Jeugdhulp reads the task's form and its routing facts, and no dossier.
        String taakId = overdracht.get("id").asText();
        Http.Antwoord formulier = http().als("jeugdhulp").get("/engine-rest/task/" + taakId + "/form-variables");
        assertThat(formulier.status()).as(formulier.body()).isEqualTo(200);
        assertThat(formulier.body()).contains(nummer);
        assertThat(http().als("jeugdhulp").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
        assertThat(http().als("jeugdhulp").post(voltooi(overdracht), "{\"gedaan\": true}").status()).isEqualTo(204);

        JsonNode aanmelding = http().als("zorgcoordinator").get(aanmeldingen(nummer)).json().get(0);
        assertThat(aanmelding.get("route").asText()).isEqualTo("JEUGDHULP");
        assertThat(aanmelding.get("intakeVerslag").asText()).contains("spanningen thuis");
        assertThat(aanmelding.get("intakeDoor").asText()).isEqualTo("zorgcoordinator");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instantie).count()).isZero();
    }

    @Test
    void handelingsplanDoelenKomenInHetEnePlanVanHetDossier() {
        String nummer = nieuwDossier();
        http().als("mentor").post(aanmeldingen(nummer), Testdossiers.AANMELDING);
        http().als("zorgcoordinator").post(voltooi(taakVan("zorgcoordinator", nummer, "intake")), """
                {"verslag": "Leerachterstand rekenen.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""");
        http().als("zorgcoordinator").post(voltooi(taakVan("zorgcoordinator", nummer, "toestemmingVragen")),
                "{\"gegeven\": []}");

        JsonNode plan = taakVan("zorgcoordinator", nummer, "handelingsplan");
        assertThat(http().als("zorgcoordinator").post(voltooi(plan), "{\"doelen\": []}").json()
                .at("/fouten/0/melding").asText()).isEqualTo("Geef minstens één doel van het handelingsplan.");
        assertThat(http().als("zorgcoordinator").post(voltooi(plan),
                "{\"doelen\": [\"Tafels tot 10 automatiseren\", \"Zelfstandig een rekentaak plannen\"]}").status())
                .isEqualTo(204);
        JsonNode doelen = http().als("zorgcoordinator").get("/api/dossiers/" + nummer).json().get("doelen");
        assertThat(doelen.toString()).contains("Tafels tot 10 automatiseren", "Zelfstandig een rekentaak plannen");
    }

    @Test
    void verzuimUrenBijDeAanmeldingGaanDoorDeVerzuimregels() {
        String nummer = nieuwDossier();
        List<String> dagen = vierLesdagen();
        Http.Antwoord gestart = http().als("mentor").post(aanmeldingen(nummer), """
                {"categorieen": ["VERZUIM"], "urgentie": "NORMAAL", "alGeprobeerd": "Ouders gebeld.",
                 "verzuim": [{"datum": "%s", "uren": 4}, {"datum": "%s", "uren": 4}, {"datum": "%s", "uren": 4},
                             {"datum": "%s", "uren": 4}]}""".formatted(dagen.toArray()));
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        JsonNode verzuim = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/verzuim").json();
        assertThat(verzuim.get("dagen")).hasSize(4);
        assertThat(verzuim.at("/meldingen/0/soort").asText()).isEqualTo("ZESTIEN_UUR");

        // Hours without the category, or on a day without lessons: refused, nothing started.
        long voor = runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count();
        Http.Antwoord zonderCategorie = http().als("mentor").post(aanmeldingen(nummer), """
                {"categorieen": ["LEREN"], "urgentie": "NORMAAL", "alGeprobeerd": "x",
                 "verzuim": [{"datum": "%s", "uren": 2}]}""".formatted(dagen.get(0)));
        assertThat(zonderCategorie.json().at("/fouten/0/veld").asText()).isEqualTo("verzuim");
        Http.Antwoord zaterdag = http().als("mentor").post(aanmeldingen(nummer), """
                {"categorieen": ["VERZUIM"], "urgentie": "NORMAAL", "alGeprobeerd": "x",
                 "verzuim": [{"datum": "2026-11-07", "uren": 2}]}""");
        assertThat(zaterdag.status()).isEqualTo(400);
        assertThat(zaterdag.json().at("/fouten/0/veld").asText()).isEqualTo("verzuim[0].datum");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aanmelding").count()).isEqualTo(voor);
    }

    @Test
    void ongeldigeAanmeldingenEnVreemdeTaken() {
        String nummer = nieuwDossier();
        Http.Antwoord leeg = http().als("mentor").post(aanmeldingen(nummer), "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().get("fouten").toString()).contains("categorieen", "urgentie", "alGeprobeerd");

        Http.Antwoord onbekend = http().als("mentor").post("/api/dossiers/2026-99999/aanmeldingen", Testdossiers.AANMELDING);
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(http().als("leerplicht").post(aanmeldingen(nummer), Testdossiers.AANMELDING).status()).isEqualTo(403);

        http().als("mentor").post(aanmeldingen(nummer), Testdossiers.AANMELDING);
        JsonNode intake = taakVan("zorgcoordinator", nummer, "intake");
        // Someone else's task does not exist for you; a field the task does not know is refused.
        assertThat(http().als("jeugdhulp").post(voltooi(intake), "{}").status()).isEqualTo(404);
        Http.Antwoord vreemd = http().als("zorgcoordinator").post(voltooi(intake), "{\"diagnose\": \"x\"}");
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.json().at("/fouten/0/veld").asText()).isEqualTo("diagnose");
        assertThat(http().als("zorgcoordinator").get("/api/taken?maximaal=0").status()).isEqualTo(400);
    }

    @Test
    void dezelfdeZorgVijfKeerTegelijkIsEenAanmelding() throws Exception {
        String nummer = nieuwDossier();

        List<Http.Antwoord> antwoorden = Tegelijk.keer(5, () -> http().als("mentor").post(aanmeldingen(nummer),
                Testdossiers.AANMELDING));

        // One referral: the first answers 201, the others 200 with that same referral.
        assertThat(antwoorden).extracting(Http.Antwoord::status).containsOnlyOnce(201).containsOnly(201, 200);
        String instantie = antwoorden.get(0).json().get("procesInstantieId").asText();
        assertThat(antwoorden).extracting(a -> a.json().get("procesInstantieId").asText()).containsOnly(instantie);
        assertThat(http().als("zorgcoordinator").get(aanmeldingen(nummer)).json()).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("aanmelding").count()).isEqualTo(1);

        // Another concern is a referral of its own: more urgent, or about something else.
        assertThat(http().als("mentor").post(aanmeldingen(nummer), Testdossiers.AANMELDING.replace("NORMAAL", "HOOG"))
                .status()).isEqualTo(201);
        // Once its referral ended, the same concern starts a new one.
        runtimeService.deleteProcessInstance(instantie, "Test: de aanmelding is afgerond");
        Http.Antwoord opnieuw = http().als("mentor").post(aanmeldingen(nummer), Testdossiers.AANMELDING);
        assertThat(opnieuw.status()).isEqualTo(201);
        assertThat(opnieuw.json().get("procesInstantieId").asText()).isNotEqualTo(instantie);
        assertThat(http().als("zorgcoordinator").get(aanmeldingen(nummer)).json()).hasSize(3);
    }

    @Test
    void deTakenlijstZetTeLaatBovenaan() {
        JsonNode lijst = http().als("zorgcoordinator").get("/api/taken").json();
        List<String> vervaldata = new ArrayList<>();
        lijst.forEach(t -> vervaldata.add(t.path("vervaldatum").asText("")));
        List<String> metDatum = vervaldata.stream().filter(d -> !d.isEmpty()).toList();
        assertThat(metDatum).isSorted();
        assertThat(vervaldata.indexOf("")).as("taken zonder vervaldatum achteraan")
                .isIn(-1, metDatum.size());
    }

    private String nieuwDossier() {
        return http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    private JsonNode taakVan(String gebruiker, String nummer, String taak) {
        for (JsonNode t : http().als(gebruiker).get("/api/taken?maximaal=1000").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && taak.equals(t.get("taak").asText())) {
                return t;
            }
        }
        return null;
    }

    private static String voltooi(JsonNode taak) {
        return "/api/taken/" + taak.get("id").asText() + "/voltooien";
    }

    private static String aanmeldingen(String nummer) {
        return "/api/dossiers/" + nummer + "/aanmeldingen";
    }

    /** Four lesdagen of region midden, in the past: Monday 2 to Thursday 5 November 2026. */
    private static List<String> vierLesdagen() {
        return List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05");
    }
}
