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
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leave, exemptions and illness over HTTP (issue #22): excused days keep absence out of the count, the wrong decider
 * is refused per field in Dutch, a report made before new leave is never changed, worrying illness (M@ZL) reaches the
 * zorgcoördinator, and the jeugdarts only with consent, and another gemeente's staff do not see the pupil. Test clock: 28 November 2026.
 */
class AfwezigheidApiIT extends IntegratieTest {

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    String nummer;

    @BeforeEach
    void eenLeerling() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        nummer = school().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    @Test
    void leerplichtwetArt14_verlofVanHetHoofdHoudtHetVerzuimBuitenDeTelling() {
        Http.Antwoord verlof = school().post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-02",
                "2026-11-05", "HOOFD"));
        assertThat(verlof.status()).as(verlof.body()).isEqualTo(201);
        assertThat(verlof.json().get("schooldagen").asInt()).isEqualTo(4);
        assertThat(verlof.json().get("artikel").asText()).isEqualTo("art. 11 onder g en art. 14 Leerplichtwet 1969");
        assertThat(verlof.json().get("vastgelegdDoor").asText()).isEqualTo("zorgcoordinator");

        // 16 hours on the four days of leave: registered, but no report.
        Http.Antwoord verzuim = school().post(pad("verzuim"), VerzuimApiIT.VIER_DAGEN_4_UUR);
        assertThat(verzuim.status()).as(verzuim.body()).isEqualTo(201);
        assertThat(verzuim.json().get("dagen")).hasSize(4);
        assertThat(verzuim.json().get("nieuweMeldingen")).isEmpty();
        assertThat(verzuim.json().get("opmerking").asText()).contains("telt niet", "2 november 2026 tot en met "
                + "5 november 2026", "gewichtige omstandigheden", "art. 14");

        // Leerplicht reads the leave of a pupil it sees; the mentor too.
        assertThat(http().als("leerplicht").get(pad("verlof")).json()).hasSize(1);
        assertThat(http().als("mentor").get(pad("verlof")).json()).hasSize(1);
    }

    @Test
    void leerplichtwetArt14Lid3_meerDanTienSchooldagenIsAanDeLeerplichtambtenaar() {
        // Mon 2 to Mon 16 November: 11 schooldagen. The head may not decide.
        Http.Antwoord hoofd = school().post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-02",
                "2026-11-16", "HOOFD"));
        assertThat(hoofd.status()).isEqualTo(400);
        assertThat(hoofd.contentType()).startsWith("application/problem+json");
        assertThat(fouten(hoofd)).singleElement().asString().startsWith("beslotenDoor: ")
                .contains("meer dan 10 schooldagen", "art. 14 lid 3", "LEERPLICHTAMBTENAAR");
        // Ten days are the head's.
        assertThat(school().post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-02", "2026-11-13",
                "LEERPLICHTAMBTENAAR")).json().at("/fouten/0/melding").asText()).contains("art. 14 lid 1");

        // Leerplicht records its own decision; not the head's.
        Http.Antwoord leerplicht = http().als("leerplicht").post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN",
                "2026-11-02", "2026-11-16", "LEERPLICHTAMBTENAAR"));
        assertThat(leerplicht.status()).as(leerplicht.body()).isEqualTo(201);
        assertThat(leerplicht.json().get("schooldagen").asInt()).isEqualTo(11);
        Http.Antwoord alsHoofd = http().als("leerplicht").post(pad("verlof"), verlof("GODSDIENST", "2026-11-20",
                "2026-11-20", "HOOFD"));
        assertThat(fouten(alsHoofd)).singleElement().asString().startsWith("beslotenDoor: Als leerplichtambtenaar");

        // Missing and wrong input: Dutch per field; nothing stored.
        Http.Antwoord leeg = school().post(pad("verlof"), "{\"soort\": \"GEWICHTIGE_OMSTANDIGHEDEN\"}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(fouten(leeg)).containsExactlyInAnyOrder(
                "van: Vul de eerste dag van het verlof in.",
                "tot: Vul de laatste dag van het verlof in.",
                "beslotenDoor: Kies wie besloot: HOOFD of LEERPLICHTAMBTENAAR.",
                "besluitDatum: Vul de datum van het besluit in.");
        assertThat(school().post(pad("verlof"), verlof("VAKANTIE", "2026-11-02", "2026-11-02", "HOOFD")).status())
                .isEqualTo(400);
        Http.Antwoord toekomst = school().post(pad("verlof"), verlof("GODSDIENST", "2026-12-01",
                "2026-12-01", "HOOFD").replace("2026-10-30", "2026-12-01"));
        assertThat(fouten(toekomst)).containsExactly("besluitDatum: De datum van het besluit ligt in de toekomst.");
        assertThat(school().get(pad("verlof")).json()).hasSize(1);
    }

    @Test
    void leerplichtwetArt13a_nietInDeEersteTweeLesweken() {
        Http.Antwoord vroeg = school().post(pad("verlof"), verlof("BEROEP_OUDERS", "2026-09-07", "2026-09-11",
                "HOOFD").replace("2026-10-30", "2026-08-20"));
        assertThat(fouten(vroeg)).singleElement().asString().startsWith("van: ").contains("eerste twee lesweken");
    }

    @Test
    void eenMeldingVanVoorHetVerlofBlijftZoalsZeIs_deSchoolHoortHet() {
        long id = school().post(pad("verzuim"), VerzuimApiIT.VIER_DAGEN_4_UUR).json().at("/nieuweMeldingen/0")
                .asLong();
        Http.Antwoord verlof = school().post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-04",
                "2026-11-05", "HOOFD"));
        assertThat(verlof.status()).as(verlof.body()).isEqualTo(201);
        assertThat(verlof.json().get("opmerking").asText()).contains("verzuimmelding " + id, "concept",
                "niet achteraf", "trek haar dan in");
        JsonNode melding = school().get("/api/verzuimmeldingen/" + id).json();
        assertThat(melding.get("status").asText()).isEqualTo("CONCEPT");
        assertThat(melding.get("uren").decimalValue()).isEqualByComparingTo("16");
        assertThat(onderwerpen("zorgcoordinator")).contains("Verzuimmelding en verlof (dossier " + nummer + ")");
    }

    @Test
    void vrijstellingenLopenViaBurgemeesterEnWethouders() {
        Http.Antwoord hoofd = school().post(pad("vrijstellingen"), """
                {"grond": "ART_5_A", "van": "2026-11-02", "verleendDoor": "HOOFD", "besluitDatum": "2026-10-30"}
                """);
        assertThat(fouten(hoofd)).singleElement().asString().startsWith("verleendDoor: ").contains("art. 5 onder a");
        Http.Antwoord open = http().als("leerplicht").post(pad("vrijstellingen"), """
                {"grond": "ART_5_A", "van": "2026-11-02", "verleendDoor": "LEERPLICHTAMBTENAAR",
                 "besluitDatum": "2026-10-30"}
                """);
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        assertThat(open.json().has("tot")).isFalse();
        assertThat(http().als("mentor").post(pad("vrijstellingen"), """
                {"grond": "ART_5_C", "van": "2026-11-02", "verleendDoor": "LEERPLICHTAMBTENAAR",
                 "besluitDatum": "2026-10-30"}
                """).status()).isEqualTo(403);

        // Exempt from 2 November, open-ended: nothing counts.
        Http.Antwoord verzuim = school().post(pad("verzuim"), VerzuimApiIT.VIER_DAGEN_4_UUR);
        assertThat(verzuim.json().get("nieuweMeldingen")).isEmpty();
        assertThat(verzuim.json().get("opmerking").asText()).contains("vrijstelling", "art. 5 onder a");
    }

    @Test
    void mazl_zonderToestemmingAlleenDeZorgcoordinator_dieHoortWaaromDeJeugdartsNietsWeet() {
        // M@ZL's referral to the jeugdarts rests on consent (dossier.Gegevensstroom.JGZ_ZIEKTEVERZUIM; at 12 the
        // parents with gezag and the pupil, Jeugdwet art. 7.3.4/7.3.5, WGBO): none is recorded for this pupil.
        assertThat(http().als("mentor").post(pad("ziekmeldingen"), "{\"van\": \"2026-11-02\"}").status()).isEqualTo(201);
        String onderwerp = "Zorgwekkend ziekteverzuim (M@ZL), dossier " + nummer;
        assertThat(onderwerpen("zorgcoordinator")).containsOnlyOnce(onderwerp);
        assertThat(onderwerpen("jeugdarts")).doesNotContain(onderwerp);
        assertThat(tekst("zorgcoordinator", onderwerp)).contains("De jeugdarts is niet geïnformeerd: daarvoor is "
                + "toestemming nodig.", "Geen toestemming voor jeugdhulp", "de leerling gaf geen toestemming");
        // Nothing left the school, so the audit records no basis for it.
        assertThat(http().als("admin").get("/api/audit?dossier=" + nummer).json()).noneSatisfy(r ->
                assertThat(r.path("grondslag").asText()).contains("JGZ_ZIEKTEVERZUIM"));
    }

    @Test
    void mazl_eenZevendeSchooldagZiekGaatNaarDeZorgcoordinatorEnMetToestemmingNaarDeJeugdarts() {
        for (String door : List.of("OUDERS", "LEERLING")) {
            assertThat(school().post(pad("toestemmingen"), "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"" + door
                    + "\", \"vorm\": \"GESPREK\"}").status()).isEqualTo(201);
        }
        Http.Antwoord ziek = http().als("mentor").post(pad("ziekmeldingen"), "{\"van\": \"2026-11-02\"}");
        assertThat(ziek.status()).as(ziek.body()).isEqualTo(201);
        // Ill on the days of the absence: no report.
        assertThat(school().post(pad("verzuim"), VerzuimApiIT.VIER_DAGEN_4_UUR).json().get("nieuweMeldingen"))
                .isEmpty();
        // Still ill on the test day (28 November): far beyond 7 school days, signalled once.
        String onderwerp = "Zorgwekkend ziekteverzuim (M@ZL), dossier " + nummer;
        assertThat(onderwerpen("zorgcoordinator")).containsOnlyOnce(onderwerp);
        assertThat(onderwerpen("jeugdarts")).containsOnlyOnce(onderwerp);
        assertThat(onderwerpen("jeugdhulp")).doesNotContain(onderwerp);
        assertThat(tekst("zorgcoordinator", onderwerp)).contains("De jeugdarts heeft dit signaal ook gekregen (op "
                + "toestemming (AVG art. 6 lid 1 onder a; Wet publieke gezondheid art. 5");
        // The flow is recorded with its basis in the audit entry of the request that gave it.
        assertThat(http().als("admin").get("/api/audit?dossier=" + nummer).json()).anySatisfy(r -> {
            assertThat(r.get("wat").asText()).isEqualTo("POST " + pad("ziekmeldingen"));
            assertThat(r.path("grondslag").asText()).startsWith("JGZ_ZIEKTEVERZUIM: toestemming");
        });

        Http.Antwoord beter = school().put(pad("ziekmeldingen") + "/" + ziek.json().get("id").asLong(),
                "{\"tot\": \"2026-11-20\"}");
        assertThat(beter.status()).as(beter.body()).isEqualTo(200);
        assertThat(beter.json().get("tot").asText()).isEqualTo("2026-11-20");
        assertThat(onderwerpen("jeugdarts")).containsOnlyOnce(onderwerp);

        Http.Antwoord overlapt = school().post(pad("ziekmeldingen"), "{\"van\": \"2026-11-19\", \"tot\": \"2026-11-23\"}");
        assertThat(fouten(overlapt)).singleElement().asString().startsWith("tot: Deze periode overlapt");
        assertThat(fouten(school().post(pad("ziekmeldingen"), "{\"van\": \"2026-12-01\"}")))
                .containsExactly("van: Een ziekmelding begint vandaag of eerder.");
        // Illness stays with the school.
        assertThat(http().als("leerplicht").get(pad("ziekmeldingen")).status()).isEqualTo(403);
    }

    @Test
    void eenAndereGemeenteZietDeLeerlingNiet() {
        school().post(pad("verlof"), verlof("GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-02", "2026-11-05", "HOOFD"));
        for (String wie : List.of("zorgcoordinatorAmersfoort", "leerplichtAmersfoort")) {
            for (String soort : List.of("verlof", "vrijstellingen")) {
                assertThat(http().als(wie).get(pad(soort)).status()).as(wie + " " + soort).isEqualTo(404);
            }
        }
        assertThat(http().als("zorgcoordinatorAmersfoort").get(pad("ziekmeldingen")).status()).isEqualTo(404);
        Http.Antwoord poging = http().als("leerplichtAmersfoort").post(pad("verlof"), verlof(
                "GEWICHTIGE_OMSTANDIGHEDEN", "2026-11-02", "2026-11-16", "LEERPLICHTAMBTENAAR"));
        assertThat(poging.status()).isEqualTo(404);
        assertThat(http().als("mentorAmersfoort").post(pad("ziekmeldingen"), "{\"van\": \"2026-11-02\"}").status())
                .isEqualTo(404);
        assertThat(school().get(pad("verlof")).json()).hasSize(1);
    }

    private List<String> onderwerpen(String wie) {
        List<String> onderwerpen = new ArrayList<>();
        http().als(wie).get("/api/meldingen").json().forEach(m -> onderwerpen.add(m.get("onderwerp").asText()));
        return onderwerpen;
    }

    private String tekst(String wie, String onderwerp) {
        for (JsonNode m : http().als(wie).get("/api/meldingen").json()) {
            if (m.get("onderwerp").asText().equals(onderwerp)) {
                return m.get("tekst").asText();
            }
        }
        return null;
    }

    private static String verlof(String soort, String van, String tot, String door) {
        return """
                {"soort": "%s", "van": "%s", "tot": "%s", "beslotenDoor": "%s", "besluitDatum": "2026-10-30"}
                """.formatted(soort, van, tot, door);
    }

    private String pad(String wat) {
        return "/api/dossiers/" + nummer + "/" + wat;
    }

    private Http school() {
        return http().als("zorgcoordinator");
    }

    private static List<String> fouten(Http.Antwoord antwoord) {
        List<String> fouten = new ArrayList<>();
        antwoord.json().path("fouten").forEach(f -> fouten.add(f.get("veld").asText() + ": "
                + f.get("melding").asText()));
        return fouten;
    }
}
