package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The school's own calendar and lesrooster over HTTP (issue #22, "the school's own calendar"): an mbo school in region
 * midden with a study day of its own and a week open in the region's herfstvakantie (19-23 October 2026). Absence on
 * its own free day is refused with its reason, absence in the open week is accepted, more hours than the school's
 * lessons are refused per field, and other schools' staff cannot read or change the calendar. Test clock: 28 November
 * 2026.
 */
class EigenKalenderApiIT extends IntegratieTest {

    static final String SCHOOL = "97KA00";
    static final String KALENDER = "/api/scholen/" + SCHOOL + "/kalender";

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    String nummer;

    @BeforeEach
    void eenMboSchoolMetEenLeerling() {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "ROC Kromme Rijn (test)", "Utrecht", "SWV Utrecht (test)",
                    Regio.MIDDEN));
        }
        for (String groep : List.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR)) {
            gebruikers.maakAlsNieuw(groep + "Mbo", "Test", groep, "demo", groep);
            organisaties.voegToeAanSchool(groep + "Mbo", SCHOOL);
        }
        // Each test starts from the region's calendar and the default lesrooster.
        school().get(KALENDER).json().get("eigen").forEach(p -> school().delete(KALENDER + "/" + p.get("id").asLong()));
        school().delete(KALENDER + "/lesrooster");
        nummer = school().post("/api/dossiers", Testdossiers.nieuw().replace("99ZZ00", SCHOOL)
                .replace("\"PO\"", "\"MBO\"").replace("2014-03-02", "2010-03-02")).json().get("nummer").asText();
    }

    @Test
    void verzuimOpEenEigenVrijeDagWordtGeweigerdMetDeReden_eenOpenDagInDeVakantieVanDeRegioTelt() {
        Http.Antwoord studiedag = school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2026-11-06", "reden": "studiedag"}
                """);
        assertThat(studiedag.status()).as(studiedag.body()).isEqualTo(201);
        assertThat(studiedag.json().get("tot").asText()).isEqualTo("2026-11-06");
        assertThat(studiedag.json().get("vastgelegdDoor").asText()).isEqualTo("zorgcoordinatorMbo");
        Http.Antwoord open = school().post(KALENDER, """
                {"soort": "SCHOOLDAG", "van": "2026-10-19", "tot": "2026-10-23", "reden": "mbo-jaarrooster"}
                """);
        assertThat(open.status()).as(open.body()).isEqualTo(201);

        Http.Antwoord opStudiedag = school().post(verzuim(), "{\"dagen\": [{\"datum\": \"2026-11-06\", \"uren\": 4}]}");
        assertThat(opStudiedag.status()).isEqualTo(400);
        assertThat(opStudiedag.contentType()).startsWith("application/problem+json");
        assertThat(fouten(opStudiedag)).containsExactly(
                "dagen[0].datum: 6 november 2026 is geen lesdag (studiedag volgens de kalender van de school).");

        // The region has its herfstvakantie; this school is open: the absence is registered.
        Http.Antwoord inDeHerfst = school().post(verzuim(), "{\"dagen\": [{\"datum\": \"2026-10-20\", \"uren\": 4}]}");
        assertThat(inDeHerfst.status()).as(inDeHerfst.body()).isEqualTo(201);
        assertThat(inDeHerfst.json().get("dagen")).hasSize(1);
        assertThat(inDeHerfst.json().get("eenheid").asText()).isEqualTo("KLOKUUR");

        // The calendar shows both, with the region's holidays and their status.
        JsonNode kalender = school().get(KALENDER).json();
        assertThat(kalender.get("regio").asText()).isEqualTo("MIDDEN");
        assertThat(kalender.get("eigen")).extracting(p -> p.get("reden").asText())
                .containsExactly("mbo-jaarrooster", "studiedag");
        assertThat(kalender.get("regiovakanties")).anySatisfy(v -> {
            assertThat(v.get("naam").asText()).isEqualTo("herfstvakantie");
            assertThat(v.get("van").asText()).isEqualTo("2026-10-17");
            assertThat(v.get("status").asText()).isEqualTo("vastgesteld");
        });
        assertThat(kalender.get("regiovakanties")).anySatisfy(v -> assertThat(v.get("status").asText())
                .isEqualTo("voorlopig"));
        assertThat(kalender.get("opmerking").asText()).startsWith("Voorlopig");
        assertThat(kalender.path("lesrooster").isMissingNode() || kalender.get("lesrooster").isNull()).isTrue();
        assertThat(kalender.at("/standaard/MBO/eenheid").asText()).isEqualTo("KLOKUUR");
        assertThat(kalender.at("/standaard/VO/lesuurMinuten").asInt()).isEqualTo(50);

        // Removed: the study day is a lesdag again.
        assertThat(school().delete(KALENDER + "/" + studiedag.json().get("id").asLong()).status()).isEqualTo(204);
        assertThat(school().post(verzuim(), "{\"dagen\": [{\"datum\": \"2026-11-06\", \"uren\": 4}]}").status())
                .isEqualTo(201);
    }

    @Test
    void meerUrenDanDeLessenVanDieDagWordenPerVeldGeweigerd() {
        Http.Antwoord etmaal = school().post(verzuim(), """
                {"dagen": [{"datum": "2026-11-02", "uren": 24}, {"datum": "2026-11-03", "uren": 8}]}
                """);
        assertThat(etmaal.status()).isEqualTo(400);
        assertThat(fouten(etmaal)).containsExactly("dagen[0].uren: Op 2 november 2026 heeft de school 8 klokuur les "
                + "(standaard voor deze onderwijssoort); registreer hoogstens zoveel uur verzuim.");

        // The school sets its own lesrooster in lesuren: a short Wednesday.
        Http.Antwoord rooster = school().put(KALENDER + "/lesrooster", """
                {"eenheid": "LESUUR", "lesuurMinuten": 50,
                 "lessen": {"maandag": 8, "dinsdag": 8, "woensdag": 5, "donderdag": 8, "vrijdag": 7}}
                """);
        assertThat(rooster.status()).as(rooster.body()).isEqualTo(200);
        assertThat(rooster.json().get("eigen").asBoolean()).isTrue();
        Http.Antwoord woensdag = school().post(verzuim(), "{\"dagen\": [{\"datum\": \"2026-11-04\", \"uren\": 6}]}");
        assertThat(fouten(woensdag)).containsExactly("dagen[0].uren: Op 4 november 2026 heeft de school 5 lesuur les "
                + "(lesrooster van de school); registreer hoogstens zoveel uur verzuim.");
        // Exactly the day's lessons fit; the report's facts say lesuur.
        Http.Antwoord vier = school().post(verzuim(), """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 5}, {"datum": "2026-11-05", "uren": 3}]}
                """);
        assertThat(vier.status()).as(vier.body()).isEqualTo(201);
        assertThat(vier.json().get("eenheid").asText()).isEqualTo("LESUUR");
        assertThat(vier.json().at("/meldingen/0/eenheid").asText()).isEqualTo("LESUUR");

        // Wrong lesrooster: Dutch per field.
        Http.Antwoord fout = school().put(KALENDER + "/lesrooster", """
                {"eenheid": "LESUUR", "lessen": {"maandag": 20, "dinsdag": 8, "woensdag": -1, "donderdag": 8}}
                """);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fouten(fout)).containsExactlyInAnyOrder("lessen.maandag: Hoogstens 16 per dag.",
                "lessen.woensdag: Het aantal kan niet negatief zijn.", "lessen.vrijdag: Vul de lessen op vrijdag in.");
        Http.Antwoord teLang = school().put(KALENDER + "/lesrooster", """
                {"eenheid": "KLOKUUR", "lesuurMinuten": 50,
                 "lessen": {"maandag": 13, "dinsdag": 8, "woensdag": 5, "donderdag": 8, "vrijdag": 7}}
                """);
        assertThat(fouten(teLang)).containsExactlyInAnyOrder(
                "lesuurMinuten: Een klokuur duurt 60 minuten; laat de lengte van een lesuur leeg.",
                "lessen.maandag: Dat is meer dan 12 uur les op één dag (13 × 60 minuten).");
    }

    @Test
    void eenPeriodeInvoerenGaatMetNederlandseMeldingenPerVeld() {
        assertThat(fouten(school().post(KALENDER, "{}"))).containsExactlyInAnyOrder(
                "soort: Kies de soort: VAKANTIE (eigen vakantie), VRIJE_DAG (studiedag, margedag) of SCHOOLDAG "
                        + "(open in een vakantie van de regio).",
                "van: Vul de eerste dag in.",
                "reden: Vul de reden in, bijvoorbeeld studiedag of extra meivakantie.");
        assertThat(fouten(school().post(KALENDER, """
                {"soort": "VAKANTIE", "van": "2027-05-07", "tot": "2027-05-03", "reden": "extra meivakantie"}
                """))).containsExactly("tot: De laatste dag ligt vóór de eerste dag.");
        assertThat(school().post(KALENDER, """
                {"soort": "VAKANTIE", "van": "2027-05-03", "tot": "2027-05-07", "reden": "extra meivakantie"}
                """).status()).isEqualTo(201);
        assertThat(fouten(school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2027-05-07", "reden": "studiedag"}
                """))).singleElement().asString().startsWith("van: Deze periode overlapt met 'extra meivakantie'");
        assertThat(fouten(school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2035-05-07", "reden": "studiedag"}
                """))).singleElement().asString().startsWith("van: EenPlan kent de schoolkalender van");
    }

    @Test
    void anderenZienOfWijzigenDeKalenderNiet() {
        long id = school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2026-11-06", "reden": "studiedag"}
                """).json().get("id").asLong();
        // Staff of another school: the school does not exist for them.
        Http anderen = http().als("zorgcoordinator");
        assertThat(anderen.get(KALENDER).status()).isEqualTo(404);
        assertThat(anderen.post(KALENDER, "{\"soort\": \"VRIJE_DAG\", \"van\": \"2026-11-09\", \"reden\": \"x\"}")
                .status()).isEqualTo(404);
        assertThat(anderen.delete(KALENDER + "/" + id).status()).isEqualTo(404);
        assertThat(anderen.put(KALENDER + "/lesrooster", """
                {"eenheid": "KLOKUUR", "lessen": {"maandag": 1, "dinsdag": 1, "woensdag": 1, "donderdag": 1, "vrijdag": 1}}
                """).status()).isEqualTo(404);
        // A period of this school is not reachable under another school's path either.
        assertThat(anderen.delete("/api/scholen/99ZZ00/kalender/" + id).status()).isEqualTo(404);
        // Other groups: not theirs at all.
        assertThat(http().als("leerplicht").get(KALENDER).status()).isEqualTo(403);
        // The school's mentor reads, does not change.
        assertThat(http().als("mentorMbo").get(KALENDER).status()).isEqualTo(200);
        assertThat(http().als("mentorMbo").delete(KALENDER + "/" + id).status()).isEqualTo(403);
        assertThat(school().get(KALENDER).json().get("eigen")).hasSize(1);
    }

    private String verzuim() {
        return "/api/dossiers/" + nummer + "/verzuim";
    }

    private Http school() {
        return http().als("zorgcoordinatorMbo");
    }

    private static List<String> fouten(Http.Antwoord antwoord) {
        List<String> fouten = new ArrayList<>();
        antwoord.json().path("fouten").forEach(f -> fouten.add(f.get("veld").asText() + ": "
                + f.get("melding").asText()));
        return fouten;
    }
}
