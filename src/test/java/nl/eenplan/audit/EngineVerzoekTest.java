package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests through the engine's doors touch a pupil, what they name, and what an entry may say about them. */
class EngineVerzoekTest {

    @Test
    void eenTaakInHetPadWordtHerkendBijElkeDeur() {
        for (String pad : new String[] {"/engine-rest/task/3f2a-11/variables", "/engine-rest/engine/default/task/3f2a-11/variables",
                "/camunda/api/engine/engine/default/task/3f2a-11/variables"}) {
            EngineVerzoek v = van(pad);
            assertThat(v.taakId()).as(pad).isEqualTo("3f2a-11");
            assertThat(v.noemtRecord()).isTrue();
            assertThat(v.handeling("GET")).isEqualTo(AuditRegel.Handeling.LEZEN);
        }
        assertThat(van("/engine-rest/task/3f2a-11/complete").handeling("POST")).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(van("/camunda/api/engine/engine/default/task/3f2a-11/submit-form").handeling("POST"))
                .isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(van("/engine-rest/history/process-instance/9b-1").procesId()).isEqualTo("9b-1");
        assertThat(van("/camunda/api/cockpit/plugin/base/default/process-instance/9b-1/called-process-instances")
                .procesId()).isEqualTo("9b-1");
        assertThat(van("/engine-rest/execution/7c-2/localVariables").uitvoeringId()).isEqualTo("7c-2");
        assertThat(van("/engine-rest/variable-instance/5d-3/data").noemtRecord()).isTrue();
    }

    @Test
    void eenVraagMetPostLeestEenActieWijzigt() {
        assertThat(van("/camunda/api/engine/engine/default/filter/a1/list").handeling("POST"))
                .isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(van("/camunda/api/engine/engine/default/filter/a1/list").noemtRecord()).isFalse();
        assertThat(van("/engine-rest/task").handeling("POST")).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(van("/engine-rest/history/variable-instance/count").handeling("POST")).isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(van("/camunda/api/cockpit/plugin/base/default/process-instance").handeling("POST"))
                .isEqualTo(AuditRegel.Handeling.LEZEN);
        assertThat(van("/engine-rest/process-instance/delete").handeling("POST")).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(van("/engine-rest/message").handeling("POST")).isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(van("/engine-rest/process-instance/9b-1/variables/x").handeling("PUT"))
                .isEqualTo(AuditRegel.Handeling.WIJZIGEN);
        assertThat(van("/engine-rest/process-definition/key/aanmelding/start").handeling("POST"))
                .isEqualTo(AuditRegel.Handeling.WIJZIGEN);
    }

    @Test
    void modellenGebruikersEnBestandenRakenGeenLeerling() {
        for (String pad : new String[] {"/engine-rest/deployment/create", "/engine-rest/process-definition/aanmelding:1:2/xml",
                "/engine-rest/process-definition/statistics", "/engine-rest/user/demo/profile", "/engine-rest/engine",
                "/engine-rest/history/process-definition/x1/cleanable-process-instance-report",
                "/camunda/api/engine/engine/default/filter", "/camunda/api/cockpit/plugin/base/static/app/plugin.js",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", "/camunda/api/admin/auth/user/default",
                "/camunda/app/tasklist/default/", "/api/dossiers", "/engine-restx/task/1"}) {
            assertThat(EngineVerzoek.van(pad, "/engine-rest", "/camunda")).as(pad).isEmpty();
        }
    }

    @Test
    void alleenIdsWordenGelezenNooitEenWaarde() {
        Verwijzingen v = new Verwijzingen();
        v.json("""
                {"processInstanceIdIn": ["p1", "p2"], "taskId": "t1", "businessKey": "2026-00012",
                 "variables": {"processInstanceId": {"value": "Moeder ziek", "valueInfo": {"businessKey": "geheim"}},
                               "verslag": {"value": {"businessKey": "2026-99999", "processInstanceId": "p9"}}},
                 "value": "p8"}""".getBytes(StandardCharsets.UTF_8), true);
        assertThat(v.procesIds).containsExactly("p1", "p2");
        assertThat(v.sleutels).containsExactly("2026-00012");
        assertThat(v.taakIds).containsExactly("t1");

        Verwijzingen antwoord = new Verwijzingen();
        antwoord.json("[{\"id\": \"v1\", \"taskId\": \"t2\", \"processInstanceId\": \"p3\", \"value\": \"Vader drinkt\"}]"
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(antwoord.procesIds).containsExactly("p3");
        assertThat(antwoord.taakIds).as("a task in an answer carries its instance already").isEmpty();

        Verwijzingen geenJson = new Verwijzingen();
        geenJson.json("<html>processInstanceId</html>".getBytes(StandardCharsets.UTF_8), false);
        assertThat(geenJson.isLeeg()).isTrue();
    }

    @Test
    void eenRegelNoemtParametersAlleenBijNaam() {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/engine-rest/task");
        r.setQueryString("processInstanceBusinessKey=2026-00012&description=Moeder%20ziek&Jansen%20woont%20hier");
        assertThat(Verzoeken.wat(r)).isEqualTo("GET /engine-rest/task?processInstanceBusinessKey&description");
        assertThat(Verzoeken.dossiernummers(java.util.List.of("2026-00012", "Moeder ziek", "2026-1"))).containsExactly("2026-00012");
    }

    private static EngineVerzoek van(String pad) {
        return EngineVerzoek.van(pad, "/engine-rest", "/camunda").orElseThrow(() -> new AssertionError(pad));
    }
}
