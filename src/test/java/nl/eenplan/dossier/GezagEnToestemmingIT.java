package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;

/**
 * Who consents, over HTTP: every guardian with gezag for jeugdhulp (Jeugdwet art. 7.3.4 lid 2), a parent without gezag
 * never (BW art. 1:377c: information, not decisions), a voogd or GI as guardian, unknown gezag makes consent wait, each
 * age band of the Jeugdwet and the AVG at its boundary, and the proof recorded with each consent.
 */
class GezagEnToestemmingIT extends IntegratieTest {

    static final String A = "{\"naam\": \"Anna Jansen\", \"relatie\": \"OUDER\", \"gezag\": true}";
    static final String B_MET = "{\"naam\": \"Bram Jansen\", \"relatie\": \"OUDER\", \"gezag\": true}";
    static final String B_ZONDER = "{\"naam\": \"Bram Jansen\", \"relatie\": \"OUDER\", \"gezag\": false}";

    @Test
    void tweeOudersMetGezag_jeugdhulpVraagtIederVanHen() {
        String nummer = dossier(10, A + ", " + B_MET);
        Http.Antwoord zonderKeuze = geef(nummer, "JEUGDHULP", "OUDERS", null);
        assertThat(zonderKeuze.status()).isEqualTo(400);
        assertThat(zonderKeuze.body()).contains("ouderId", "Kies welke ouder of voogd", "Anna Jansen", "Bram Jansen");

        assertThat(geef(nummer, "JEUGDHULP", "OUDERS", ouder(nummer, "Anna Jansen")).status()).isEqualTo(201);
        assertThat(inWerking(nummer)).doesNotContain("JEUGDHULP");
        Http.Antwoord bram = geef(nummer, "JEUGDHULP", "OUDERS", ouder(nummer, "Bram Jansen"));
        assertThat(bram.status()).isEqualTo(201);
        assertThat(inWerking(nummer)).contains("JEUGDHULP");

        // Either parent withdrawing ends it.
        assertThat(zc().post(pad(nummer) + "/" + bram.json().get("id").asText() + "/intrekken",
                "{\"vorm\": \"PAPIER\"}").status()).isEqualTo(204);
        assertThat(inWerking(nummer)).doesNotContain("JEUGDHULP");
    }

