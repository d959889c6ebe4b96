package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may reach the engine API and the application API, and who may deploy models. */
class SecurityIT extends IntegratieTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    GebruikerService gebruikers;

    @Test
    void anoniemKomtNergensIn() {
        Http.Antwoord engine = http().get("/engine-rest/process-definition");
        assertThat(engine.status()).isEqualTo(401);

        Http.Antwoord api = http().get("/api/scholen");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("title").asText()).isEqualTo("Niet aangemeld");
    }

    /** With a user of its own: Camunda delays the next login of a user after a wrong password. */
    @Test
    void eenVerkeerdWachtwoordKomtNergensIn() {
        String gebruiker = "proef" + UUID.randomUUID().toString().replace("-", "");
        gebruikers.maakAlsNieuw(gebruiker, "Proef", "Gebruiker", "juist-wachtwoord", Groepen.ZORGCOORDINATOR);

        assertThat(http().als(gebruiker, "fout").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(http().als(gebruiker, "fout").get("/api/scholen").status()).isEqualTo(401);
    }

    /**
     * Memberships are remembered per transaction (a class upload asks for each pupil): a "no" is asked again,
     * so a membership granted in the transaction counts; a "yes" ends with its transaction.
     */
    @Test
    void eenLidmaatschapWordtPerTransactieOnthouden(@Autowired TransactionTemplate transactie,
                                                   @Autowired IdentityService identiteit) {
        String gebruiker = "proef" + UUID.randomUUID().toString().replace("-", "");
        gebruikers.maakAlsNieuw(gebruiker, "Proef", "Gebruiker", "wachtwoord", Groepen.MENTOR);
        try {
            transactie.executeWithoutResult(s -> {
                assertThat(gebruikers.isLidVan(gebruiker, Groepen.MENTOR)).isTrue();
                assertThat(gebruikers.isLidVan(gebruiker, Groepen.ZORGCOORDINATOR)).isFalse();
                assertThat(gebruikers.hoortBijSchool(gebruiker, "99ZZ00")).isFalse();
                identiteit.createMembership(gebruiker, Groepen.ZORGCOORDINATOR);
                identiteit.createTenantUserMembership("99ZZ00", gebruiker);
                assertThat(gebruikers.isLidVan(gebruiker, Groepen.ZORGCOORDINATOR)).isTrue();
                assertThat(gebruikers.hoortBijSchool(gebruiker, "99ZZ00")).isTrue();
            });
            identiteit.deleteMembership(gebruiker, Groepen.ZORGCOORDINATOR);
            Boolean daarna = transactie.execute(s -> gebruikers.isLidVan(gebruiker, Groepen.ZORGCOORDINATOR));
            assertThat(daarna).isFalse();
        } finally {
            identiteit.deleteUser(gebruiker);
        }
    }

    @Test
    void alleenProcesbeheerEnAdminMogenDeployen() {
        byte[] model = Bpmn.convertToString(Bpmn.createExecutableProcess("proefDeployment")
                .name("Proef").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .getBytes(StandardCharsets.UTF_8);

        for (String groep : new String[] {"mentor", "zorgcoordinator", "leerplicht"}) {
            Http.Antwoord geweigerd = http().als(groep).postBestand("/engine-rest/deployment/create",
                    "data", "proef.bpmn", model, "deployment-name", "proef", "deployment-source", "Camunda Modeler");
            assertThat(geweigerd.status()).as(groep).isEqualTo(403);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("proefDeployment").count())
                .isZero();

        Http.Antwoord toegestaan = http().als("procesbeheer").postBestand("/engine-rest/deployment/create",
                "data", "proef.bpmn", model, "deployment-name", "proef", "deployment-source", "Camunda Modeler");
        assertThat(toegestaan.status()).as(toegestaan.body()).isEqualTo(200);
        assertThat(http().als("procesbeheer").get("/engine-rest/process-definition/key/proefDeployment").status())
                .isEqualTo(200);
        assertThat(http().als("admin").postBestand("/engine-rest/deployment/create",
                "data", "proef.bpmn", model, "deployment-name", "proef").status()).isEqualTo(200);
    }
}
