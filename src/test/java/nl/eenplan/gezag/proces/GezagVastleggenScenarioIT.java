package nl.eenplan.gezag.proces;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Tegelijk;
import nl.eenplan.Testdossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process "gezagVastleggen" over HTTP (issue #21): a dossier opened with a guardian whose gezag is left empty gets the
 * task "Gezag vastleggen"; completing it through EenPlan's task API records gezag and consent can then be given;
 * recording gezag with PUT ends the task; adding a guardian without gezag starts it; closing the dossier ends it;
 * another school sees nothing of it; the start-up job gives dossiers from before the upgrade their task exactly once.
 */
@ScenarioTest.Model("gezagVastleggen")
class GezagVastleggenScenarioIT extends ScenarioTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BestaandeDossiers bestaandeDossiers;
    @Autowired
    Gezagproces proces;

    String nummer;
    long anna;
    long piet;

    @BeforeEach
    void gegevenEenDossierMetEenOuderVanWieHetGezagOnbekendIs() {
        ClockUtil.setCurrentTime(moment(2026, 11, 30, 10, 0));
        JsonNode dossier = zc().post("/api/dossiers", dossier("null", "true")).json();
        nummer = dossier.get("nummer").asText();
        anna = ouder(dossier, "Anna Jansen").get("id").asLong();
        piet = ouder(dossier, "Piet Jansen").get("id").asLong();
    }

    @Test
    void deZorgcoordinatorKrijgtDeTaakEnLegtHetGezagVast() {
        ProcessInstance proces = lopend(nummer);
        assertThat(proces).isWaitingAt("vastleggen").hasBusinessKey(nummer);
        assertThat(proces.getTenantId()).isEqualTo("99ZZ00");
        Task taak = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult();
        assertThat(taak).hasCandidateGroup("zorgcoordinator").hasName("Gezag vastleggen");
        // 10 werkdagen from Monday 30 November (termijnen.dmn): Monday 14 December, end of the day.
        assertThat(taak.getDueDate()).isEqualTo(moment(2026, 12, 14, 23, 59, 59));
        assertThat(zc().get("/api/taken").json().findValuesAsText("id")).contains(taak.getId());

        // While Anna's gezag is unknown, her consent cannot be recorded.
        Http.Antwoord wacht = zc().post(toestemmingen(), jeugdhulp(anna));
        assertThat(wacht.status()).isEqualTo(400);
        assertThat(wacht.body()).contains("nog niet bevestigd");

        // Refused per field, nothing recorded: nobody answered, no answer, a guardian of another pupil, twice.
        Http.Antwoord leeg = voltooi(taak, "{\"ouders\": []}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("\"ouders\"").contains("ouder of verzorger " + anna + " het gezag");
        Http.Antwoord zonderAntwoord = voltooi(taak, "{\"ouders\": [{\"ouder\": " + anna + "}]}");
        assertThat(zonderAntwoord.status()).isEqualTo(400);
        assertThat(zonderAntwoord.body()).contains("ouders[0].gezag").contains("ja of nee");
        Http.Antwoord vreemd = voltooi(taak, "{\"ouders\": [{\"ouder\": " + anna + ", \"gezag\": \"JA\"}, "
                + "{\"ouder\": 999999, \"gezag\": \"NEE\"}, {\"ouder\": " + anna + ", \"gezag\": \"NEE\"}]}");
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.body()).contains("ouders[1].ouder").contains("ouders[2].ouder");
        assertThat(ouder(zc().get("/api/dossiers/" + nummer).json().get("leerling"), "Anna Jansen").path("gezag").isBoolean())
                .as("gezag nog onbekend").isFalse();
        assertThat(proces).isWaitingAt("vastleggen");

        // Anna has gezag; Piet (already confirmed) is confirmed again as without gezag, told less by a court order.
        Http.Antwoord klaar = voltooi(taak, "{\"ouders\": [{\"ouder\": " + anna + ", \"gezag\": \"JA\", "
                + "\"informatieBeperkt\": false}, {\"ouder\": " + piet + ", \"gezag\": \"NEE\", "
                + "\"informatieBeperkt\": true}]}");
        assertThat(klaar.status()).as(klaar.body()).isBetween(200, 299);

        assertThat(proces).isEnded().hasPassed("gezagVastgelegd");
        JsonNode leerling = zc().get("/api/dossiers/" + nummer).json().get("leerling");
        assertThat(ouder(leerling, "Anna Jansen").get("gezag").asBoolean()).isTrue();
        assertThat(ouder(leerling, "Anna Jansen").get("informatieBeperkt").asBoolean()).isFalse();
        assertThat(ouder(leerling, "Piet Jansen").get("gezag").isBoolean()).isTrue();
        assertThat(ouder(leerling, "Piet Jansen").get("gezag").asBoolean()).isFalse();
        assertThat(ouder(leerling, "Piet Jansen").get("informatieBeperkt").asBoolean()).isTrue();
        Http.Antwoord toestemming = zc().post(toestemmingen(), jeugdhulp(anna));
        assertThat(toestemming.status()).as(toestemming.body()).isEqualTo(201);
    }

    @Test
    void gezagVastgelegdBijDeOuderBeeindigtDeTaak() {
        ProcessInstance proces = lopend(nummer);

        Http.Antwoord vastgelegd = zc().put("/api/dossiers/" + nummer + "/ouders/" + anna + "/gezag",
                "{\"gezag\": true}");

        assertThat(vastgelegd.status()).as(vastgelegd.body()).isEqualTo(200);
        assertThat(proces).isEnded().hasPassed("gezagAlBekend").hasNotPassed("gezagVastgelegd");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer).count()).isZero();
    }

    @Test
    void eenOuderZonderGezagErbijGeeftEenTaakEnNooitEenTweede() {
        String bekend = zc().post("/api/dossiers", dossier("true", "false")).json().get("nummer").asText();
        assertThat(aantalLopend(bekend)).isZero();

        Http.Antwoord eerste = zc().post("/api/dossiers/" + bekend + "/ouders",
                "{\"naam\": \"Kees de Vries\", \"relatie\": \"VERZORGER\"}");
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        assertThat(aantalLopend(bekend)).isOne();
        zc().post("/api/dossiers/" + bekend + "/ouders", "{\"naam\": \"Mira de Vries\", \"relatie\": \"VERZORGER\"}");
        assertThat(aantalLopend(bekend)).isOne();
    }

    @Test
    void hetDossierSluitenBeeindigtDeTaak() {
        ProcessInstance proces = lopend(nummer);

        Http.Antwoord gesloten = zc().post("/api/dossiers/" + nummer + "/sluiten", "{\"reden\": \"Verhuisd.\"}");

        assertThat(gesloten.status()).as(gesloten.body()).isEqualTo(200);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(proces.getId()).count()).isZero();
    }

    @Autowired
    nl.eenplan.dossier.SchoolService scholen;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;

    @Test
    void eenAndereSchoolZietEnRondtDeTaakNietAf() {
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        assertThat(http().als("zorgcoordinatorAmersfoort").get("/api/taken").status()).isEqualTo(200);
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult();
        Http ander = http().als("zorgcoordinatorAmersfoort");
        String antwoord = "{\"ouders\": [{\"ouder\": " + anna + ", \"gezag\": \"NEE\"}]}";

        assertThat(ander.get("/api/taken").json().findValuesAsText("id")).doesNotContain(taak.getId());
        assertThat(ander.post("/api/taken/" + taak.getId() + "/voltooien", antwoord).status()).isIn(403, 404);
        assertThat(ander.get("/engine-rest/task?processInstanceBusinessKey=" + nummer).json()).isEmpty();
        assertThat(ander.get("/engine-rest/task/" + taak.getId()).status()).isIn(403, 404);
        assertThat(ander.post("/engine-rest/task/" + taak.getId() + "/complete",
                "{\"variables\": {\"ouders\": {\"value\": \"[]\", \"type\": \"Json\"}}}").status()).isIn(403, 404);
        assertThat(ander.put("/api/dossiers/" + nummer + "/ouders/" + anna + "/gezag", "{\"gezag\": false}").status())
                .isIn(403, 404);

        assertThat(lopend(nummer)).isWaitingAt("vastleggen");
        assertThat(ouder(zc().get("/api/dossiers/" + nummer).json().get("leerling"), "Anna Jansen").path("gezag").isBoolean())
                .as("gezag nog onbekend").isFalse();
    }

    @Test
    void naDeUpgradeKrijgtElkOpenDossierMetOnbekendGezagEenTaakPreciesEenKeer() throws Exception {
        // Dossiers from before V20: gezag confirmed, then made unknown as V20 does; one closed, one without guardians.
        List<String> van = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            van.add(zc().post("/api/dossiers", dossier("true", "true")).json().get("nummer").asText());
        }
        String gesloten = zc().post("/api/dossiers", dossier("true", "true")).json().get("nummer").asText();
        zc().post("/api/dossiers/" + gesloten + "/sluiten", "{\"reden\": \"Verhuisd.\"}");
        for (String n : van) {
            assertThat(aantalLopend(n)).isZero();
        }
        jdbc.update("update ouder set gezag = null where leerling_id in (select leerling_id from dossier where id in ("
                + String.join(",", van.stream().map(GezagVastleggenScenarioIT::id).toList()) + ", " + id(gesloten) + "))");

        // Two nodes starting at the same moment, and a restart after them.
        Tegelijk.keer(2, () -> bestaandeDossiers.startWaarNodig());
        bestaandeDossiers.run(null);

        for (String n : van) {
            assertThat(aantalLopend(n)).as(n).isOne();
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Gezagproces.PROCES)
                    .processInstanceBusinessKey(n).count()).as(n).isOne();
        }
        assertThat(aantalLopend(gesloten)).isZero();
        assertThat(aantalLopend(nummer)).isOne();
        assertThat(bestaandeDossiers.startWaarNodig()).isZero();
    }

    @Test
    void eenTaakWaarvanHetGezagInmiddelsBekendIsEindigtBijDeStartEnDeAndereBlijft() {
        // Ending the task after the change failed (Gezagstart): the gezag is known, the task still runs.
        String bekendGeworden = zc().post("/api/dossiers", dossier("null", "true")).json().get("nummer").asText();
        ProcessInstance teBeeindigen = lopend(bekendGeworden);
        jdbc.update("update ouder set gezag = true where leerling_id = (select leerling_id from dossier where id = ?)",
                Testdossiers.id(bekendGeworden));

        assertThat(proces.mogelijkBekend()).as("running tasks whose gezag is known now").contains(bekendGeworden)
                .doesNotContain(nummer);
        bestaandeDossiers.run(null);

        assertThat(teBeeindigen).isEnded().hasPassed("gezagAlBekend");
        assertThat(lopend(nummer)).as("gezag still unknown: the task stays").isWaitingAt("vastleggen");
        assertThat(proces.mogelijkBekend()).doesNotContain(bekendGeworden, nummer);
    }

    private static String id(String nummer) {
        return String.valueOf(Testdossiers.id(nummer));
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }

    private String toestemmingen() {
        return "/api/dossiers/" + nummer + "/toestemmingen";
    }

    private static String jeugdhulp(long ouder) {
        return "{\"scope\": \"JEUGDHULP\", \"gegevenDoor\": \"OUDERS\", \"ouderId\": " + ouder
                + ", \"vorm\": \"GESPREK\"}";
    }

    private Http.Antwoord voltooi(Task taak, String invoer) {
        return zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private ProcessInstance lopend(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Gezagproces.PROCES)
                .processInstanceBusinessKey(dossier).singleResult();
    }

    private long aantalLopend(String dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Gezagproces.PROCES)
                .processInstanceBusinessKey(dossier).count();
    }

    private static JsonNode ouder(JsonNode dossierOfLeerling, String naam) {
        JsonNode ouders = dossierOfLeerling.has("leerling") ? dossierOfLeerling.get("leerling").get("ouders")
                : dossierOfLeerling.get("ouders");
        for (JsonNode o : ouders) {
            if (o.get("naam").asText().equals(naam)) {
                return o;
            }
        }
        throw new AssertionError("geen ouder " + naam + " in " + dossierOfLeerling);
    }

    /** A dossier of a pupil of its own with Anna and Piet Jansen, their gezag as given (JSON: null, true, false). */
    static String dossier(String gezagAnna, String gezagPiet) {
        return """
                {"leerling": {"voornaam": "Sam", "achternaam": "Jansen", "geboortedatum": "2014-03-02",
                  "bsn": "%s", "schoolBrin": "99ZZ00", "onderwijssoort": "PO", "leerjaar": 7,
                  "ouders": [{"naam": "Anna Jansen", "relatie": "OUDER", "gezag": %s},
                             {"naam": "Piet Jansen", "relatie": "OUDER", "gezag": %s}]}}
                """.formatted(Testdossiers.nieuwBsn(), gezagAnna, gezagPiet);
    }
}
