package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.thuiszitterstafel.Bron;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One thuiszitterstafel per pupil, also after a school change (issue #23, review item 3d;
 * docs/processen/thuiszitterstafel.md, "Bij een schoolwissel"): when both the old dossier and the new one had an open
 * table, the older one goes on for the new dossier with the other's signals and agreements; the other closes as
 * "samengevoegd", its process ended. Whichever of the two is older.
 */
class SchoolwisselTafelsIT extends IntegratieTest {

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ThuiszitterstafelService tafels;
    @Autowired
    SchoolService scholen;
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
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        String bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = http().als("zcRegenboogMee").post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
        nieuw = SchoolwisselTlvSwvIT.dossierBijHetBaken(http(), bsn);
    }

    @Test
    void deOudeTafelIsOuder_zijLooptDoorVoorHetNieuweDossierMetDeSignalenVanDeAndere() {
        Long ouder = tafels.meld(oud, Bron.SCHOOL, "Dreigt thuis te komen zitten (De Regenboog).").id();
        Long jonger = tafels.meld(nieuw, Bron.SCHOOL, "Komt niet op Het Baken (melding nieuwe school).").id();
        String procesJonger = procesVan(jonger);

        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());

        eenTafelVoorHetNieuweDossier(ouder, jonger, procesJonger, "Komt niet op Het Baken");
        // The older table's process moved with it to the new dossier; still the gemeente's.
        String procesOuder = procesVan(ouder);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(procesOuder)
                .processInstanceBusinessKey(nieuw).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(procesOuder, "schoolBrin")).isEqualTo(SchoolwisselIT.NIEUW);
    }

    @Test
    void deNieuweTafelIsOuder_zijLooptDoorEnDeTafelVanDeOudeSchoolSluitSamengevoegd() {
        Long ouder = tafels.meld(nieuw, Bron.SCHOOL, "Komt niet op Het Baken (melding nieuwe school).").id();
        Long jonger = tafels.meld(oud, Bron.SCHOOL, "Dreigt thuis te komen zitten (De Regenboog).").id();
        String procesJonger = procesVan(jonger);

        SchoolwisselTlvSwvIT.wisselBinnenHetSwv(http(), taskService, oud, nieuw, vandaag());

        eenTafelVoorHetNieuweDossier(ouder, jonger, procesJonger, "Dreigt thuis te komen zitten");
        assertThat(jdbc.queryForList("select toelichting from thuiszitterstafel_signaal where tafel_id = ?",
                String.class, ouder))
                .anyMatch(s -> s.startsWith("Schoolwissel:") && s.contains("gevoegd en gesloten"));
    }

    /** Exactly one open table, {@code blijft}, now the new dossier's; {@code sluit} closed as samengevoegd. */
    private void eenTafelVoorHetNieuweDossier(Long blijft, Long sluit, String procesSluit, String signaalVanSluit) {
        assertThat(jdbc.queryForList("select id from thuiszitterstafel where open_dossier in (?, ?)", Long.class, oud,
                nieuw)).containsExactly(blijft);
        Map<String, Object> open = jdbc.queryForMap("select dossier_nummer, school_brin, status from thuiszitterstafel "
                + "where id = ?", blijft);
        assertThat(open.get("dossier_nummer")).isEqualTo(nieuw);
        assertThat(open.get("school_brin")).isEqualTo(SchoolwisselIT.NIEUW);
        Map<String, Object> dicht = jdbc.queryForMap("select status, uitkomst, toelichting, open_dossier from "
                + "thuiszitterstafel where id = ?", sluit);
        assertThat(dicht.get("status")).isEqualTo("AFGESLOTEN");
        assertThat(dicht.get("uitkomst")).isEqualTo("SAMENGEVOEGD");
        assertThat(dicht.get("open_dossier")).isNull();
        assertThat((String) dicht.get("toelichting")).contains("Samengevoegd met de oudere thuiszitterstafel " + blijft);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(procesSluit).count()).isZero();
        // The other's signal is in the history of the table that goes on, marked where it came from.
        List<String> signalen = jdbc.queryForList("select toelichting from thuiszitterstafel_signaal where tafel_id = ?",
                String.class, blijft);
        assertThat(signalen).anyMatch(s -> s.startsWith("(van tafel " + sluit) && s.contains(signaalVanSluit));
        // The school sees one open table for the pupil (and the closed one as history).
        Http.Antwoord gezien = http().als("zcBakenMee").get("/api/dossiers/" + nieuw + "/thuiszitterstafel");
        assertThat(gezien.status()).as(gezien.body()).isEqualTo(200);
        assertThat(gezien.json().findValuesAsText("status").stream().filter(s -> !s.equals("AFGESLOTEN")).count())
                .isEqualTo(1);
        // Both gemeenten's behandelaars hear it.
        assertThat(jdbc.queryForObject("select count(*) from melding where dossier_nummer = ? and onderwerp like "
                + "'Thuiszitterstafels samengevoegd%'", Integer.class, nieuw)).isEqualTo(2);
    }

    private String procesVan(Long tafel) {
        return jdbc.queryForObject("select proces_instantie_id from thuiszitterstafel where id = ?", String.class, tafel);
    }
}
