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
 * A school changes its own calendar after absence was registered (issue #22), over HTTP: a study day added later takes
 * the registered day out of the count (the draft is computed again, a report sent to DUO stays and the zorgcoördinator
 * is told which), removing it counts the day again; and leerplicht starts on the school's first lesdag of the month
 * (Leerplichtwet 1969 art. 3 lid 1). A po school in region midden; test clock: 28 November 2026.
 */
class KalenderwijzigingIT extends IntegratieTest {

    static final String SCHOOL = "97KB00";
    static final String KALENDER = "/api/scholen/" + SCHOOL + "/kalender";
    static final String ZORGCOORDINATOR = "zorgcoordinatorKb";

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    @BeforeEach
    void eenPoSchoolZonderEigenDagen() {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "Basisschool De Kalender (test)", "Utrecht",
                    "SWV Utrecht (test)", Regio.MIDDEN));
        }
        gebruikers.maakAlsNieuw(ZORGCOORDINATOR, "Test", "zorgcoördinator", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(ZORGCOORDINATOR, SCHOOL);
        school().get(KALENDER).json().get("eigen").forEach(p -> school().delete(KALENDER + "/" + p.get("id").asLong()));
    }

    @Test
    void eenStudiedagAchteraf_haaltDeDagUitDeTelling_eenConceptWordtHerberekend_eenMeldingBijDuoBlijft() {
        // Two pupils, each 4 hours on Mon 2 to Thu 5 November 2026: 16 hours, a draft each.
        String concept = dossier("2014-03-02");
        long conceptId = school().post(verzuim(concept), VerzuimApiIT.VIER_DAGEN_4_UUR).json()
                .at("/nieuweMeldingen/0").asLong();
        String naarDuo = dossier("2014-03-02");
        long duoId = school().post(verzuim(naarDuo), VerzuimApiIT.VIER_DAGEN_4_UUR).json()
                .at("/nieuweMeldingen/0").asLong();
        school().put("/api/verzuimmeldingen/" + duoId, VerzuimScenarioIT.AANVULLING);
        assertThat(school().post("/api/verzuimmeldingen/" + duoId + "/versturen", "").status()).isEqualTo(200);

        // Thursday 5 November becomes the school's study day.
        Http.Antwoord studiedag = school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2026-11-05", "reden": "studiedag"}
                """);
        assertThat(studiedag.status()).as(studiedag.body()).isEqualTo(201);
        assertThat(studiedag.json().get("geraakteVerzuimdagen").asInt()).isEqualTo(2);
        assertThat(studiedag.json().get("opmerking").asText()).contains("2 geregistreerde verzuimdagen (2 leerlingen)",
                "tellen niet meer mee", "1 conceptmelding is opnieuw berekend", "verzuimmelding " + duoId,
                "verzuimloket van DUO");

        // The draft is withdrawn by EenPlan: 12 hours remain, no new report. The registration stays.
        JsonNode ingetrokken = school().get("/api/verzuimmeldingen/" + conceptId).json();
        assertThat(ingetrokken.get("status").asText()).isEqualTo("INGETROKKEN");
        assertThat(ingetrokken.get("intrekReden").asText())
                .startsWith("Opnieuw berekend na een wijziging van de schoolkalender");
        JsonNode overzicht = school().get(verzuim(concept)).json();
        assertThat(overzicht.get("dagen")).hasSize(4);
        assertThat(overzicht.get("meldingen")).extracting(m -> m.get("status").asText()).containsExactly("INGETROKKEN");

        // The report sent to DUO is not changed; its zorgcoördinator is told which report to correct in DUO.
        JsonNode bijDuo = school().get("/api/verzuimmeldingen/" + duoId).json();
        assertThat(bijDuo.get("status").asText()).isNotEqualTo("INGETROKKEN");
        assertThat(bijDuo.get("einddatum").asText()).isEqualTo("2026-11-05");
        assertThat(berichten(naarDuo)).anySatisfy(tekst -> assertThat(tekst).contains("verzuimmelding " + duoId,
                "niet gewijzigd", "verzuimloket van DUO"));
        assertThat(berichten(concept)).anySatisfy(tekst -> assertThat(tekst).contains("verzuimmelding " + conceptId,
                "Opnieuw berekend"));

        // New absence on the study day is refused; removing the study day counts the day again: a new draft.
        assertThat(school().post(verzuim(concept), "{\"dagen\": [{\"datum\": \"2026-11-05\", \"uren\": 4}]}").status())
                .isEqualTo(400);
        Http.Antwoord weg = school().delete(KALENDER + "/" + studiedag.json().get("id").asLong());
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(weg.json().get("geraakteVerzuimdagen").asInt()).isEqualTo(2);
        assertThat(weg.json().get("opmerking").asText()).contains("tellen weer mee", "1 nieuwe verzuimmelding");
        JsonNode weer = school().get(verzuim(concept)).json().get("meldingen");
        assertThat(weer).extracting(m -> m.get("status").asText()).containsExactly("INGETROKKEN", "CONCEPT");
        assertThat(weer.get(1).get("startdatum").asText()).isEqualTo("2026-11-02");
        assertThat(weer.get(1).get("einddatum").asText()).isEqualTo("2026-11-05");
        // A period without registered absence on it changes nothing: 204 as before.
        long leeg = school().post(KALENDER, "{\"soort\": \"VRIJE_DAG\", \"van\": \"2026-11-13\", \"reden\": \"studiedag\"}")
                .json().get("id").asLong();
        assertThat(school().delete(KALENDER + "/" + leeg).status()).isEqualTo(204);
    }

    @Test
    void art21a_eenVakantieAchteraf_verlegtHetVensterVanVierLesweken_eenMeldingDieDaardoorNodigIsWordtGemaakt_eenGemaakteBlijft() {
        // 8 hours on Mon 26 and Tue 27 October, 8 hours on Thu 26 and Fri 27 November 2026; no registered day lies in
        // the holidays added below. From 26 October to 27 November are 25 school-week days: no 4 lesweken, no report.
        String nummer = dossier("2014-03-02");
        Http.Antwoord reg = school().post(verzuim(nummer), """
                {"dagen": [{"datum": "2026-10-26", "uren": 4}, {"datum": "2026-10-27", "uren": 4},
                           {"datum": "2026-11-26", "uren": 4}, {"datum": "2026-11-27", "uren": 4}]}
                """);
        assertThat(reg.status()).as(reg.body()).isEqualTo(201);
        assertThat(reg.json().get("nieuweMeldingen")).isEmpty();

        // Boundary: an own holiday Tue 10 to Fri 13 November leaves 21 school-week days; the 4 lesweken ending on
        // 27 November start on 27 October: 12 hours, still no report.
        Http.Antwoord vierDagen = school().post(KALENDER, """
                {"soort": "VAKANTIE", "van": "2026-11-10", "tot": "2026-11-13", "reden": "extra vakantie"}
                """);
        assertThat(vierDagen.status()).as(vierDagen.body()).isEqualTo(201);
        assertThat(vierDagen.json().path("opmerking").isTextual()).as(vierDagen.body()).isFalse();
        assertThat(school().get(verzuim(nummer)).json().get("meldingen")).isEmpty();
        assertThat(school().delete(KALENDER + "/" + vierDagen.json().get("id").asLong()).status()).isEqualTo(204);

        // The whole week 9 to 13 November: exactly 20 school-week days from 26 October, 16 hours: the report is made.
        Http.Antwoord week = school().post(KALENDER, """
                {"soort": "VAKANTIE", "van": "2026-11-09", "tot": "2026-11-13", "reden": "extra vakantie"}
                """);
        assertThat(week.status()).as(week.body()).isEqualTo(201);
        assertThat(week.json().get("geraakteVerzuimdagen").asInt()).isZero();
        assertThat(week.json().get("opmerking").asText()).contains("4 aaneengesloten lesweken",
                "1 nieuwe verzuimmelding is klaargezet (1 leerling)");
        JsonNode meldingen = school().get(verzuim(nummer)).json().get("meldingen");
        assertThat(meldingen).hasSize(1);
        assertThat(meldingen.get(0).get("soort").asText()).isEqualTo("ZESTIEN_UUR");
        assertThat(meldingen.get(0).get("status").asText()).isEqualTo("CONCEPT");
        assertThat(meldingen.get(0).get("startdatum").asText()).isEqualTo("2026-10-26");
        assertThat(meldingen.get(0).get("einddatum").asText()).isEqualTo("2026-11-27");
        assertThat(berichten(nummer)).anySatisfy(tekst -> assertThat(tekst).contains("art. 21a",
                "verzuimmelding " + meldingen.get(0).get("id").asLong(), "Bestaande meldingen blijven staan"));

        // The holiday removed again: the window shrinks, but the report that was made stays (never withdrawn silently).
        assertThat(school().delete(KALENDER + "/" + week.json().get("id").asLong()).status()).isEqualTo(204);
        JsonNode daarna = school().get(verzuim(nummer)).json().get("meldingen");
        assertThat(daarna).hasSize(1);
        assertThat(daarna.get(0).get("status").asText()).isEqualTo("CONCEPT");
    }

    @Test
    void leerplichtWetArt3Lid1_deLeerplichtBegintOpDeEersteSchooldagVanDeSchool() {
        // 5 on 15 October 2026: leerplichtig from the first schooldag of November. Monday 2 November is the school's
        // study day, so Tuesday 3 November.
        assertThat(school().post(KALENDER, """
                {"soort": "VRIJE_DAG", "van": "2026-11-02", "reden": "studiedag"}
                """).status()).isEqualTo(201);
        String nummer = dossier("2021-10-15");
        Http.Antwoord voor = school().post(verzuim(nummer), """
                {"dagen": [{"datum": "2026-10-30", "uren": 2}, {"datum": "2026-11-03", "uren": 2}]}
                """);
        assertThat(voor.status()).as(voor.body()).isEqualTo(201);
        assertThat(voor.json().get("opmerking").asText()).contains("30 oktober 2026",
                "de leerplicht begint op 3 november 2026, de eerste schooldag van de maand na de 5e verjaardag",
                "art. 3 lid 1",
                // From 3 November the pupil is leerplichtig: the 5-year-old's hours of art. 11a apply.
                "3 november 2026: de leerling is 5 jaar");
        // Overig verzuim ending before that day is refused with the same reason, per field.
        Http.Antwoord overig = school().post("/api/dossiers/" + nummer + "/verzuimmeldingen", """
                {"soort": "OVERIG", "startdatum": "2026-10-26", "einddatum": "2026-10-30",
                 "toelichting": "Vaak ziek gemeld."}
                """);
        assertThat(overig.status()).isEqualTo(400);
        assertThat(overig.json().at("/fouten/0/veld").asText()).isEqualTo("einddatum");
        assertThat(overig.json().at("/fouten/0/melding").asText()).contains("3 november 2026");
    }

    private String dossier(String geboortedatum) {
        Http.Antwoord d = school().post("/api/dossiers", Testdossiers.nieuw().replace("99ZZ00", SCHOOL)
                .replace("2014-03-02", geboortedatum));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return d.json().get("nummer").asText();
    }

    private List<String> berichten(String nummer) {
        List<String> teksten = new ArrayList<>();
        school().get("/api/meldingen").json().forEach(m -> {
            if (nummer.equals(m.path("dossierNummer").asText())) {
                teksten.add(m.get("tekst").asText());
            }
        });
        return teksten;
    }

    private static String verzuim(String nummer) {
        return "/api/dossiers/" + nummer + "/verzuim";
    }

    private Http school() {
        return http().als(ZORGCOORDINATOR);
    }
}
