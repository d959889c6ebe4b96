package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.Test;

/**
 * Absence registration over HTTP with security and database: bad input is refused with Dutch field
 * messages and stores nothing; a sent report reaches leerplicht (inbox, report, Tasklist filter)
 * without opening the dossier's care data to leerplicht.
 */
class VerzuimApiIT extends IntegratieTest {

    static final String VIER_DAGEN_4_UUR = """
            {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                       {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}
            """;

    @Test
    void ongeldigeUrenEnDatumsWordenGeweigerdEnNietsWordtOpgeslagen() {
        String nummer = nieuwDossier();
        Http.Antwoord uren = school().post(verzuim(nummer), """
                {"dagen": [{"datum": "2026-11-02", "uren": -2}, {"datum": "2026-11-03", "uren": 25},
                           {"datum": "2026-11-04", "uren": 2.555}, {"uren": 3}]}
                """);
        assertThat(uren.status()).isEqualTo(400);
        assertThat(uren.contentType()).startsWith("application/problem+json");
        assertThat(fouten(uren)).containsExactly(
                "dagen[0].uren: Het aantal uren moet groter zijn dan 0.",
                "dagen[1].uren: Een dag heeft hoogstens 24 uur.",
                "dagen[2].uren: Geef de uren op met hoogstens twee decimalen, bijvoorbeeld 2.5.",
                "dagen[3].datum: Vul de datum in.");

        LocalDate volgendeWeek = vandaag().plusDays(7);
        Http.Antwoord datums = school().post(verzuim(nummer), """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "%s", "uren": 4},
                           {"datum": "2026-11-07", "uren": 4}, {"datum": "2026-10-19", "uren": 4},
                           {"datum": "2026-11-02", "uren": 2}]}
                """.formatted(volgendeWeek));
        assertThat(datums.status()).isEqualTo(400);
        assertThat(fouten(datums)).containsExactly(
                "dagen[1].datum: De datum ligt in de toekomst; registreer verzuim als het geweest is.",
                "dagen[2].datum: 7 november 2026 is geen lesdag (weekend).",
                "dagen[3].datum: 19 oktober 2026 is geen lesdag (herfstvakantie in regio midden).",
                "dagen[4].datum: Deze datum staat twee keer in de registratie.");

        assertThat(school().post(verzuim(nummer), "{\"dagen\": []}").json().at("/fouten/0/melding").asText())
                .isEqualTo("Geef minstens één dag verzuim op.");
        assertThat(school().post(verzuim(nummer), "{\"dagen\": [{\"datum\": \"2026-11-02\", \"uren\": 4, "
                + "\"soort\": \"ZIEK\"}]}").json().at("/fouten/0/melding").asText()).contains("ONGEOORLOOFD, LUXE");

        // Nothing of the refused requests was stored, not even the valid first day.
        assertThat(school().get(verzuim(nummer)).json().get("dagen")).isEmpty();
    }

    @Test
    void onbekendeLeerlingEnTeLangeReden() {
        Http.Antwoord onbekend = school().post(verzuim("2026-99999"), VIER_DAGEN_4_UUR);
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.json().get("detail").asText()).contains("2026-99999");

        String nummer = nieuwDossier();
        long id = school().post(verzuim(nummer), VIER_DAGEN_4_UUR).json().at("/nieuweMeldingen/0").asLong();
        Http.Antwoord teLang = school().put("/api/verzuimmeldingen/" + id,
                "{\"vermoedelijkeReden\": \"" + "x".repeat(201) + "\", \"contactpersoon\": \"Z. Coördinator\"}");
        assertThat(teLang.status()).isEqualTo(400);
        assertThat(fouten(teLang)).containsExactly(
                "vermoedelijkeReden: De vermoedelijke reden is te lang (maximaal 200 tekens).");
        assertThat(school().get("/api/verzuimmeldingen/" + id).json().has("vermoedelijkeReden")).isFalse();

