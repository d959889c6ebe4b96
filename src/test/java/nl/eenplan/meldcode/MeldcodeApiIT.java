package nl.eenplan.meldcode;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/dossiers/{nr}/meldcode} over HTTP: who may start a meldcode and who may read it (the school's
 * zorgcoördinator and aandachtsfunctionaris only), another school's user finds nothing, and Dutch per-field errors.
 */
class MeldcodeApiIT extends IntegratieTest {

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    String nummer;

    @BeforeEach
    void eenLeerlingMetEenMeldcode() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        Http.Antwoord gestart = http().als("aandachtsfunctionaris").post("/api/dossiers/" + nummer + "/meldcode",
                "{\"aanleiding\": \"VERZUIM\", \"signaal\": \"Veel verzuim op maandagen, vertelt over ruzie thuis.\"}");
        assertThat(gestart.status()).as(gestart.body()).isEqualTo(201);
        assertThat(gestart.json().get("status").asText()).isEqualTo("LOPEND");
    }

    @Test
    void deZorgcoordinatorEnDeAandachtsfunctionarisLezenDeMeldcode() {
        for (String wie : new String[] {"zorgcoordinator", "aandachtsfunctionaris"}) {
            Http.Antwoord a = http().als(wie).get("/api/dossiers/" + nummer + "/meldcode");
            assertThat(a.status()).as(wie).isEqualTo(200);
            assertThat(a.json().at("/0/aanleiding").asText()).isEqualTo("VERZUIM");
            assertThat(a.json().at("/0/signaal").asText()).contains("ruzie thuis");
            assertThat(a.json().at("/0/gestartDoor").asText()).isEqualTo("aandachtsfunctionaris");
            long id = a.json().at("/0/id").asLong();
            assertThat(http().als(wie).get("/api/dossiers/" + nummer + "/meldcode/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void mentorJeugdhulpLeerplichtSwvEnGemeenteLezenHemNiet() {
        for (String wie : new String[] {"mentor", "jeugdhulp", "leerplicht", "swv", "gemeente"}) {
            Http.Antwoord a = http().als(wie).get("/api/dossiers/" + nummer + "/meldcode");
            assertThat(a.status()).as(wie + ": " + a.body()).isIn(403, 404);
            assertThat(a.body()).doesNotContain("ruzie thuis");
        }
        // Jeugdhulp and leerplicht cannot start one either.
        assertThat(http().als("jeugdhulp").post("/api/dossiers/" + nummer + "/meldcode",
                "{\"aanleiding\": \"SIGNAAL\", \"signaal\": \"x\"}").status()).isIn(403, 404);
    }

    @Test
    void eenGebruikerVanEenAndereSchoolVindtNiets() {
        for (String wie : new String[] {"zorgcoordinatorAmersfoort", "mentorAmersfoort"}) {
            assertThat(http().als(wie).get("/api/dossiers/" + nummer + "/meldcode").status()).as(wie).isEqualTo(404);
            assertThat(http().als(wie).post("/api/dossiers/" + nummer + "/meldcode",
                    "{\"aanleiding\": \"SIGNAAL\", \"signaal\": \"Zorgen.\"}").status()).as(wie).isEqualTo(404);
        }
    }

    @Test
    void eenOnvolledigeStartGeeftFoutenPerVeld() {
        Http.Antwoord fout = http().als("mentor").post("/api/dossiers/" + nummer + "/meldcode", "{\"aanleiding\": null}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("aanleiding").contains("signaal").contains("Beschrijf kort het signaal");
        Http.Antwoord onbekend = http().als("mentor").post("/api/dossiers/" + nummer + "/meldcode",
                "{\"aanleiding\": \"ZOMAAR\", \"signaal\": \"Zorgen.\"}");
        assertThat(onbekend.status()).isEqualTo(400);
    }
}
