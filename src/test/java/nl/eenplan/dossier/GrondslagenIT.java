package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Zorgroutes;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The basis table (Gegevensstroom) row by row over HTTP: each flow happens on its basis, or is refused without it, and
 * the audit log names the basis used. The onderwijskundig rapport (ONTVANGENDE_SCHOOL) is in OverstapScenarioIT,
 * leerplicht in the MDO with consent in MdoScenarioIT, Veilig Thuis in MeldcodeScenarioIT.
 */
class GrondslagenIT extends IntegratieTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Schoolkalender kalender;
    @Autowired
    AuditLog audit;
    @Autowired
    Toestemmingsverloop verloop;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Zorgroutes routes;

    @BeforeEach
    void routes() {
        routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
    }

    @Test
    void deTabelIsVoorIedereProfessionalLeesbaar_nietAanTePassen() {
        JsonNode tabel = http().als("procesbeheer").get("/api/grondslagen").json();
        assertThat(tabel).hasSize(Gegevensstroom.values().length);
        List<String> rijen = new ArrayList<>();
        tabel.forEach(r -> rijen.add(r.get("stroom").asText() + " | " + r.get("grondslag").asText() + " | "
                + r.get("bron").asText() + " | " + (r.hasNonNull("wieBeslist") ? r.get("wieBeslist").asText() : "")));
        assertThat(rijen).anySatisfy(r -> assertThat(r).startsWith("SWV | wettelijke taak | WPO art. 18a"))
                .anySatisfy(r -> assertThat(r).startsWith("ONTVANGENDE_SCHOOL | wettelijke plicht | WPO art. 42"))
                .anySatisfy(r -> assertThat(r).startsWith("LEERPLICHT_VERZUIM | wettelijke plicht | Leerplichtwet 1969"))
                .anySatisfy(r -> assertThat(r).startsWith("VEILIG_THUIS | meldcode | Wmo 2015 art. 5.2.6"))
                .anySatisfy(r -> assertThat(r).startsWith("JEUGDHULP | toestemming").contains(
                        "12 tot 16: de ouders met gezag en de leerling"))
                .anySatisfy(r -> assertThat(r).startsWith("ONDERSTEUNINGSTEAM | toestemming").contains(
                        "12 tot 16: de ouders met gezag;"));
        assertThat(http().als("procesbeheer").put("/api/grondslagen", "[]").status()).isIn(403, 405);
        // The same table as a page, for leerplicht too (no pupil data in it).
        assertThat(http().als("leerplicht").metKop("Accept", "text/html").get("/grondslagen").body())
                .contains("Waarom gegevens gedeeld mogen worden", "Leerplichtwet 1969 art. 18", "geen toestemming nodig");
    }

    @Test
    void ondersteuningsteamEnJeugdhulp_opToestemming_ingetrokkenJeugdhulpWordtGeweigerd() {
        String nummer = routes.mdoTePlannen();
        // The pupil (12) withdraws nothing, the parent withdraws consent for jeugdhulp: jeugdhulp is not invited.
        routes.trekToestemmingIn(nummer, "JEUGDHULP");
        String datum = vandaag().plusDays(7).atTime(15, 0).toString();
        JsonNode taak = routes.taak("zorgcoordinator", nummer, "plannen");
        Http.Antwoord geweigerd = http().als("zorgcoordinator").post("/api/taken/" + taak.get("id").asText()
                + "/voltooien", """
                {"datum": "%s", "locatie": "Lokaal 1", "deelnemers": [{"rol": "JEUGDHULP", "naam": "Wijkteam"},
                 {"rol": "LEERPLICHT"}]}""".formatted(datum));
        assertThat(geweigerd.status()).isEqualTo(400);
        assertThat(geweigerd.body()).contains("Geen toestemming voor jeugdhulp: Anna Jansen (gezag) gaf geen toestemming",
                "Geen toestemming voor leerplicht in het MDO");
        assertThat(gedeeld(nummer)).noneMatch(g -> g.startsWith("JEUGDHULP") || g.startsWith("LEERPLICHT_MDO"));

        // An orthopedagoog from outside the school: consent for the ondersteuningsteam (the parent, AVG under 16).
        routes.voltooi("zorgcoordinator", nummer, "plannen", """
                {"datum": "%s", "locatie": "Lokaal 1", "deelnemers": [{"rol": "DESKUNDIGE", "naam": "Orthopedagoog"}]}"""
                .formatted(datum));
        assertThat(gedeeld(nummer)).anySatisfy(g -> assertThat(g)
                .startsWith("ONDERSTEUNINGSTEAM: toestemming (AVG art. 6 lid 1 onder a").contains("van Anna Jansen op"));
    }

    @Test
    void jeugdhulpInHetMdo_opToestemmingVanOuderEnLeerling() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag.", "Doel", "Gezinsgesprek plannen");
        assertThat(gedeeld(nummer)).anySatisfy(g -> assertThat(g).startsWith("JEUGDHULP: toestemming (Jeugdwet art. 7.3.11")
                .contains("Anna Jansen op", "de leerling op"));
    }

    @Test
    void swvOpZijnWettelijkeTaak_gemeenteAlleenHetZorgdeelOpToestemming() {
        String nummer = routes.arrangementInBesluitvorming("Kleine klas.", "Gezinsbegeleiding.", "Regulier vo.");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/toestemmingen").json()
                .get("toestemmingen").toString()).doesNotContain("\"SWV\"");
        assertThat(gedeeld(nummer))
                .anySatisfy(g -> assertThat(g).startsWith("SWV: wettelijke taak (WPO art. 18a en WVO 2020 art. 2.47"))
                .anySatisfy(g -> assertThat(g).startsWith("GEMEENTE_ZORGDEEL: toestemming (Jeugdwet art. 7.3.11"));
        // What the SWV reads later is named with its basis in the audit entry of that request.
        long id = http().als("zorgcoordinator").get("/api/dossiers/" + nummer + "/arrangementen").json().get(0)
                .get("id").asLong();
        assertThat(http().als("swv").get("/api/arrangementen/" + id).status()).isEqualTo(200);
        assertThat(audit.voorDossier(nummer)).anySatisfy(r -> {
            assertThat(r.getWat()).isEqualTo("GET /api/arrangementen/" + id);
            assertThat(r.getGrondslag()).startsWith("SWV: wettelijke taak");
        });
    }

    @Test
    void leerplichtKrijgtDeVerzuimmeldingOpEenWettelijkePlicht_zonderToestemming() {
        Http school = http().als("zorgcoordinator");
        String nummer = school.post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        long id = school.post("/api/dossiers/" + nummer + "/verzuim", """
                {"dagen": [{"datum": "2026-11-02", "uren": 4}, {"datum": "2026-11-03", "uren": 4},
                           {"datum": "2026-11-04", "uren": 4}, {"datum": "2026-11-05", "uren": 4}]}""")
                .json().at("/nieuweMeldingen/0").asLong();
        school.put("/api/verzuimmeldingen/" + id, """
                {"vermoedelijkeReden": "Leerling zegt zich niet goed te voelen; ouders niet bereikbaar.",
                 "toelichting": "Drie gesprekken met de mentor.", "gevraagdeActie": "Gesprek op school.",
                 "contactpersoon": "Z. Coördinator, 030 123 4567", "rolMelder": "Zorgcoördinator", "locatie": "Hoofdgebouw"}""");
        Http.Antwoord verstuurd = school.post("/api/verzuimmeldingen/" + id + "/versturen", "");
        assertThat(verstuurd.status()).as(verstuurd.body()).isEqualTo(200);
        // Submitted to DUO first (a job of its own), then shared with leerplicht.
        overdrachtenNaarLeerplicht();
        assertThat(gedeeld(nummer)).anySatisfy(g -> assertThat(g)
                .startsWith("LEERPLICHT_VERZUIM: wettelijke plicht (Leerplichtwet 1969 art. 18"));
        // The inzage names the flow and its basis.
        assertThat(http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body())
                .contains("DELEN", "Gedeeld met leerplicht", "Leerplichtwet 1969");
    }

    @Test
    void toestemmingVoorEenPeriode_eindigtNaDeLaatsteDag_enStoptWatEropRust_zoalsIntrekken() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag.", "Doel", "Gezinsgesprek plannen");
        // The parent's and the pupil's consent for jeugdhulp were given until today (as if for a period).
        jdbc.update("update toestemming set geldig_tot = ? where scope = 'JEUGDHULP' and dossier_id = ?", vandaag(),
                Long.valueOf(nummer.substring(nummer.indexOf('-') + 1)));
        assertThat(verloop.beeindig(vandaag())).doesNotContain(nummer);
        assertThat(routes.taak("jeugdhulp", nummer, "afspraakUitvoeren")).isNotNull();
        // The night after the last day: jeugdhulp's agreement lapses, as after a withdrawal.
        assertThat(verloop.beeindig(vandaag().plusDays(1))).contains(nummer);
        assertThat(routes.taak("jeugdhulp", nummer, "afspraakUitvoeren")).isNull();
    }

    @Test
    void op12eVerjaardagBeslistDeLeerlingMee_Jeugdwet_art_7_3_4_toestemmingVanAlleenDeOudersEindigt() {
        LocalDate morgen = vandaag().plusDays(1);
        String nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()
                .replace("2014-03-02", morgen.minusYears(12).toString())).json().get("nummer").asText();
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\"}").status())
                .isEqualTo(201);
        assertThat(verloop.beeindig(vandaag())).doesNotContain(nummer);
        assertThat(verloop.beeindig(morgen)).contains(nummer);
        // At 16 the pupil decides alone: a consent of parent and pupil stays in force, nothing ends.
        String zestien = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()
                .replace("2014-03-02", morgen.minusYears(16).toString())).json().get("nummer").asText();
        for (String wie : new String[] {"OUDERS", "LEERLING"}) {
            assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + zestien + "/toestemmingen",
                    "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"" + wie + "\", \"vorm\": \"GESPREK\"}")
                    .status()).isEqualTo(201);
        }
        assertThat(verloop.beeindig(morgen)).doesNotContain(zestien);
    }

    private List<String> gedeeld(String nummer) {
        return audit.voorDossier(nummer).stream().filter(r -> r.getHandeling() == AuditRegel.Handeling.DELEN)
                .map(AuditRegel::getGrondslag).toList();
    }
}
