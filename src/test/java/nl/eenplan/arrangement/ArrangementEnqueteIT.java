package nl.eenplan.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Klok;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The closing survey comes from the family itself (issue #24 slice 6): it is open for 6 weeks after the arrangement
 * closed (up to and including the day 6 weeks later, on the fixed clock), one answer per giver that the giver changes,
 * refused to another family (404) and to a parent without gezag (403, with why); and the monitor's satisfaction and
 * benefit figures count only what the family entered, never the school's old entry, with cells of fewer than 5 pupils
 * suppressed. That closing the arrangement opens the survey is ArrangementScenarioIT's (the real close step).
 */
class ArrangementEnqueteIT extends IntegratieTest {

    private static final String HTML = Gezinstest.HTML;

    @Autowired
    DossierService dossiers;
    @Autowired
    ArrangementRepository arrangementen;
    @Autowired
    Enqueteservice enquetes;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deVragenlijstIsZesWekenOpenEnHeeftEenAntwoordPerGever() {
        LocalDate vandaag = Klok.vandaag(clock);
        long open = afgesloten(noor(), vandaag.minusWeeks(6));
        long dicht = afgesloten(noor(), vandaag.minusWeeks(6).minusDays(1));
        Sessie karin = meldAan("ouder");
        String noor = kinderen(karin).get(0);

        assertThat(karin.get("/gezin/kind/" + noor, "Accept", HTML).body())
                .as("de pagina van het kind wijst op de open vragenlijst").contains("/gezin/kind/" + noor + "/enquete");
        Http.Antwoord pagina = karin.get("/gezin/kind/" + noor + "/enquete", "Accept", HTML);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).as("op de laatste dag nog open: vandaag is de dag 6 weken na het afsluiten")
                .contains("/enquete/" + open + "\"", "Hoe tevreden bent u over de hulp?",
                        "Dit kan tot en met " + Klok.vandaag(clock).getDayOfMonth())
                .as("een dag later gesloten").doesNotContain("/enquete/" + dicht + "\"");

        Http.Antwoord opgeslagen = stuur(karin, noor, open, "8", "7", "Het ging beter met lezen.");
        assertThat(opgeslagen.status()).as(opgeslagen.body()).isEqualTo(302);
        assertThat(opgeslagen.headers().firstValue("Location").orElseThrow()).endsWith("/enquete?opgeslagen");
        assertThat(karin.get("/gezin/kind/" + noor + "/enquete?opgeslagen", "Accept", HTML).body())
                .contains("Uw antwoord is opgeslagen", "Het ging beter met lezen.", "U kunt het nog veranderen");

        // The answer is one audited request with the dossier named: the inzage export shows it, without a name.
        assertThat(http().als("admin").get("/api/dossiers/" + noor() + "/inzage").body())
                .contains("POST /gezin/kind/" + noor + "/enquete/" + open, "(ouder of leerling zelf, via EenPlan)")
                .doesNotContain("Het ging beter met lezen.");

        // Changed within the window: still one answer of this giver, with the new figures.
        assertThat(stuur(karin, noor, open, "6", "9", "").status()).isEqualTo(302);
        assertThat(jdbc.queryForList("select tevredenheid || '/' || ervaren_baat || '/' || rol || '/' || coalesce(toelichting, '-')"
                + " from arrangement_enquete where arrangement_id = ?", String.class, open)).containsExactly("6/9/OUDER/-");
        assertThat(jdbc.queryForObject("select gever_sleutel from arrangement_enquete where arrangement_id = ?",
                String.class, open)).matches("gezin-\\d+:OUDER");

        // Wrong figures: each field says why, in Dutch, and what was typed stays.
        Http.Antwoord fout = stuur(karin, noor, open, "11", "", "Mijn uitleg blijft staan.");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Kies een cijfer van 1 tot en met 10.", "Mijn uitleg blijft staan.",
                "aria-invalid=\"true\"").doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select tevredenheid from arrangement_enquete where arrangement_id = ?",
                Integer.class, open)).isEqualTo(6);

        // A day past the window: refused with why, nothing stored.
        Http.Antwoord teLaat = stuur(karin, noor, dicht, "8", "8", "");
        assertThat(teLaat.status()).isEqualTo(409);
        assertThat(teLaat.body()).contains("De vragenlijst is gesloten.");
        assertThat(jdbc.queryForObject("select count(*) from arrangement_enquete where arrangement_id = ?",
                Integer.class, dicht)).isZero();
    }

    @Test
    void eenAnderGezinKrijgtNietsEnEenOuderZonderGezagHoortWaarom() {
        long open = afgesloten(noor(), Klok.vandaag(clock).minusDays(3));
        long vanSanne = afgesloten(sanne(), Klok.vandaag(clock).minusDays(3));
        Sessie karin = meldAan("ouder");
        String noorVanKarin = kinderen(karin).get(0);

        // Sanne's account is not bound to Noor: 404 on the page and on the form, nothing stored.
        Sessie sanne = meldAan("leerling");
        assertThat(sanne.get("/gezin/kind/" + noorVanKarin + "/enquete", "Accept", HTML).status()).isEqualTo(404);
        assertThat(stuur(sanne, noorVanKarin, open, "1", "1", "").status()).isEqualTo(404);
        // Karin cannot answer Sanne's arrangement through Noor's page.
        assertThat(stuur(karin, noorVanKarin, vanSanne, "1", "1", "").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from arrangement_enquete where arrangement_id in (?, ?)",
                Integer.class, open, vanSanne)).isZero();

        // Erik has no gezag: the rule gives him no survey (403, his row's explanation); his child page offers none.
        Sessie erik = meldAan("ouder2");
        String noorVanErik = kinderen(erik).get(0);
        Http.Antwoord geweigerd = erik.get("/gezin/kind/" + noorVanErik + "/enquete", "Accept", HTML);
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("Dit kunt u hier niet doen", "U hebt geen gezag over uw kind");
        assertThat(stuur(erik, noorVanErik, open, "2", "2", "").status()).isEqualTo(403);
        assertThat(erik.get("/gezin/kind/" + noorVanErik, "Accept", HTML).body()).doesNotContain("/enquete");

        // The family session reaches no other door to the same data.
        assertThat(karin.get("/api/arrangementen/" + open).status()).isEqualTo(403);
        assertThat(karin.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from arrangement_enquete where arrangement_id = ?",
                Integer.class, open)).isZero();
    }

    @Test
    void deMonitorTeltAlleenWatHetGezinZelfInvulde() {
        if (jdbc.queryForObject("select count(*) from school where brin = '95EQ00'", Integer.class) == 0) {
            http().als("admin").post("/api/scholen", """
                    {"brin": "95EQ00", "naam": "Enqueteschool", "gemeente": "Enquetestad",
                     "samenwerkingsverband": "SWV Enquete", "regio": "MIDDEN"}""");
            organisaties.voegToeAanSchool("zorgcoordinator", "95EQ00");
            gebruikers.maakAlsNieuw("gemeenteEnquetestad", "Test", "gemeente", "demo", Groepen.GEMEENTE);
            organisaties.voegToeAanOrganisatie("gemeenteEnquetestad", Organisaties.gemeenteGroep("Enquetestad"));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String nummer = http().als("zorgcoordinator").post("/api/dossiers", """
                    {"leerling": {"voornaam": "E%d", "achternaam": "Enquete", "geboortedatum": "2013-01-01",
                      "schoolBrin": "95EQ00", "onderwijssoort": "PO", "leerjaar": 8}}""".formatted(i))
                    .json().get("nummer").asText();
            long id = afgesloten(nummer, Klok.vandaag(clock).minusDays(10));
            // What the school entered on the family's behalf before issue #24: history, not in the figure.
            jdbc.update("update arrangement set tevredenheid_ouders = 1, tevredenheid_leerling = 1,"
                    + " ervaren_baat_ouders = 1, ervaren_baat_leerling = 1 where id = ?", id);
            ids.add(id);
        }
        assertThat(cel("tevredenheidOuders")).as("alleen de school vulde iets in: geen cijfer").isNull();

        int[] cijfers = {8, 8, 6, 6, 7};
        for (int i = 0; i < 4; i++) {
            antwoord(ids.get(i), "gezin-test-" + i + ":OUDER", Enqueteservice.Rol.OUDER, cijfers[i]);
        }
        JsonNode vier = cel("tevredenheidOuders");
        assertThat(vier.get("onderdrukt").asBoolean()).as("4 leerlingen: te weinig").isTrue();
        assertThat(vier.has("waarde")).isFalse();

        antwoord(ids.get(4), "gezin-test-4:OUDER", Enqueteservice.Rol.OUDER, cijfers[4]);
        // A second parent of the first pupil: one more answer, not one more pupil.
        antwoord(ids.get(0), "gezin-test-0b:OUDER", Enqueteservice.Rol.OUDER, 10);
        antwoord(ids.get(0), "gezin-test-leerling:LEERLING", Enqueteservice.Rol.LEERLING, 9);
        JsonNode vijf = cel("tevredenheidOuders");
        assertThat(vijf.get("onderdrukt").asBoolean()).isFalse();
        assertThat(vijf.get("aantal").asInt()).isEqualTo(6);
        assertThat(vijf.get("leerlingen").asInt()).isEqualTo(5);
        assertThat(vijf.get("waarde").asDouble()).as("(8+8+6+6+7+10)/6, zonder de enen van de school")
                .isEqualTo(45.0 / 6);
        assertThat(cel("ervarenBaatOuders").get("waarde").asDouble()).isEqualTo(45.0 / 6);
        assertThat(cel("tevredenheidLeerling").get("onderdrukt").asBoolean()).as("één leerling").isTrue();
    }

    private void antwoord(long arrangement, String gever, Enqueteservice.Rol rol, int cijfer) {
        String nummer = arrangementen.findById(arrangement).orElseThrow().getDossierNummer();
        enquetes.beantwoord(nummer, arrangement, gever, rol, cijfer, cijfer, null);
    }

    /** The gemeente's cell of a figure for school year 2026-2027, or null when it has none. */
    private JsonNode cel(String indicator) {
        JsonNode cijfers = http().als("gemeenteEnquetestad").get("/api/monitor?periode=2026-2027&per=GEMEENTE").json();
        for (JsonNode c : cijfers) {
            if (c.get("indicator").asText().equals(indicator) && c.get("groep").asText().equals("Enquetestad")) {
                return c;
            }
        }
        return null;
    }

    /** A closed arrangement of this dossier, closed at noon (Dutch time) on that day; as the demo makes Noor's. */
    private long afgesloten(String nummer, LocalDate dag) {
        Arrangement a = new Arrangement(nummer, "enquete-" + java.util.UUID.randomUUID());
        a.gestart(dag.minusMonths(3), List.of());
        a.afgesloten(dag.atTime(12, 0).atZone(Klok.NL).toInstant());
        return arrangementen.save(a).getId();
    }

    private static Http.Antwoord stuur(Sessie sessie, String kind, long arrangement, String tevredenheid,
                                       String baat, String toelichting) {
        return Gezinstest.post(sessie, "/gezin/kind/" + kind + "/enquete/" + arrangement, "tevredenheid",
                tevredenheid, "ervarenBaat", baat, "toelichting", toelichting);
    }

    private String noor() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst().orElseThrow()
                .nummer();
    }

    private String sanne() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Sanne Jansen")).findFirst().orElseThrow()
                .nummer();
    }

    private Sessie meldAan(String wie) {
        return Gezinstest.meldAan(port, wie);
    }

    private static List<String> kinderen(Sessie sessie) {
        return Gezinstest.kinderen(sessie);
    }
}
