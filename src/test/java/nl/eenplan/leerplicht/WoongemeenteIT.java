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