        // Exactly 200 characters is allowed.
        assertThat(school().put("/api/verzuimmeldingen/" + id,
                "{\"vermoedelijkeReden\": \"" + "x".repeat(200) + "\", \"contactpersoon\": \"Z. Coördinator\"}")
                .status()).isEqualTo(200);
        // A day inside the draft cannot be changed behind its back.
        Http.Antwoord correctie = school().post(verzuim(nummer),
                "{\"dagen\": [{\"datum\": \"2026-11-03\", \"uren\": 1}]}");
        assertThat(correctie.status()).isEqualTo(400);
        assertThat(fouten(correctie).get(0)).contains("valt in verzuimmelding " + id);
    }

    @Test
    void leerplichtZietDeVerstuurdeMeldingMaarNietDeZorgkant() {
        String nummer = nieuwDossier();
        long id = school().post(verzuim(nummer), VIER_DAGEN_4_UUR).json().at("/nieuweMeldingen/0").asLong();
        // Before it is sent, leerplicht does not see the draft.
        assertThat(http().als("leerplicht").get("/api/verzuimmeldingen/" + id).status()).isEqualTo(404);
        school().put("/api/verzuimmeldingen/" + id, VerzuimScenarioIT.AANVULLING);
        assertThat(http().als("mentor").post("/api/verzuimmeldingen/" + id + "/versturen", "").status())
                .isEqualTo(403);
        assertThat(school().post("/api/verzuimmeldingen/" + id + "/versturen", "").status()).isEqualTo(200);
        overdrachtenNaarLeerplicht();

        JsonNode escalatie = null;
        for (JsonNode e : http().als("leerplicht").get("/api/escalaties?reden=VERZUIM&status=GEREGISTREERD").json()) {
            if (e.get("dossierNummer").asText().equals(nummer)) {
                escalatie = e;
            }
        }
        assertThat(escalatie).as("escalatie in de inbox van leerplicht").isNotNull();
        // The norm counts from the day 16 hours were reached (Thu 5 Nov): 12 Nov; sent on the test clock's day, late.
        assertThat(escalatie.get("laatGemeld").asBoolean()).isTrue();
        JsonNode melding = http().als("leerplicht").get(escalatie.get("verwijzing").asText()).json();
        assertThat(melding.get("vermoedelijkeReden").asText()).contains("niet goed te voelen");
        assertThat(melding.get("dagen")).hasSize(4);
        assertThat(melding.get("soortOmschrijving").asText()).isEqualTo("16 uur verzuim");

        String filter = null;
        for (JsonNode f : http().als("leerplicht").get("/engine-rest/filter").json()) {
            if (f.get("name").asText().equals("Escalaties leerplicht")) {
                filter = f.get("id").asText();
            }
        }
        List<String> inFilter = new ArrayList<>();
        http().als("leerplicht").get("/engine-rest/filter/" + filter + "/list?maxResults=1000").json()
                .forEach(t -> inFilter.add(t.get("processInstanceId").asText()));
        String beoordeling = http().als("leerplicht").get("/engine-rest/process-instance?businessKey=" + nummer
                + "&processDefinitionKey=leerplichtEscalatie").json().get(0).get("id").asText();
        assertThat(inFilter).contains(beoordeling);

        // Care data stays closed to leerplicht.
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer).status()).isEqualTo(403);
        assertThat(http().als("leerplicht").get(verzuim(nummer)).status()).isEqualTo(403);
        assertThat(http().als("leerplicht").get("/api/dossiers/" + nummer + "/escalaties").status()).isEqualTo(403);

        // The school sees on the dossier what went to leerplicht.
        JsonNode opDossier = school().get("/api/dossiers/" + nummer + "/escalaties").json();
        assertThat(opDossier).singleElement().satisfies(e -> assertThat(e.get("status").asText())
                .isEqualTo("GEREGISTREERD"));
    }

    /**
     * Issue #22: absence registered through the API after the norm (Leerplichtwet 1969 art. 21, "onverwijld"; 5
     * werkdagen, termijnen.dmn verzuim/melden) gives a report that is late from the start and says why, by the same rule
     * as the LAS import (Binnenkomst). The test clock stands on Sat 28 Nov 2026.
     */
    @Test
    void leerplichtwetArt21_teLaatViaDeApiGeregistreerdVerzuimZegtWaaromInHetAntwoord() {
        String laat = nieuwDossier();
        JsonNode overzicht = school().post(verzuim(laat), VIER_DAGEN_4_UUR).json();
        JsonNode melding = overzicht.at("/meldingen/0");
        assertThat(melding.get("id").asLong()).isEqualTo(overzicht.at("/nieuweMeldingen/0").asLong());
        assertThat(melding.get("teLaat").asBoolean()).isTrue();
        assertThat(melding.get("teLaatOorzaak").asText()).isEqualTo("laat geregistreerd in EenPlan (op 28 november "
                + "2026); de meldtermijn na 5 november 2026 verliep op 12 november 2026");
        assertThat(school().get("/api/verzuimmeldingen/" + melding.get("id").asLong()).json().get("teLaatOorzaak")
                .asText()).startsWith("laat geregistreerd in EenPlan");

        // 16 hours reached on Thu 26 November: the norm runs to Thu 3 December, so registering now is in time.
        String opTijd = nieuwDossier();
        JsonNode opTijdGemeld = school().post(verzuim(opTijd), """
                {"dagen": [{"datum": "2026-11-23", "uren": 4}, {"datum": "2026-11-24", "uren": 4},
                           {"datum": "2026-11-25", "uren": 4}, {"datum": "2026-11-26", "uren": 4}]}
                """).json().at("/meldingen/0");
        assertThat(opTijdGemeld.get("teLaat").asBoolean()).isFalse();
        assertThat(opTijdGemeld.has("teLaatOorzaak")).isFalse();
    }

    @Test
    void duoVerzuimregister_eenIngetrokkenMeldingZetDeTellingNietTerug() {
        // DUO counts from the last report in its register; a withdrawn report is not there (domain.md section 5), so
        // its hours keep counting: one more hour after it gives a new 16-uur report, where a reset would give none.
        String nummer = nieuwDossier();
        long eerste = school().post(verzuim(nummer), VIER_DAGEN_4_UUR).json().at("/nieuweMeldingen/0").asLong();
        Http.Antwoord ingetrokken = school().post("/api/verzuimmeldingen/" + eerste + "/intrekken",
                "{\"reden\": \"Fout in de registratie.\"}");
        assertThat(ingetrokken.status()).as(ingetrokken.body()).isEqualTo(200);
        assertThat(ingetrokken.json().get("status").asText()).isEqualTo("INGETROKKEN");

        JsonNode daarna = school().post(verzuim(nummer), "{\"dagen\": [{\"datum\": \"2026-11-06\", \"uren\": 1}]}")
                .json();
        assertThat(daarna.get("nieuweMeldingen")).hasSize(1);
        JsonNode nieuw = school().get("/api/verzuimmeldingen/" + daarna.at("/nieuweMeldingen/0").asLong()).json();
        assertThat(nieuw.get("soort").asText()).isEqualTo("ZESTIEN_UUR");
        assertThat(nieuw.get("startdatum").asText()).isEqualTo("2026-11-02");
        assertThat(nieuw.get("einddatum").asText()).isEqualTo("2026-11-06");
        assertThat(nieuw.get("uren").decimalValue()).isEqualByComparingTo("17");
    }

    @Test
    void luxeVerzuimGeeftMeteenEenConceptmelding() {
        String nummer = nieuwDossier();
        JsonNode overzicht = school().post(verzuim(nummer), """
                {"dagen": [{"datum": "2026-11-19", "uren": 6, "soort": "LUXE", "alleLessenGemist": true},
                           {"datum": "2026-11-20", "uren": 6, "soort": "LUXE", "alleLessenGemist": true}]}
                """).json();
        assertThat(overzicht.get("nieuweMeldingen")).hasSize(1);
        JsonNode melding = overzicht.at("/meldingen/0");
        assertThat(melding.get("soort").asText()).isEqualTo("LUXE");
        assertThat(melding.get("startdatum").asText()).isEqualTo("2026-11-19");
        assertThat(melding.get("einddatum").asText()).isEqualTo("2026-11-20");
        assertThat(melding.get("alleLessenGemist").asBoolean()).isTrue();
        assertThat(melding.get("status").asText()).isEqualTo("CONCEPT");

        JsonNode escalatie = verstuurNaarLeerplicht(nummer, melding.get("id").asLong(), "LUXE_VERZUIM");
        assertThat(escalatie.get("redenOmschrijving").asText()).isEqualTo("Luxe verzuim");
    }

    /**
     * DUO "Soorten verzuim", langdurig relatief verzuim: whole days away on every lesdag for more than 4 lesweken. The
     * test clock stands on Sat 28 Nov 2026: away 26 Oct to 25 Nov (23 lesdagen), the 21st (Mon 23 Nov) is the LRV,
     * open until the school records the return; the thuiszitter signal next to it; leerplicht hears the return.
     */
    @Test
    void duoLrv_vanVerzuimregistratieTotLeerplicht_openTotDeTerugkeer() {
        String nummer = nieuwDossier();
        StringBuilder dagen = new StringBuilder();
        for (LocalDate d = LocalDate.of(2026, 10, 26); !d.isAfter(LocalDate.of(2026, 11, 25)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                dagen.append(dagen.isEmpty() ? "" : ", ").append("{\"datum\": \"").append(d)
                        .append("\", \"uren\": 6, \"alleLessenGemist\": true}");
            }
        }
        Http.Antwoord geregistreerd = school().post(verzuim(nummer), "{\"dagen\": [" + dagen + "]}");
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        JsonNode overzicht = geregistreerd.json();
        List<String> soorten = new ArrayList<>();
        overzicht.get("meldingen").forEach(m -> soorten.add(m.get("soort").asText()));
        // Weekly 16-uur reports (28 Oct, 4, 11 and 18 Nov), then the LRV.
        assertThat(soorten).containsExactly("ZESTIEN_UUR", "ZESTIEN_UUR", "ZESTIEN_UUR", "ZESTIEN_UUR",
                "LANGDURIG_RELATIEF");
        JsonNode lrv = overzicht.at("/meldingen/4");
        assertThat(lrv.get("soortOmschrijving").asText()).isEqualTo("Langdurig relatief verzuim");
        assertThat(lrv.get("startdatum").asText()).isEqualTo("2026-10-26");
        assertThat(lrv.get("open").asBoolean()).isTrue();
        assertThat(lrv.path("einddatum").isNull() || lrv.path("einddatum").isMissingNode()).isTrue();
        assertThat(lrv.get("drempeldatum").asText()).isEqualTo("2026-11-23");
        assertThat(overzicht.get("thuiszitter")).singleElement().satisfies(t -> {
            assertThat(t.get("sinds").asText()).isEqualTo("2026-10-26");
            assertThat(t.get("open").asBoolean()).isTrue();
            assertThat(t.get("vastgesteldOp").asText()).isEqualTo("2026-11-23");
            assertThat(t.get("bron").asText()).isEqualTo("VERZUIMREGISTRATIE");
        });

        JsonNode escalatie = verstuurNaarLeerplicht(nummer, lrv.get("id").asLong(), "LANGDURIG_VERZUIM");
        assertThat(escalatie.get("redenOmschrijving").asText()).isEqualTo("Langdurig relatief verzuim");
        assertThat(escalatie.get("feiten").asText()).contains("sinds 26 oktober 2026", "open tot de leerling terug is");

        // The return: wrong dates are refused per field; then the report ends on the last lesdag before it.
        assertThat(fouten(school().post(verzuim(nummer) + "/terugkeer", "{}")))
                .containsExactly("datum: Vul de datum in waarop de leerling weer op school was.");
        assertThat(fouten(school().post(verzuim(nummer) + "/terugkeer", "{\"datum\": \"2026-11-28\"}")))
                .containsExactly("datum: 28 november 2026 is geen lesdag (weekend).");
        assertThat(fouten(school().post(verzuim(nummer) + "/terugkeer", "{\"datum\": \"2026-10-26\"}")).get(0))
                .startsWith("datum: De leerling is sinds 26 oktober 2026 weg");
        Http.Antwoord terug = school().post(verzuim(nummer) + "/terugkeer", "{\"datum\": \"2026-11-26\"}");
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        JsonNode gesloten = terug.json().at("/meldingen/4");
        assertThat(gesloten.get("open").asBoolean()).isFalse();
        assertThat(gesloten.get("einddatum").asText()).isEqualTo("2026-11-25");
        assertThat(gesloten.get("teruggekeerdOp").asText()).isEqualTo("2026-11-26");
        assertThat(gesloten.get("uren").decimalValue()).isEqualByComparingTo("138");
        assertThat(terug.json().at("/thuiszitter/0/tot").asText()).isEqualTo("2026-11-25");
        JsonNode bijLeerplicht = http().als("leerplicht").get("/api/escalaties/" + escalatie.get("id").asLong()).json();
        assertThat(bijLeerplicht.get("feiten").asText()).contains("Weer op school op 26 november 2026",
                "tot en met 25 november 2026, 138 klokuur");
        // Nothing open any more: a second return is refused.
        assertThat(school().post(verzuim(nummer) + "/terugkeer", "{\"datum\": \"2026-11-27\"}").status())
                .isEqualTo(409);
        // Counting starts again after the LRV: 4 hours on Friday make no report.
        JsonNode daarna = school().post(verzuim(nummer), "{\"dagen\": [{\"datum\": \"2026-11-27\", \"uren\": 4}]}")
                .json();
        assertThat(daarna.get("nieuweMeldingen")).isEmpty();
    }

    /**
     * WEB art. 8.3.1 and DUO "Soorten verzuim" (16 uur in 4 weken at 18 and older): a pupil of 18 without a
     * startkwalificatie gets an RMC report, with a reason of its own at leerplicht (routed to RMC later).
     */
    @Test
    void webArt831_rmcVerzuimVanVerzuimregistratieTotRmc() {
        String nummer = school().post("/api/dossiers", Testdossiers.woontIn(Testdossiers.nieuw()
                        .replace("2014-03-02", "2008-03-02"), "GM0344"))
                .json().get("nummer").asText();
        JsonNode overzicht = school().post(verzuim(nummer), VIER_DAGEN_4_UUR).json();
        assertThat(overzicht.path("opmerking").asText(null)).isNull();
        JsonNode melding = overzicht.at("/meldingen/0");
        assertThat(melding.get("soort").asText()).isEqualTo("RMC");
        assertThat(melding.get("soortOmschrijving").asText()).isEqualTo("RMC-verzuim (18-23 jaar)");
        // RMC's own team works it, not leerplicht (WEB art. 8.3.1; Escalatieroute).
        JsonNode escalatie = verstuurNaar("rmc", nummer, melding.get("id").asLong(), "RMC_VERZUIM");
        assertThat(escalatie.get("feiten").asText()).startsWith("RMC-verzuim (18-23 jaar): 16 klokuur verzuim");
        assertThat(escalatie.at("/routering/behandelaar").asText()).isEqualTo("rmc");
        assertThat(http().als("leerplicht").get("/api/escalaties/" + escalatie.get("id").asLong()).status())
                .isEqualTo(404);
    }

    /** DUO "Soorten verzuim", overig verzuim: the school reports other worrying absence by hand. */
    @Test
    void duoOverigVerzuim_metDeHandGemeldTotLeerplicht() {
        String nummer = nieuwDossier();
        String pad = "/api/dossiers/" + nummer + "/verzuimmeldingen";
        Http.Antwoord fout = school().post(pad, """
                {"soort": "ZESTIEN_UUR", "startdatum": "2026-11-20", "einddatum": "2026-11-16"}""");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fouten(fout)).containsExactly("toelichting: Licht toe waarom dit verzuim zorgen geeft.");
        Http.Antwoord soort = school().post(pad, """
                {"soort": "ZESTIEN_UUR", "startdatum": "2026-11-20", "einddatum": "2026-11-16", "toelichting": "x"}""");
        assertThat(fouten(soort)).containsExactly(
                "soort: Met de hand meldt u alleen overig verzuim (OVERIG); de andere soorten zet EenPlan klaar uit de "
                        + "verzuimregistratie.",
                "einddatum: De einddatum ligt voor de begindatum.");
        assertThat(http().als("mentor").post(pad, """
                {"soort": "OVERIG", "startdatum": "2026-11-16", "einddatum": "2026-11-20", "toelichting": "x"}""")
                .status()).isEqualTo(403);

        Http.Antwoord gemeld = school().post(pad, """
                {"soort": "OVERIG", "startdatum": "2026-11-16", "einddatum": "2026-11-20",
                 "toelichting": "Komt elke dag te laat en slaapt in de les; ouders zeggen dat hij 's nachts gamet."}""");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        assertThat(gemeld.headers().firstValue("Location").orElse(null)).isEqualTo("/api/verzuimmeldingen/" + gemeld.json().get("id").asLong());
        assertThat(gemeld.json().get("soortOmschrijving").asText()).isEqualTo("Overig verzuim");
        assertThat(gemeld.json().get("status").asText()).isEqualTo("CONCEPT");
        JsonNode escalatie = verstuurNaarLeerplicht(nummer, gemeld.json().get("id").asLong(), "OVERIG_VERZUIM");
        assertThat(escalatie.get("feiten").asText()).startsWith("Overig verzuim: 0 klokuur verzuim van 16 november 2026");
    }

    /** Completes and sends a draft; answers its escalation in leerplicht's inbox, with the reason it must have. */
    private JsonNode verstuurNaarLeerplicht(String nummer, long id, String reden) {
        return verstuurNaar("leerplicht", nummer, id, reden);
    }

    /** Sends the report and finds its escalation in the inbox of {@code team} (leerplicht or rmc). */
    private JsonNode verstuurNaar(String team, String nummer, long id, String reden) {
        assertThat(school().put("/api/verzuimmeldingen/" + id, VerzuimScenarioIT.AANVULLING).status()).isEqualTo(200);
        Http.Antwoord verstuurd = school().post("/api/verzuimmeldingen/" + id + "/versturen", "");
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        overdrachtenNaarLeerplicht();
        JsonNode gevonden = null;
        for (JsonNode e : http().als(team).get("/api/escalaties?reden=" + reden).json()) {
            if (e.get("dossierNummer").asText().equals(nummer)) {
                gevonden = e;
            }
        }
        assertThat(gevonden).as("escalatie " + reden + " in de inbox van " + team).isNotNull();
        assertThat(gevonden.get("verwijzing").asText()).isEqualTo("/api/verzuimmeldingen/" + id);
        // The home gemeente's inbox (Leerplichtwet 1969 art. 21; Escalatieroute), not a fallback.
        assertThat(gevonden.at("/routering/soort").asText()).isEqualTo("WOONGEMEENTE");
        assertThat(gevonden.at("/routering/gemeentecode").asText()).isEqualTo("GM0344");
        return gevonden;
    }

    @Test
    void leerplichtwetArt3Lid1_verzuimVanEenLeerlingDieNogNietLeerplichtigIsGeeftGeenMelding() {
        // 5 on 1 November 2026: leerplichtig from the first schooldag of December, Tuesday 1 December 2026.
        String nummer = school().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2021-11-01"))
                .json().get("nummer").asText();
        Http.Antwoord antwoord = school().post(verzuim(nummer), VIER_DAGEN_4_UUR);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        assertThat(antwoord.json().get("dagen")).hasSize(4);
        assertThat(antwoord.json().get("nieuweMeldingen")).isEmpty();
        assertThat(antwoord.json().get("opmerking").asText()).contains("geen verzuimmelding", "2 november 2026",
                "5 november 2026", "1 december 2026", "art. 3 lid 1");
        // A pupil who is leerplichtig: no remark.
        assertThat(school().post(verzuim(nieuwDossier()), VIER_DAGEN_4_UUR).json().path("opmerking").asText(null))
                .isNull();
    }

    @Test
    void leerplichtwetArt4a_eenZeventienjarigeMetStartkwalificatieWordtNietGemeld() {
        String nummer = school().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2009-06-01"))
                .json().get("nummer").asText();
        assertThat(school().get("/api/dossiers/" + nummer).json().at("/leerling/startkwalificatie").asBoolean()).isFalse();
        String pad = "/api/dossiers/" + nummer + "/leerling/startkwalificatie";
        Http.Antwoord leeg = school().put(pad, "{}");
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(400);
        assertThat(fouten(leeg)).singleElement().asString().startsWith("startkwalificatie: ").contains("havo");
        assertThat(school().put(pad, "{\"startkwalificatie\": \"misschien\"}").status()).isEqualTo(400);
        assertThat(http().als("mentor").put(pad, "{\"startkwalificatie\": true}").status()).isEqualTo(403);
        Http.Antwoord gezet = school().put(pad, "{\"startkwalificatie\": true}");
        assertThat(gezet.status()).as(gezet.body()).isEqualTo(200);
        assertThat(gezet.json().at("/leerling/startkwalificatie").asBoolean()).isTrue();

        Http.Antwoord antwoord = school().post(verzuim(nummer), VIER_DAGEN_4_UUR);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        assertThat(antwoord.json().get("nieuweMeldingen")).isEmpty();
        assertThat(antwoord.json().get("opmerking").asText()).contains("startkwalificatie", "art. 4a");

        // Recorded when the dossier is opened, too.
        String metDiploma = school().post("/api/dossiers", Testdossiers.nieuw().replace("\"leerjaar\": 7",
                "\"leerjaar\": 7, \"startkwalificatie\": true")).json().get("nummer").asText();
        assertThat(school().get("/api/dossiers/" + metDiploma).json().at("/leerling/startkwalificatie").asBoolean())
                .isTrue();
    }

    private String nieuwDossier() {
        // Living in Utrecht (GM0344): every report in this class goes to the home gemeente's inbox.
        return school().post("/api/dossiers", Testdossiers.woontIn(Testdossiers.nieuw(), "GM0344")).json().get("nummer")
                .asText();
    }

    private Http school() {
        return http().als("zorgcoordinator");
    }

    private static String verzuim(String nummer) {
        return "/api/dossiers/" + nummer + "/verzuim";
    }

    private static List<String> fouten(Http.Antwoord antwoord) {
        List<String> fouten = new ArrayList<>();
        antwoord.json().get("fouten").forEach(f -> fouten.add(f.get("veld").asText() + ": " + f.get("melding").asText()));
        return fouten;
    }
}
