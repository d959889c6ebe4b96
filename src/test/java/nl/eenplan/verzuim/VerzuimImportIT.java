package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Absence from the school's LAS over HTTP (issue #22, docs/verzuimimport.md): the file drafts the report the rules call
 * for and the same file again changes nothing; a pupil without a dossier is counted, never stored; a mistake stores
 * nothing of that pupil and is named per line; a report drafted from absence that reached EenPlan after the norm
 * (termijnen.dmn, verzuim/melden: 5 werkdagen after the day the 16 hours were reached) says why it is late, and
 * leerplicht reads the cause. Test clock: Saturday 28 November 2026.
 */
class VerzuimImportIT extends IntegratieTest {

    static final String KOP = "brin;bsn;voornaam;achternaam;geboortedatum;datum;lesuur;uren;soort;registratiedatum\n";
    static final String IMPORT = "/api/scholen/99ZZ00/verzuim/import";

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    @BeforeEach
    void tweedeGemeente() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
    }

    @Test
    void eenBestandZetDeMeldingKlaar_enNogEensInlezenVerandertNiets() {
        String bsn = Testdossiers.nieuwBsn();
        String nummer = dossier(bsn);
        String zonderDossier = Testdossiers.nieuwBsn();
        // Mon 23 to Thu 26 November, 4 hours a day: 16 hours on the 26th, the norm ends 3 December; in time.
        String csv = KOP
                + regel(bsn, "23-11-2026", "", "4", "ongeoorloofd", "23-11-2026")
                + regel(bsn, "2026-11-24", "", "4", "ongeoorloofd", "2026-11-24")
                + regel(bsn, "2026-11-25", "1", "", "ongeoorloofd", "2026-11-25")
                + regel(bsn, "2026-11-25", "2", "", "ongeoorloofd", "2026-11-25")
                + regel(bsn, "2026-11-25", "3", "2", "Ongeoorloofd", "2026-11-25")
                + regel(bsn, "2026-11-25", "3", "2,0", "ongeoorloofd", "2026-11-25")
                + regel(bsn, "2026-11-26", "", "4", "ongeoorloofd", "")
                + regel(bsn, "2026-11-27", "", "6", "ziek", "")
                + regel(zonderDossier, "2026-11-23", "", "7", "ongeoorloofd", "")
                + regel(zonderDossier, "2026-11-24", "", "zeven", "ongeoorloofd", "");

        Http.Antwoord eerste = school().postCsv(IMPORT, csv);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        JsonNode telling = eerste.json();
        assertThat(telling.get("regelsGelezen").asInt()).isEqualTo(10);
        assertThat(telling.get("leerlingenGevonden").asInt()).isEqualTo(1);
        // Privacy: the pupil without a dossier is counted, and not even their mistake is looked at.
        assertThat(telling.get("leerlingenZonderDossier").asInt()).isEqualTo(1);
        assertThat(telling.get("aantalFouten").asInt()).isZero();
        assertThat(telling.get("dagenOpgeslagen").asInt()).isEqualTo(4);
        assertThat(telling.get("regelsDubbel").asInt()).isEqualTo(1);
        assertThat(telling.get("regelsGeoorloofd").asInt()).isEqualTo(1);
        assertThat(telling.get("meldingenKlaargezet").asInt()).isEqualTo(1);
        assertThat(telling.get("meldingenTeLaat").asInt()).isZero();

        JsonNode verzuim = school().get("/api/dossiers/" + nummer + "/verzuim").json();
        assertThat(verzuim.get("dagen")).hasSize(4);
        assertThat(verzuim.at("/dagen/2/uren").decimalValue()).isEqualByComparingTo("4");
        assertThat(verzuim.get("meldingen")).singleElement().satisfies(m -> {
            assertThat(m.get("soortOmschrijving").asText()).isEqualTo("16 uur verzuim");
            assertThat(m.get("einddatum").asText()).isEqualTo("2026-11-26");
            assertThat(m.get("teLaat").asBoolean()).isFalse();
            assertThat(m.has("teLaatOorzaak")).isFalse();
        });

        // The same file again, now as a form's file: nothing changes, no second report.
        Http.Antwoord tweede = school().postBestand(IMPORT, "bestand", "verzuim.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(200);
        assertThat(tweede.json().get("dagenOpgeslagen").asInt()).isZero();
        assertThat(tweede.json().get("dagenOngewijzigd").asInt()).isEqualTo(4);
        assertThat(tweede.json().get("meldingenKlaargezet").asInt()).isZero();
        assertThat(school().get("/api/dossiers/" + nummer + "/verzuim").json().get("meldingen")).hasSize(1);

        // The audit names the pupil the import touched.
        assertThat(http().als("admin").get("/api/audit?dossier=" + nummer).json()).anySatisfy(r ->
                assertThat(r.get("wat").asText()).isEqualTo("POST " + IMPORT));
    }

    @Test
    void teLaatGeregistreerdInHetLas_deMeldingZegtWaarom_enLeerplichtLeestHet() {
        String laat = Testdossiers.nieuwBsn();
        String opTijd = Testdossiers.nieuwBsn();
        String nummerLaat = dossier(laat);
        String nummerOpTijd = dossier(opTijd);
        // 16 hours on Thu 5 November: the norm of 5 werkdagen ends Thu 12 November.
        StringBuilder csv = new StringBuilder(KOP);
        for (String dag : List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05")) {
            csv.append(regel(laat, dag, "", "4", "ongeoorloofd", "2026-11-13"));
            csv.append(regel(opTijd, dag, "", "4", "ongeoorloofd", dag));
        }
        Http.Antwoord antwoord = school().postCsv(IMPORT, csv.toString());
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().get("meldingenKlaargezet").asInt()).isEqualTo(2);
        assertThat(antwoord.json().get("meldingenTeLaat").asInt()).isEqualTo(2);

        JsonNode melding = school().get("/api/dossiers/" + nummerLaat + "/verzuim").json().at("/meldingen/0");
        assertThat(melding.get("teLaat").asBoolean()).isTrue();
        assertThat(melding.get("teLaatOorzaak").asText()).isEqualTo("laat geregistreerd in het LAS (registratiedatum "
                + "13 november 2026); de meldtermijn na 5 november 2026 verliep op 12 november 2026");
        assertThat(school().get("/api/dossiers/" + nummerOpTijd + "/verzuim").json().at("/meldingen/0/teLaatOorzaak")
                .asText()).startsWith("op tijd geregistreerd in het LAS (registratiedatum 5 november 2026), maar laat in "
                + "EenPlan ingelezen (op 28 november 2026)");

        // Sent: leerplicht reads why it is late, in the escalation's facts and in the report.
        long id = melding.get("id").asLong();
        school().put("/api/verzuimmeldingen/" + id, VerzuimScenarioIT.AANVULLING);
        assertThat(school().post("/api/verzuimmeldingen/" + id + "/versturen", "").status()).isEqualTo(200);
        overdrachtenNaarLeerplicht();
        JsonNode escalatie = null;
        for (JsonNode e : http().als("leerplicht").get("/api/escalaties?reden=VERZUIM").json()) {
            if (e.get("dossierNummer").asText().equals(nummerLaat)) {
                escalatie = e;
            }
        }
        assertThat(escalatie).as("escalatie bij leerplicht").isNotNull();
        assertThat(escalatie.get("laatGemeld").asBoolean()).isTrue();
        assertThat(escalatie.get("feiten").asText()).contains("Te laat: laat geregistreerd in het LAS "
                + "(registratiedatum 13 november 2026)");
        assertThat(http().als("leerplicht").get("/api/verzuimmeldingen/" + id).json().get("teLaatOorzaak").asText())
                .startsWith("laat geregistreerd in het LAS");
    }

    @Test
    void foutenPerRegel_eenFoutSlaatNietsVanDieLeerlingOp_deAndereLeerlingenWel() {
        String fout = Testdossiers.nieuwBsn();
        String goed = Testdossiers.nieuwBsn();
        String weekend = Testdossiers.nieuwBsn();
        String nummerFout = dossier(fout);
        String nummerGoed = dossier(goed);
        String nummerWeekend = dossier(weekend);
        String csv = KOP
                + regel(fout, "2026-11-23", "", "4", "ongeoorloofd", "")
                + regel(fout, "2026-11-24", "", "vier", "ongeoorloofd", "")
                + regel(goed, "2026-11-23", "", "2", "luxe", "")
                + regel(weekend, "2026-11-20", "", "2", "ongeoorloofd", "")
                + regel(weekend, "2026-11-21", "", "2", "ongeoorloofd", "")
                + "99ZZ01;" + goed + ";;;;2026-11-24;;2;ongeoorloofd;\n";
        Http.Antwoord antwoord = school().postCsv(IMPORT, csv);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("title").asText()).isEqualTo("Ongeldige invoer");
        assertThat(fouten(antwoord)).containsExactly(
                "3 uren: 'vier' is geen aantal uren; geef een getal, bijvoorbeeld 2 of 2,5. Geen regel van deze "
                        + "leerling is opgeslagen.",
                "6 datum: 21 november 2026 is geen lesdag (weekend). Geen "
                        + "regel van deze leerling is opgeslagen.",
                "7 brin: Deze regel is van school 99ZZ01; dit bestand wordt ingelezen voor school 99ZZ00.");
        assertThat(antwoord.json().get("aantalFouten").asInt()).isEqualTo(3);
        assertThat(antwoord.json().get("leerlingenNietOpgeslagen").asInt()).isEqualTo(2);
        assertThat(antwoord.json().get("dagenOpgeslagen").asInt()).isEqualTo(1);
        assertThat(antwoord.json().get("detail").asText()).contains("3 regels hebben een fout");

        assertThat(school().get("/api/dossiers/" + nummerFout + "/verzuim").json().get("dagen")).isEmpty();
        assertThat(school().get("/api/dossiers/" + nummerWeekend + "/verzuim").json().get("dagen")).isEmpty();
        // Luxe verzuim is reported at once.
        JsonNode goedVerzuim = school().get("/api/dossiers/" + nummerGoed + "/verzuim").json();
        assertThat(goedVerzuim.get("dagen")).hasSize(1);
        assertThat(goedVerzuim.at("/meldingen/0/soortOmschrijving").asText()).isEqualTo("Luxe verzuim");

        // A changed day inside that report is named on its line and not changed; the pupil's other days are stored.
        long luxe = goedVerzuim.at("/meldingen/0/id").asLong();
        Http.Antwoord correctie = school().postCsv(IMPORT, KOP + regel(goed, "2026-11-23", "", "3", "luxe", "")
                + regel(goed, "2026-11-25", "", "1", "ongeoorloofd", ""));
        assertThat(correctie.status()).isEqualTo(400);
        assertThat(fouten(correctie)).singleElement().asString().startsWith("2 datum: Deze dag valt in verzuimmelding "
                + luxe + " (concept, 23 november 2026 tot en met 23 november 2026) en wordt niet gewijzigd");
        assertThat(correctie.json().get("dagenOpgeslagen").asInt()).isEqualTo(1);
        assertThat(school().get("/api/dossiers/" + nummerGoed + "/verzuim").json().get("dagen")).hasSize(2);
    }

    @Test
    void alleenDeEigenSchool_eenOnleesbaarBestandIsEenFoutVanHetBestand() {
        String bsn = Testdossiers.nieuwBsn();
        String nummer = dossier(bsn);
        String csv = KOP + regel(bsn, "2026-11-23", "", "4", "ongeoorloofd", "");
        Http.Antwoord andereSchool = http().als("zorgcoordinatorAmersfoort").postCsv(IMPORT, csv);
        assertThat(andereSchool.status()).isEqualTo(403);
        assertThat(andereSchool.contentType()).startsWith("application/problem+json");
        assertThat(http().als("mentor").postCsv(IMPORT, csv).status()).isEqualTo(403);
        assertThat(http().als("leerplicht").postCsv(IMPORT, csv).status()).isEqualTo(403);
        assertThat(school().postCsv("/api/scholen/00XX00/verzuim/import", csv).status()).isEqualTo(404);
        assertThat(school().get("/api/dossiers/" + nummer + "/verzuim").json().get("dagen")).isEmpty();

        Http.Antwoord kop = school().postCsv(IMPORT, "leerling,datum,uren\n1,2026-11-23,4\n");
        assertThat(kop.status()).isEqualTo(400);
        assertThat(fouten(kop)).singleElement().asString().startsWith("null bestand: De kop (de eerste regel) mist");
        Http.Antwoord leeg = school().postBestand(IMPORT, "bestand", "leeg.csv", new byte[0]);
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(fouten(leeg)).containsExactly("null bestand: Kies het verzuimbestand uit het LAS (CSV).");

        // An administrator may import for every school.
        Http.Antwoord admin = http().als("admin").postCsv(IMPORT, csv);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(school().get("/api/dossiers/" + nummer + "/verzuim").json().get("dagen")).hasSize(1);
    }

    @Test
    void eenGrootBestandHeeftZijnEigenGrens_ookInStukken(
            @org.springframework.beans.factory.annotation.Value("${eenplan.api.max-request-bytes}") long algemeen,
            @org.springframework.beans.factory.annotation.Value("${eenplan.verzuim.max-import-bytes}") long grens) {
        // Above /api's general limit (empty lines, as a spreadsheet leaves them), under the import's own: read, also
        // when sent in chunks.
        String bsn = Testdossiers.nieuwBsn();
        String nummer = dossier(bsn);
        Http.Antwoord groot = school().postChunked(IMPORT, "text/csv", KOP + regel(bsn, "2026-11-23", "", "4",
                "ongeoorloofd", "") + "\n".repeat((int) algemeen + 1));
        assertThat(groot.status()).as(groot.body()).isEqualTo(200);
        assertThat(school().get("/api/dossiers/" + nummer + "/verzuim").json().get("dagen")).hasSize(1);

        // Above the import's limit, in chunks (no Content-Length): 413 naming the limit, nothing stored.
        String ander = Testdossiers.nieuwBsn();
        String anderNummer = dossier(ander);
        Http.Antwoord teGroot = school().postChunked(IMPORT, "text/csv", KOP + regel(ander, "2026-11-23", "", "4",
                "ongeoorloofd", "") + "\n".repeat((int) grens));
        assertThat(teGroot.status()).as(teGroot.body()).isEqualTo(413);
        assertThat(teGroot.contentType()).startsWith("application/problem+json");
        assertThat(teGroot.json().get("detail").asText())
                .isEqualTo("De inhoud van het verzoek is groter dan de grens van 8 MB.");
        assertThat(school().get("/api/dossiers/" + anderNummer + "/verzuim").json().get("dagen")).isEmpty();
        // As a form's file too (its Content-Length says so at once).
        assertThat(school().postBestand(IMPORT, "bestand", "verzuim.csv", (KOP + "\n".repeat((int) grens))
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(413);
    }

    private String dossier(String bsn) {
        Http.Antwoord d = school().post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return d.json().get("nummer").asText();
    }

    /** A line for Sam Jansen (born 2 March 2014) at school 99ZZ00. */
    private static String regel(String bsn, String datum, String lesuur, String uren, String soort,
                                String registratiedatum) {
        return String.join(";", "99ZZ00", bsn, "Sam", "Jansen", "2-3-2014", datum, lesuur, uren, soort,
                registratiedatum) + "\n";
    }

    private Http school() {
        return http().als("zorgcoordinator");
    }

    /** "regel veld: melding"; a mistake of the file as a whole has no line. */
    private static List<String> fouten(Http.Antwoord antwoord) {
        List<String> fouten = new ArrayList<>();
        antwoord.json().path("fouten").forEach(f -> fouten.add((f.has("regel") ? f.get("regel").asText() : "null")
                + " " + f.get("veld").asText() + ": " + f.get("melding").asText()));
        return fouten;
    }
}
