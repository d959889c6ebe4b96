package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An objection term that runs with no objection lodged yet does not hold up a school change (issue #23, review item 3f;
 * docs/processen/schoolwissel.md "Een bezwaartermijn die nog loopt"): the decision and its term stay with the old
 * school's arrangement, the new school hears until when the parents can object and to whom (Awb art. 6:4 lid 1, 6:7),
 * and the SWV that decided hears that the pupil moved within its term. A term that ended is not mentioned.
 */
class SchoolwisselBezwaartermijnIT extends IntegratieTest {

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    String oud;
    String nieuw;

    @BeforeEach
    void gegevenSamMetEenDossierBijBeideScholen() {
        gebruikers.maakAlsNieuw("zcRegenboogMee", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogMee", SchoolwisselIT.OUD);
        gebruikers.maakAlsNieuw("zcBakenMee", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBakenMee", SchoolwisselIT.NIEUW);
        String bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = http().als("zcRegenboogMee").post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
        nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
    }

    @Test
    void eenBezwaartermijnZonderBezwaar_houdtDeWisselNietTegen_hetBesluitEnDeTermijnBlijvenEnWordenGemeld() {
        // The SWV refused the education part; the letter went out, the term runs to its last day (today: still open).
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, onderwijs_besluit, "
                + "onderwijs_besluit_op, onderwijs_brief_op, onderwijs_bezwaartermijn_tot) values (?, 'term-test', "
                + "'GEEN_PLAATS', 'AFGEWEZEN', ?, ?, ?)", oud, Date.valueOf(vandaag().minusWeeks(6)),
                Date.valueOf(vandaag().minusWeeks(6)), Date.valueOf(vandaag()));
        // An older decision whose term ended yesterday: nothing runs any more.
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, onderwijs_besluit, "
                + "onderwijs_besluit_op, onderwijs_bezwaartermijn_tot) values (?, 'term-voorbij', 'GEEN_PLAATS', "
                + "'AFGEWEZEN', ?, ?)", oud, Date.valueOf(vandaag().minusWeeks(8)), Date.valueOf(vandaag().minusDays(1)));
        Long arrangement = jdbc.queryForObject("select id from arrangement where proces_instantie_id = 'term-test'",
                Long.class);

        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());

        // Not held up: the old dossier closed; the decision and its term stay as they were.
        assertThat(http().als("zcRegenboogMee").get("/api/dossiers/" + oud).json().get("status").asText())
                .isEqualTo("GESLOTEN");
        assertThat(jdbc.queryForObject("select onderwijs_bezwaartermijn_tot from arrangement where id = ?", Date.class,
                arrangement).toLocalDate()).isEqualTo(vandaag());
        assertThat(jdbc.queryForObject("select dossier_nummer from arrangement where id = ?", String.class, arrangement))
                .isEqualTo(oud);
        // The new school hears until when and to whom; only the term that runs.
        String aanDeNieuweSchool = jdbc.queryForObject("select tekst from melding where dossier_nummer = ? and "
                + "onderwerp like 'Plan van de vorige school overgenomen%'", String.class, nieuw);
        assertThat(aanDeNieuweSchool).contains("Bezwaar loopt nog", "arrangement " + arrangement,
                "tot en met " + vandaag(), "bij het samenwerkingsverband dat besloot");
        assertThat(aanDeNieuweSchool).doesNotContain("tot en met " + vandaag().minusDays(1));
        // The SWV that decided (the old school's) hears that the pupil moved within its term.
        assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger_groep = 'swv' and school = ? and "
                + "dossier_nummer = ? and onderwerp like 'Leerling van school gewisseld in de bezwaartermijn%'",
                Integer.class, SchoolwisselIT.OUD, oud)).isEqualTo(1);
    }
}
