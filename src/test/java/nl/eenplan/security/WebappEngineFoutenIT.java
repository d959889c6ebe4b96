package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Webapp;
import nl.eenplan.organisatie.Organisaties;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, a Jersey application of its own, which Tasklist and Cockpit
 * call) answers a client's error as {@code /engine-rest} does ({@code taak.EngineRestFouten}): another school's task does
 * not exist for this user (404, Camunda's error shape, nothing of the task in it), never a 500.
 */
class WebappEngineFoutenIT extends IntegratieTest {

    static final String TAKEN = "/api/engine/engine/default/task/";
    static final String WACHTWOORD = "wachtwoord-van-webzorg";

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    TaskService taskService;

    @Test
    void deTaakVanEenAndereSchoolBestaatNietOokNietInTasklist() throws Exception {
        // A zorgcoördinator of 99ZZ00 only; 99YY00 is another school.
        String gebruiker = "webzorg" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        gebruikers.maakAlsNieuw(gebruiker, "Web", "Zorg", WACHTWOORD, Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(gebruiker, "99ZZ00");
        String eigenNummer = WebappAanmeldingIT.aangemeld(http(), Testdossiers.nieuw());
        String anderNummer = WebappAanmeldingIT.aangemeld(http(), Testdossiers.nieuw().replace("99ZZ00", "99YY00"));
        Task eigen = WebappAanmeldingIT.intake(taskService, eigenNummer);
        Task ander = WebappAanmeldingIT.intake(taskService, anderNummer);

        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan(gebruiker, WACHTWOORD, "tasklist")).isEqualTo(200);

        Http.Antwoord eigenTaak = tasklist.lees(TAKEN + eigen.getId());
        assertThat(eigenTaak.status()).as(eigenTaak.body()).isEqualTo(200);
        assertThat(eigenTaak.json().get("id").asText()).isEqualTo(eigen.getId());
        assertThat(tasklist.lees(TAKEN + eigen.getId() + "/form-variables").status()).isEqualTo(200);

        String onbekend = UUID.randomUUID().toString();
        for (String deel : new String[] {"", "/form-variables", "/complete", "/submit-form"}) {
            Http.Antwoord andereSchool = vraag(tasklist, TAKEN + ander.getId() + deel);
            Http.Antwoord nooitBestaan = vraag(tasklist, TAKEN + onbekend + deel);
            // 404 in Camunda's error shape, naming nothing of the task or its school.
            assertThat(andereSchool.status()).as(deel + ": " + andereSchool.body()).isEqualTo(404);
            assertThat(andereSchool.contentType()).startsWith("application/json");
            assertThat(andereSchool.json().fieldNames()).toIterable().containsExactlyInAnyOrder("type", "message", "code");
            assertThat(andereSchool.body()).doesNotContain(anderNummer, "99YY00", "tenant", "intake");
            // The same answer as for an id that never existed: the status tells nobody that the task is there.
            assertThat(nooitBestaan.status()).as(deel + ": " + nooitBestaan.body()).isEqualTo(404);
            assertThat(andereSchool.json().get("type")).isEqualTo(nooitBestaan.json().get("type"));
            assertThat(andereSchool.json().get("message").asText().replace(ander.getId(), onbekend))
                    .isEqualTo(nooitBestaan.json().get("message").asText());
            // And what /engine-rest answers this user for the same request.
            Http.Antwoord engineRest = vraag(http().als(gebruiker, WACHTWOORD), "/engine-rest/task/" + ander.getId() + deel);
            assertThat(andereSchool.status()).isEqualTo(engineRest.status());
            assertThat(andereSchool.json()).isEqualTo(engineRest.json());
        }

        // Nothing happened to the other school's task.
        assertThat(taskService.createTaskQuery().taskId(ander.getId()).singleResult()).isNotNull();
    }

    /** The same on /engine-rest, with HTTP basic. */
    private static Http.Antwoord vraag(Http engineRest, String pad) {
        return pad.endsWith("/complete") || pad.endsWith("/submit-form")
                ? engineRest.post(pad, "{\"variables\": {}}")
                : engineRest.get(pad);
    }

    /** GET of a task or its form variables, POST of complete or submit-form (as Tasklist sends them). */
    private static Http.Antwoord vraag(Webapp tasklist, String pad) throws Exception {
        return pad.endsWith("/complete") || pad.endsWith("/submit-form")
                ? tasklist.post(pad, "{\"variables\": {}}")
                : tasklist.lees(pad);
    }
}
