package nl.eenplan.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #22, "where a report goes": a verzuimmelding reaches leerplicht of the gemeente where the pupil lives
 * (Leerplichtwet 1969 art. 21; DUO's verzuimregister routes on the address), not the school's gemeente; through every
 * door (EenPlan's API, Tasklist's /engine-rest). The demo school 99ZZ00 is in Utrecht (GM0344); the pupil lives in Zeist
 * (GM0355), whose officer is user {@code leerplichtzeist}.
 */
class WoongemeenteIT extends IntegratieTest {

    static final String ZEIST = "GM0355";
    static final String LEERPLICHT_ZEIST = "leerplichtzeist";

    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;

    @BeforeEach
    void zeistWerktOokMetEenPlan() {
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(LEERPLICHT_ZEIST, "Lotte", "Zeist", "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie(LEERPLICHT_ZEIST, Organisaties.gemeenteGroep("Zeist"));
    }

    @Test
    void leerplichtwetArt21_eenMeldingBereiktDeGemeenteWaarDeLeerlingWoontEnNietDieVanDeSchool() {
        String nummer = nieuwDossier(adres(ZEIST, false));
        Http school = http().als("zorgcoordinator");
        long melding = school.post("/api/dossiers/" + nummer + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}
                """).json().at("/nieuweMeldingen/0").asLong();
        school.put("/api/verzuimmeldingen/" + melding, """
                {"vermoedelijkeReden": "Leerling zegt zich niet goed te voelen.", "toelichting": "Gesprekken gevoerd.",
                 "gevraagdeActie": "Gesprek met leerling en ouders.", "contactpersoon": "Z. Coördinator, 030 123 4567",
                 "rolMelder": "Zorgcoördinator", "locatie": "Hoofdgebouw"}
                """);
        assertThat(school.post("/api/verzuimmeldingen/" + melding + "/versturen", "").status()).isEqualTo(200);
        overdrachtenNaarLeerplicht();

        // Zeist's officer has it in the inbox, with where it came from; Utrecht's (the school's gemeente) does not.
        JsonNode inZeist = inInbox(LEERPLICHT_ZEIST, nummer);
        assertThat(inZeist).as("in de inbox van leerplicht Zeist").isNotNull();
        assertThat(inZeist.at("/routering/gemeentecode").asText()).isEqualTo(ZEIST);
        assertThat(inZeist.at("/routering/soort").asText()).isEqualTo("WOONGEMEENTE");
        assertThat(inZeist.at("/school/brin").asText()).isEqualTo("99ZZ00");
        assertThat(inInbox("leerplicht", nummer)).as("niet bij leerplicht Utrecht").isNull();
        long id = inZeist.get("id").asLong();
        assertThat(http().als("leerplicht").get("/api/escalaties/" + id).status()).isEqualTo(404);
        assertThat(http().als(LEERPLICHT_ZEIST).get("/api/verzuimmeldingen/" + melding).status()).isEqualTo(200);
        assertThat(http().als("leerplicht").get("/api/verzuimmeldingen/" + melding).status()).isEqualTo(404);
        // The care side stays closed to the officer of the home gemeente too.
        assertThat(http().als(LEERPLICHT_ZEIST).get("/api/dossiers/" + nummer).status()).isIn(403, 404);

        // Tasklist's door: the assessment is Zeist's task; Utrecht's officer neither sees nor completes it.
        String proces = http().als(LEERPLICHT_ZEIST).get("/engine-rest/process-instance?businessKey=" + nummer
                + "&processDefinitionKey=leerplichtEscalatie").json().get(0).get("id").asText();
        assertThat(http().als("leerplicht").get("/engine-rest/task?processInstanceId=" + proces).json()).isEmpty();
        JsonNode taken = http().als(LEERPLICHT_ZEIST).get("/engine-rest/task?processInstanceId=" + proces).json();
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).get("tenantId").asText()).isEqualTo(ZEIST);
        String taak = taken.get(0).get("id").asText();
        Http.Antwoord vanUtrecht = http().als("leerplicht").post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"route\": {\"value\": \"vrijwilligeHulp\"}}}");
        assertThat(vanUtrecht.status()).isIn(403, 404);
        assertThat(leerplicht.haalOp(id).status()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);

        Http.Antwoord vanZeist = http().als(LEERPLICHT_ZEIST).post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"route\": {\"value\": \"vrijwilligeHulp\"}}}");
        assertThat(vanZeist.status()).as(vanZeist.body()).isEqualTo(204);

        // The school keeps seeing its own report's status and hears the route.
        assertThat(school.get("/api/dossiers/" + nummer + "/escalaties").json().get(0).get("status").asText())
                .isEqualTo("IN_BEHANDELING");
        assertThat(school.get("/api/verzuimmeldingen/" + melding).json().get("leerplichtStatus").asText())
                .isEqualTo("IN_BEHANDELING");
    }

    @Test
    void zonderWoonadresGaatDeMeldingVoorlopigNaarDeGemeenteVanDeSchoolEnHoortDeSchoolDat() {
        String nummer = nieuwDossier(null);
        LeerplichtEscalatie e = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim.", "test");
        overdrachtenNaarLeerplicht();

        JsonNode inUtrecht = inInbox("leerplicht", nummer);
        assertThat(inUtrecht).isNotNull();
        assertThat(inUtrecht.at("/routering/soort").asText()).isEqualTo("SCHOOLGEMEENTE_ZONDER_ADRES");
        assertThat(inUtrecht.at("/routering/gemeentecode").asText()).isEqualTo("GM0344");
        assertThat(inInbox(LEERPLICHT_ZEIST, nummer)).isNull();
        assertThat(http().als("zorgcoordinator").get("/api/meldingen").body())
                .contains("Het woonadres van de leerling staat niet in EenPlan").contains(nummer);

        // Once the address is there, the next report goes to where the pupil lives.
        assertThat(http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                adres(ZEIST, false)).status()).isEqualTo(200);
        LeerplichtEscalatie volgende = leerplicht.escaleer(nummer, Reden.VERZUIM, "Weer 16 uur verzuim.", "test");
        overdrachtenNaarLeerplicht();
        assertThat(volgende.getEigenaar()).isEqualTo(ZEIST);
        assertThat(leerplicht.status(e.getId())).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
    }

    @Test
    void woontDeLeerlingInEenGemeenteBuitenEenPlanDanGaatDeMeldingAlleenViaDuoEnGaatErNietsVerloren() {
        String nummer = nieuwDossier(adres("GM0363", false));
        LeerplichtEscalatie e = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim.", "test");
        overdrachtenNaarLeerplicht();

        assertThat(e.getRoutering()).isEqualTo(Escalatieroute.Soort.BUITEN_EENPLAN);
        assertThat(e.getProcesInstantieId()).as("geen beoordeling in EenPlan").isNull();
        assertThat(inInbox("leerplicht", nummer)).isNull();
        assertThat(inInbox(LEERPLICHT_ZEIST, nummer)).isNull();
        assertThat(http().als("zorgcoordinator").get("/api/meldingen").body())
                .contains("alleen via het verzuimregister van DUO").contains("GM0363");
        JsonNode opDossier = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/escalaties").json();
        assertThat(opDossier).singleElement().satisfies(x -> {
            assertThat(x.get("status").asText()).isEqualTo("GEREGISTREERD");
            assertThat(x.at("/routering/soort").asText()).isEqualTo("BUITEN_EENPLAN");
        });
        // Withdrawing it still works: there is no assessment here to stop.
        leerplicht.trekIn(e.getId(), "Registratiefout.", "zorgcoordinator");
        assertThat(leerplicht.status(e.getId())).isEqualTo(LeerplichtEscalatie.Status.INGETROKKEN);
    }

    /**
     * Issue #22, the escalation moves with the pupil (Leerplichtwet 1969 art. 21: the gemeente where the pupil lives).
     * Routed to the school's gemeente (Utrecht) for want of an address; the school records the address in Zeist: the
     * case is handed over, Utrecht loses it through every door, Zeist assesses it. The pupil moves back to Utrecht while
     * Zeist works the route: handed back at the step it reached, and Utrecht closes it.
     */
    @Test
    void leerplichtwetArt21_eenOpenEscalatieVerhuistMetDeLeerlingMee() {
        String nummer = nieuwDossier(null);
        LeerplichtEscalatie e = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim van 2 tot en met 5 november.",
                "test");
        overdrachtenNaarLeerplicht();
        long id = e.getId();
        String oudProces = proces(LEERPLICHT_UTRECHT_GEBRUIKER, nummer);
        String oudeTaak = http().als("leerplicht").get("/engine-rest/task?processInstanceId=" + oudProces).json().get(0)
                .get("id").asText();

        // The school records the address in task "Woonadres vastleggen", in Tasklist (/engine-rest): the same door.
        String woonadrestaak = http().als("zorgcoordinator").get("/engine-rest/task?processInstanceBusinessKey=" + nummer
                + "&processDefinitionKey=woonadresVastleggen").json().get(0).get("id").asText();
        Http.Antwoord adres = http().als("zorgcoordinator").post("/engine-rest/task/" + woonadrestaak + "/complete", """
                {"variables": {"postcode": {"value": "3701ab"}, "huisnummer": {"value": "12a"},
                 "woonplaats": {"value": "Zeist"}, "gemeentecode": {"value": "GM0355"},
                 "vertrouwelijk": {"value": false}}}""");
        assertThat(adres.status()).as(adres.body()).isEqualTo(204);

        // Utrecht: no escalation, no task, no instance, through EenPlan's API and Tasklist's /engine-rest.
        assertThat(http().als("leerplicht").get("/api/escalaties/" + id).status()).isEqualTo(404);
        assertThat(inInbox("leerplicht", nummer)).isNull();
        assertThat(http().als("leerplicht").get("/engine-rest/task/" + oudeTaak).status()).isEqualTo(404);
        assertThat(http().als("leerplicht").get("/engine-rest/process-instance?businessKey=" + nummer
                + "&processDefinitionKey=leerplichtEscalatie").json()).isEmpty();
        assertThat(geschiedenis.createHistoricProcessInstanceQuery().processInstanceId(oudProces).singleResult()
                .getDeleteReason()).startsWith("Overgedragen aan gemeente Zeist (GM0355)");
        assertThat(berichten("leerplicht", nummer)).anySatisfy(b -> assertThat(b.get("tekst").asText())
                .contains("woont niet meer in uw gemeente maar in gemeente Zeist", "16 uur verzuim")
                .doesNotContain("3701"));

        // Zeist: the same escalation, with its handover recorded, and the task in Zeist's tenant.
        JsonNode inZeist = http().als(LEERPLICHT_ZEIST).get("/api/escalaties/" + id).json();
        assertThat(inZeist.at("/routering/gemeentecode").asText()).isEqualTo(ZEIST);
        assertThat(inZeist.at("/routering/soort").asText()).isEqualTo("WOONGEMEENTE");
        assertThat(inZeist.get("feiten").asText()).isEqualTo("16 uur verzuim van 2 tot en met 5 november.");
        assertThat(inZeist.get("overdrachten")).singleElement().satisfies(o -> {
            assertThat(o.get("van").asText()).isEqualTo("GM0344");
            assertThat(o.get("naar").asText()).isEqualTo(ZEIST);
            assertThat(o.get("door").asText()).isEqualTo("zorgcoordinator");
            assertThat(o.get("status").asText()).isEqualTo("GEREGISTREERD");
            assertThat(o.get("op").isTextual()).isTrue();
        });
        assertThat(berichten(LEERPLICHT_ZEIST, nummer)).anySatisfy(b -> assertThat(b.get("tekst").asText())
                .contains("woont nu in uw gemeente", "overgedragen", "/leerplicht/escalaties/" + id));
        String nieuwProces = proces(LEERPLICHT_ZEIST, nummer);
        JsonNode taken = http().als(LEERPLICHT_ZEIST).get("/engine-rest/task?processInstanceId=" + nieuwProces).json();
        assertThat(taken).singleElement().satisfies(t -> {
            assertThat(t.get("tenantId").asText()).isEqualTo(ZEIST);
            assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("beoordelen");
        });
        String taak = taken.get(0).get("id").asText();
        assertThat(http().als("leerplicht").get("/engine-rest/task/" + taak).status()).isEqualTo(404);
        assertThat(http().als("leerplicht").post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"route\": {\"value\": \"vrijwilligeHulp\"}}}").status()).isIn(403, 404);
        Http.Antwoord beoordeeld = http().als(LEERPLICHT_ZEIST).post("/engine-rest/task/" + taak + "/complete",
                "{\"variables\": {\"route\": {\"value\": \"vrijwilligeHulp\"}}}");
        assertThat(beoordeeld.status()).as(beoordeeld.body()).isEqualTo(204);
        assertThat(leerplicht.status(id)).isEqualTo(LeerplichtEscalatie.Status.IN_BEHANDELING);

        // Back to Utrecht while Zeist works the route: handed back at closing, the route kept.
        assertThat(http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                adres("GM0344", false)).status()).isEqualTo(200);
        assertThat(http().als(LEERPLICHT_ZEIST).get("/api/escalaties/" + id).status()).isEqualTo(404);
        JsonNode terug = http().als("leerplicht").get("/api/escalaties/" + id).json();
        assertThat(terug.get("route").asText()).isEqualTo("VRIJWILLIGE_HULP");
        assertThat(terug.get("overdrachten")).hasSize(2);
        assertThat(terug.at("/overdrachten/1/status").asText()).isEqualTo("IN_BEHANDELING");
        String weerInUtrecht = proces("leerplicht", nummer);
        JsonNode afsluiten = http().als("leerplicht").get("/engine-rest/task?processInstanceId=" + weerInUtrecht).json();
        assertThat(afsluiten).singleElement().satisfies(t -> {
            assertThat(t.get("taskDefinitionKey").asText()).isEqualTo("afsluiten");
            assertThat(t.get("tenantId").asText()).isEqualTo("GM0344");
        });
        assertThat(http().als(LEERPLICHT_ZEIST).get("/engine-rest/task?processInstanceId=" + weerInUtrecht).json())
                .isEmpty();
        Http.Antwoord klaar = http().als("leerplicht").post("/engine-rest/task/" + afsluiten.get(0).get("id").asText()
                + "/complete", "{\"variables\": {\"uitkomst\": {\"value\": \"weerNaarSchool\"}}}");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(204);
        assertThat(leerplicht.status(id)).isEqualTo(LeerplichtEscalatie.Status.AFGESLOTEN);

        // A concluded escalation stays where it was concluded.
        http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres", adres(ZEIST, false));
        assertThat(http().als("leerplicht").get("/api/escalaties/" + id).status()).isEqualTo(200);
    }

    /**
     * The pupil moves to a gemeente that does not work with this EenPlan: the assessment ends here, the old gemeente
     * loses the case and hears where it went, and the school is told, as when a report is first routed there, that it
     * reaches that gemeente through DUO's verzuimregister only.
     */
    @Test
    void verhuistDeLeerlingNaarEenGemeenteBuitenEenPlanDanGaatDeZaakDaarHeenViaDuo() {
        String nummer = nieuwDossier(adres(ZEIST, false));
        LeerplichtEscalatie e = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur verzuim.", "test");
        overdrachtenNaarLeerplicht();
        String oudProces = proces(LEERPLICHT_ZEIST, nummer);

        assertThat(http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                adres("GM0363", false)).status()).isEqualTo(200);

        assertThat(http().als(LEERPLICHT_ZEIST).get("/api/escalaties/" + e.getId()).status()).isEqualTo(404);
        assertThat(geschiedenis.createHistoricProcessInstanceQuery().processInstanceId(oudProces).singleResult()
                .getEndTime()).isNotNull();
        assertThat(berichten(LEERPLICHT_ZEIST, nummer)).anySatisfy(b -> assertThat(b.get("tekst").asText())
                .contains("gemeente GM0363", "verzuimregister van DUO"));
        assertThat(http().als("zorgcoordinator").get("/api/meldingen").body())
                .contains("alleen via het verzuimregister van DUO").contains("GM0363");
        JsonNode opDossier = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/escalaties").json();
        assertThat(opDossier).singleElement().satisfies(x -> {
            assertThat(x.at("/routering/soort").asText()).isEqualTo("BUITEN_EENPLAN");
            assertThat(x.at("/overdrachten/0/naar").asText()).isEqualTo("GM0363");
        });
        // And back into EenPlan: the assessment starts in Zeist again.
        http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres", adres(ZEIST, false));
        assertThat(http().als(LEERPLICHT_ZEIST).get("/engine-rest/task?processInstanceId="
                + proces(LEERPLICHT_ZEIST, nummer)).json()).singleElement()
                .satisfies(t -> assertThat(t.get("tenantId").asText()).isEqualTo(ZEIST));
    }

    @Test
    void hetWoonadresWordtGecontroleerdEnEenVertrouwelijkAdresToontAlleenDeGemeente() {
        String nummer = nieuwDossier(null);
        Http.Antwoord fout = http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres", """
                {"postcode": "0123 A", "huisnummer": "nul", "woonplaats": "", "gemeentecode": "0344"}
                """);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(fout.body()).contains("postcode").contains("huisnummer").contains("woonplaats")
                .contains("gemeentecode").contains("GM0344");

        JsonNode dossier = http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                adres(ZEIST, true)).json();
        assertThat(dossier.at("/leerling/woonadres/gemeentecode").asText()).isEqualTo(ZEIST);
        assertThat(dossier.at("/leerling/woonadres/vertrouwelijk").asBoolean()).isTrue();
        assertThat(dossier.at("/leerling/woonadres/postcode").isValueNode()).as("geen postcode").isFalse();
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer).body()).doesNotContain("3701");

        // Only the pupil's own school records it; a mentor may not.
        assertThat(http().als("mentor").put("/api/dossiers/" + nummer + "/leerling/woonadres", adres(ZEIST, false))
                .status()).isEqualTo(403);
    }

    @Test
    void gemeentenHebbenEenCbsCodeEnScholenDieAlleenDeNaamKendenNemenHemOver() {
        Http beheer = http().als("demo");
        beheer.post("/api/scholen", """
                {"brin": "98HH00", "naam": "School in Houten (test)", "gemeente": "Houten",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN"}
                """);
        assertThat(beheer.get("/api/scholen/98HH00").json().path("gemeentecode").isTextual()).isFalse();
        JsonNode houten = beheer.put("/api/gemeenten/GM0321", "{\"naam\": \"Houten\"}").json();
        assertThat(houten.get("groep").asText()).isEqualTo("gemeente-houten");
        assertThat(beheer.get("/api/scholen/98HH00").json().get("gemeentecode").asText()).isEqualTo("GM0321");

        Http.Antwoord fout = beheer.put("/api/gemeenten/0321", "{\"naam\": \"Houten\"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("GM met 4 cijfers");
        assertThat(http().als("leerplicht").put("/api/gemeenten/GM0999", "{\"naam\": \"Nergens\"}").status())
                .isEqualTo(403);
        assertThat(http().als("leerplicht").get("/api/gemeenten").body()).contains("GM0344").contains("Utrecht");
    }

    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    org.camunda.bpm.engine.HistoryService geschiedenis;

    static final String LEERPLICHT_UTRECHT_GEBRUIKER = "leerplicht";

    private String proces(String gebruiker, String nummer) {
        JsonNode lopend = http().als(gebruiker).get("/engine-rest/process-instance?businessKey=" + nummer
                + "&processDefinitionKey=leerplichtEscalatie").json();
        assertThat(lopend).as("lopende beoordeling voor " + gebruiker).hasSize(1);
        return lopend.get(0).get("id").asText();
    }

    private java.util.List<JsonNode> berichten(String gebruiker, String nummer) {
        java.util.List<JsonNode> gevonden = new java.util.ArrayList<>();
        http().als(gebruiker).get("/api/meldingen").json().forEach(b -> {
            if (nummer.equals(b.path("dossierNummer").asText())) {
                gevonden.add(b);
            }
        });
        return gevonden;
    }

    private String nieuwDossier(String woonadres) {
        String body = Testdossiers.nieuw();
        if (woonadres != null) {
            body = body.replace("\"leerjaar\": 7,", "\"leerjaar\": 7, \"woonadres\": " + woonadres + ",");
        }
        Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", body);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }

    private static String adres(String gemeentecode, boolean vertrouwelijk) {
        return "{\"postcode\": \"3701 AB\", \"huisnummer\": \"12a\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                + gemeentecode + "\", \"vertrouwelijk\": " + vertrouwelijk + "}";
    }

    private JsonNode inInbox(String gebruiker, String nummer) {
        for (JsonNode e : http().als(gebruiker).get("/api/escalaties").json()) {
            if (e.get("dossierNummer").asText().equals(nummer)) {
                return e;
            }
        }
        return null;
    }
}