    @Test
    void eenOuderZonderGezag_geeftGeenToestemming_BW_1_377c() {
        String nummer = dossier(10, A + ", " + B_ZONDER);
        Http.Antwoord bram = geef(nummer, "JEUGDHULP", "OUDERS", ouder(nummer, "Bram Jansen"));
        assertThat(bram.status()).isEqualTo(400);
        assertThat(bram.body()).contains("Bram Jansen heeft geen gezag", "1:377c");
        // Anna, the only one with gezag, is enough; without naming her too.
        assertThat(geef(nummer, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(nummer)).contains("JEUGDHULP");
    }

    @Test
    void eenVoogdOfGecertificeerdeInstellingGeeftToestemming() {
        String voogd = dossier(9, "{\"naam\": \"Mr. De Wit\", \"relatie\": \"VOOGD\", \"gezag\": true}");
        assertThat(geef(voogd, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(voogd)).contains("JEUGDHULP");
        String gi = dossier(9, "{\"naam\": \"Jeugdbescherming Regio\", \"relatie\": \"GI\", \"gezag\": true}, "
                + "{\"naam\": \"Moeder\", \"relatie\": \"OUDER\", \"gezag\": false}");
        assertThat(geef(gi, "JEUGDHULP", "OUDERS", ouder(gi, "Jeugdbescherming Regio")).status()).isEqualTo(201);
        assertThat(inWerking(gi)).contains("JEUGDHULP");
        JsonNode ouders = zc().get("/api/dossiers/" + gi).json().at("/leerling/ouders");
        assertThat(ouders.toString()).contains("\"relatie\":\"GI\"", "\"gezag\":true", "\"gezag\":false");
    }

    @Test
    void onbekendGezagLaatToestemmingWachten_totDeSchoolHetVastlegt() {
        String nummer = dossier(10, "{\"naam\": \"Anna Jansen\", \"relatie\": \"OUDER\"}");
        Http.Antwoord wacht = geef(nummer, "JEUGDHULP", "OUDERS", null);
        assertThat(wacht.status()).isEqualTo(400);
        assertThat(wacht.body()).contains("nog niet bevestigd");
        long anna = ouder(nummer, "Anna Jansen");
        assertThat(zc().put("/api/dossiers/" + nummer + "/ouders/" + anna + "/gezag", "{\"gezag\": true}").status())
                .isEqualTo(200);
        assertThat(geef(nummer, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(nummer)).contains("JEUGDHULP");

        // A second parent with gezag becomes known: consent for jeugdhulp is no longer complete, sharing stops.
        assertThat(zc().post("/api/dossiers/" + nummer + "/ouders", B_MET).status()).isEqualTo(201);
        assertThat(inWerking(nummer)).doesNotContain("JEUGDHULP");
    }

    @Test
    void leeftijdsgrenzen_jeugdwetEnAvg() {
        // 11, the day before the 12th birthday: the parents; the pupil does not decide (either rule).
        String elf = dossierGeboren(vandaag().minusYears(12).plusDays(1), A);
        assertThat(geef(elf, "JEUGDHULP", "LEERLING", null).status()).isEqualTo(400);
        assertThat(geef(elf, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(elf)).contains("JEUGDHULP");

        // 12 today: jeugdhulp needs parent and pupil (Jeugdwet), the ondersteuningsteam the parent only (AVG).
        String twaalf = dossierGeboren(vandaag().minusYears(12), A);
        assertThat(geef(twaalf, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(twaalf)).doesNotContain("JEUGDHULP");
        assertThat(geef(twaalf, "JEUGDHULP", "LEERLING", null).status()).isEqualTo(201);
        assertThat(inWerking(twaalf)).contains("JEUGDHULP");
        assertThat(geef(twaalf, "ONDERSTEUNINGSTEAM", "LEERLING", null).status()).isEqualTo(400);
        assertThat(geef(twaalf, "ONDERSTEUNINGSTEAM", "OUDERS", null).status()).isEqualTo(201);
        assertThat(inWerking(twaalf)).contains("ONDERSTEUNINGSTEAM");

        // 15, the day before the 16th birthday: still the parent for the ondersteuningsteam.
        String vijftien = dossierGeboren(vandaag().minusYears(16).plusDays(1), A);
        assertThat(geef(vijftien, "ONDERSTEUNINGSTEAM", "LEERLING", null).status()).isEqualTo(400);

        // 16 today: the pupil alone, for both rules; the parents do not decide any more.
        String zestien = dossierGeboren(vandaag().minusYears(16), A);
        assertThat(geef(zestien, "JEUGDHULP", "OUDERS", null).status()).isEqualTo(400);
        assertThat(geef(zestien, "JEUGDHULP", "LEERLING", null).status()).isEqualTo(201);
        assertThat(geef(zestien, "ONDERSTEUNINGSTEAM", "LEERLING", null).status()).isEqualTo(201);
        assertThat(inWerking(zestien)).contains("JEUGDHULP", "ONDERSTEUNINGSTEAM");
    }

    @Test
    void hetBewijs_wieWanneerHoeOpWelkeUitleg_opDePaginaEnInDeInzage() {
        String nummer = dossier(10, A);
        Http.Antwoord gegeven = zc().post(pad(nummer), "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", "
                + "\"vorm\": \"PAPIER\", \"gegevenOp\": \"" + vandaag().minusDays(10) + "\", \"geldigTot\": \""
                + vandaag().plusMonths(6) + "\"}");
        assertThat(gegeven.status()).isEqualTo(201);
        JsonNode t = gegeven.json();
        assertThat(t.get("gever").asText()).isEqualTo("Anna Jansen (ouder)");
        assertThat(t.get("vorm").asText()).isEqualTo("PAPIER");
        assertThat(t.get("informatieVersie").asText()).isEqualTo("jeugdhulp-1");
        assertThat(t.get("informatieTekst").asText()).contains("U kunt uw toestemming altijd intrekken");
        assertThat(t.get("vastgelegdDoor").asText()).isEqualTo("zorgcoordinator");
        assertThat(zc().post(pad(nummer), "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\"}").body())
                .contains("vorm", "Kies hoe de toestemming is gegeven");
        assertThat(zc().post(pad(nummer) + "/" + t.get("id").asText() + "/intrekken", "{}").status()).isEqualTo(400);
        assertThat(zc().post(pad(nummer) + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"DIGITAAL\"}")
                .status()).isEqualTo(204);

        assertThat(zc().get("/leerlingen/" + nummer).body()).contains("Anna Jansen (ouder)", "op papier, ondertekend",
                "jeugdhulp-1", "Ingetrokken op", "digitaal");
        String inzage = http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body();
        assertThat(inzage).contains("TOESTEMMING", "Toestemming voor jeugdhulp, op papier, ondertekend, informatie "
                + "jeugdhulp-1, geldig tot " + vandaag().plusMonths(6), "ingetrokken op " + vandaag() + ", digitaal");
    }

    @Test
    void eenToestemmingVoorEenPeriodeEindigtNaDeLaatsteDag() {
        String nummer = dossier(10, A);
        assertThat(zc().post(pad(nummer), "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\", "
                + "\"gegevenOp\": \"" + vandaag().minusDays(10) + "\", \"geldigTot\": \"" + vandaag().minusDays(1) + "\"}")
                .status()).isEqualTo(201);
        assertThat(inWerking(nummer)).doesNotContain("JEUGDHULP");
        assertThat(zc().post(pad(nummer), "{\"scope\": \"LEERPLICHT\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\", "
                + "\"geldigTot\": \"" + vandaag().minusDays(1) + "\"}").body()).contains("geldigTot");
    }

    // ---- helpers

    private String dossier(int leeftijd, String ouders) {
        return dossierGeboren(vandaag().minusYears(leeftijd).minusMonths(3), ouders);
    }

    private String dossierGeboren(LocalDate geboren, String ouders) {
        String body = Testdossiers.nieuw().replace("2014-03-02", geboren.toString())
                .replaceFirst("(?s)\"ouders\": \\[.*?\\]", "\"ouders\": [" + java.util.regex.Matcher.quoteReplacement(ouders) + "]");
        Http.Antwoord a = zc().post("/api/dossiers", body.replace("\n", " "));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }

    private long ouder(String nummer, String naam) {
        for (JsonNode o : zc().get("/api/dossiers/" + nummer).json().at("/leerling/ouders")) {
            if (o.get("naam").asText().equals(naam)) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("geen ouder " + naam);
    }

    private Http.Antwoord geef(String nummer, String scope, String door, Long ouderId) {
        return zc().post(pad(nummer), "{\"scope\": \"" + scope + "\", \"gegevenDoor\": \"" + door + "\", \"vorm\": "
                + "\"GESPREK\"" + (ouderId == null ? "" : ", \"ouderId\": " + ouderId) + "}");
    }

    private String inWerking(String nummer) {
        return zc().get(pad(nummer)).json().get("inWerking").toString();
    }

    private static String pad(String nummer) {
        return "/api/dossiers/" + nummer + "/toestemmingen";
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
