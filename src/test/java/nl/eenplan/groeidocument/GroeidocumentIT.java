package nl.eenplan.groeidocument;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 23: the groeidocument as a document in the dossier, over /api with security and database. Each save a new
 * version (earlier ones stay readable, with who and when), the parents' signature on one version (a new version is
 * unsigned), for the staff of the pupil's school only; every read and write in the audit log.
 */
class GroeidocumentIT extends IntegratieTest {

    @Autowired
    AuditLog audit;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;

    String nummer;
    String pad;

    @BeforeEach
    void gegevenEenLeerling() {
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        pad = "/api/dossiers/" + nummer + "/groeidocument";
    }

    @Test
    void elkeOpslagIsEenNieuweVersieEnEerdereBlijvenLeesbaar() {
        JsonNode leeg = zc().get(pad).json();
        assertThat(leeg.path("huidig").isMissingNode()).as("nog geen versie").isTrue();
        assertThat(leeg.get("versies")).isEmpty();

        JsonNode eerste = Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        assertThat(eerste.get("versie").asInt()).isEqualTo(1);
        assertThat(eerste.get("opgeslagenDoor").asText()).isEqualTo("mentor");
        Http.Antwoord tweede = zc().put(pad, """
                {"onderwijsbehoeften": "  Korte instructie en een vaste plek.  ", "hulpvraag": ""}""");
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(200);

        JsonNode doc = zc().get(pad).json();
        assertThat(doc.at("/huidig/versie").asInt()).isEqualTo(2);
        assertThat(doc.at("/huidig/secties/onderwijsbehoeften").asText()).isEqualTo("Korte instructie en een vaste plek.");
        assertThat(doc.at("/huidig/secties/hulpvraag").isMissingNode()).as("leeg deel").isTrue();
        assertThat(doc.at("/huidig/opgeslagenDoor").asText()).isEqualTo("zorgcoordinator");
        assertThat(doc.get("versies")).extracting(v -> v.get("versie").asInt()).containsExactly(2, 1);
        // The first version as it was saved.
        JsonNode een = http().als("mentor").get(pad + "/versies/1").json();
        assertThat(een.at("/secties/sterkeKanten").asText()).isEqualTo("Sam is behulpzaam en sterk in rekenen.");
        assertThat(een.get("opgeslagenDoor").asText()).isEqualTo("mentor");
        assertThat(zc().get(pad + "/versies/7").status()).isEqualTo(404);

        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getHandeling()).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
            assertThat(r.getWat()).contains("/groeidocument");
        }).anySatisfy(r -> {
            assertThat(r.getHandeling()).isEqualTo(AuditRegel.Handeling.LEZEN);
            assertThat(r.getWat()).contains("/groeidocument/versies/1");
        });
    }

    @Test
    void eenLeegOfTeLangGroeidocumentWordtGeweigerdPerVeld() {
        Http.Antwoord leeg = zc().put(pad, "{\"sterkeKanten\": \"  \"}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.contentType()).contains("application/problem+json");
        assertThat(leeg.json().get("fouten").toString()).contains("sterkeKanten", "Vul minstens één deel");
        Http.Antwoord teLang = zc().put(pad, "{\"visieOuders\": \"" + "a".repeat(4001) + "\"}");
        assertThat(teLang.status()).isEqualTo(400);
        assertThat(teLang.json().get("fouten").toString()).contains("visieOuders", "maximaal 4000 tekens");
        assertThat(zc().get(pad).json().get("versies")).isEmpty();
    }

    @Test
    void deZorgcoordinatorLegtDeHandtekeningVanEenOuderVastBijEenVersie_EenNieuweVersieIsNietOndertekend() {
        JsonNode ondertekend = Groeidocumenten.ondertekend(zc(), nummer);
        assertThat(ondertekend.get("ondertekend").asBoolean()).isTrue();
        assertThat(ondertekend.at("/handtekeningen/0/naam").asText()).isEqualTo("Anna Jansen");
        assertThat(ondertekend.at("/handtekeningen/0/relatie").asText()).isEqualTo("moeder");
        assertThat(ondertekend.at("/handtekeningen/0/wijze").asText()).isEqualTo("OP_PAPIER");
        assertThat(ondertekend.at("/handtekeningen/0/vastgelegdDoor").asText()).isEqualTo("zorgcoordinator");

        JsonNode nieuw = Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        assertThat(nieuw.get("versie").asInt()).isEqualTo(2);
        assertThat(nieuw.get("ondertekend").asBoolean()).isFalse();
        JsonNode doc = zc().get(pad).json();
        assertThat(doc.get("versies")).extracting(v -> v.get("ondertekend").asBoolean()).containsExactly(false, true);

        // The mentor writes sections but does not record signatures.
        assertThat(http().als("mentor").post(pad + "/handtekeningen", """
                {"versie": 2, "naam": "Anna Jansen", "relatie": "moeder", "getekendOp": "%s", "wijze": "DIGITAAL"}"""
                .formatted(vandaag())).status()).isEqualTo(403);
    }

    @Test
    void eenHandtekeningZonderGegevensOfBijEenOnbekendeVersieOfInDeToekomstWordtGeweigerd() {
        Groeidocumenten.opgeslagen(zc(), nummer);
        Http.Antwoord leeg = zc().post(pad + "/handtekeningen", "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().get("fouten").toString())
                .contains("versie", "naam", "relatie", "getekendOp", "wijze", "Kies hoe er is getekend");
        Http.Antwoord onbekend = zc().post(pad + "/handtekeningen", """
                {"versie": 9, "naam": "Anna Jansen", "relatie": "moeder", "getekendOp": "%s", "wijze": "DIGITAAL"}"""
                .formatted(vandaag()));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().get("fouten").toString()).contains("versie", "geen versie 9");
        Http.Antwoord morgen = zc().post(pad + "/handtekeningen", """
                {"versie": 1, "naam": "Anna Jansen", "relatie": "moeder", "getekendOp": "%s", "wijze": "DIGITAAL"}"""
                .formatted(vandaag().plusDays(1)));
        assertThat(morgen.status()).isEqualTo(400);
        assertThat(morgen.json().get("fouten").toString()).contains("getekendOp", "toekomst");
        Http.Antwoord ervoor = zc().post(pad + "/handtekeningen", """
                {"versie": 1, "naam": "Anna Jansen", "relatie": "moeder", "getekendOp": "%s", "wijze": "DIGITAAL"}"""
                .formatted(vandaag().minusDays(1)));
        assertThat(ervoor.status()).isEqualTo(400);
        assertThat(ervoor.json().get("fouten").toString()).contains("getekendOp", "vóór zij bestond");
        assertThat(zc().get(pad).json().at("/huidig/ondertekend").asBoolean()).isFalse();
    }

    /** One door: staff of another school find no such pupil; groups outside the school read nothing here. */
    @Test
    void alleenDeSchoolVanDeLeerlingZietHetGroeidocument() {
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        Groeidocumenten.ondertekend(zc(), nummer);
        Http anderen = http().als("zorgcoordinatorAmersfoort");
        assertThat(anderen.get(pad).status()).isEqualTo(404);
        assertThat(anderen.get(pad + "/versies/1").status()).isEqualTo(404);
        assertThat(anderen.put(pad, Groeidocumenten.SECTIES).status()).isEqualTo(404);
        assertThat(anderen.post(pad + "/handtekeningen", "{}").status()).isEqualTo(404);
        for (String groep : new String[] {"swv", "gemeente", "jeugdhulp", "leerplicht"}) {
            assertThat(http().als(groep).get(pad).status()).as(groep).isIn(403, 404);
            assertThat(http().als(groep).put(pad, Groeidocumenten.SECTIES).status()).as(groep).isIn(403, 404);
        }
        assertThat(zc().get(pad).json().get("versies")).hasSize(1);
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
