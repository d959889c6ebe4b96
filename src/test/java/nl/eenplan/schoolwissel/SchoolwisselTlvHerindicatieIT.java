package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.tlv.Tlv;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.Tlvregel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A region where the SWVs agreed that the new school's SWV looks at a TLV at once (eenplan.tlv.buiten-swv=HERINDICATIE):
 * the TLV that moves to a school of another SWV stays valid to its end, but its herindicatie reminder comes now, at the
 * new school; within the same SWV nothing changes (SchoolwisselMeeIT).
 */
@TestPropertySource(properties = "eenplan.tlv.buiten-swv=HERINDICATIE")
class SchoolwisselTlvHerindicatieIT extends IntegratieTest {

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TlvService tlvs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bijEenAnderSamenwerkingsverbandKomtDeHerindicatieMeteen() {
        gebruikers.maakAlsNieuw("zcRegenboogMee", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogMee", SchoolwisselIT.OUD);
        String bsn = Testdossiers.nieuwBsn();
        Http.Antwoord geopend = http().als("zcRegenboogMee").post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        String oud = geopend.json().get("nummer").asText();
        Long tlv = tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)));

        String nieuw = SchoolwisselMeeIT.wisselNaarAnderSwv(http(), gebruikers, organisaties, taskService, oud, bsn,
                vandaag());

        assertThat(jdbc.queryForObject("select status from tlv where id = ?", String.class, tlv)).isEqualTo("GELDIG");
        ProcessInstance tlvNieuw = runtimeService.createProcessInstanceQuery().processDefinitionKey("tlv")
                .processInstanceBusinessKey(nieuw).singleResult();
        assertThat(tlvNieuw.getTenantId()).isEqualTo(SchoolwisselMeeIT.ANDERE_SCHOOL);
        assertThat(jdbc.queryForObject("select tekst from melding where dossier_nummer = ? and onderwerp like "
                + "'TLV meegekomen%' and ontvanger_gebruiker is not null", String.class, nieuw))
                .contains("ander samenwerkingsverband", "herindicatie nodig");
        // The reminder now, to the new school's zorgcoördinator and its SWV; the process keeps its dates.
        assertThat(jdbc.queryForList("select coalesce(ontvanger_gebruiker, ontvanger_groep) from melding where "
                + "dossier_nummer = ? and onderwerp like 'TLV loopt af op 2027-11-30%'", String.class, nieuw))
                .contains("zcAnderSwv", "swv");
        assertThat(managementService.createJobQuery().processInstanceId(tlvNieuw.getId()).timers().singleResult()
                .getDuedate()).isAfter(java.util.Date.from(clock.instant()));
    }
}
