package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Webapp;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.welcome.Welcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Camunda's doors serve the engine of the application that received the request (EigenEngine), whatever else is in
 * Camunda's per-JVM registry of engines by name; and no request is served with a Camunda authentication that an
 * earlier request left on its thread (EigenEngineFilter). Before: with a second application context in the JVM (Spring
 * keeps several for the tests), /engine-rest answered 401 or 404 to a user whom /api had just accepted — e.g.
 * OppTlvBezwaarBrowserIT, OppScenarioIT, SchoolwisselMeeIT with -Dspring.test.context.cache.maxSize=1.
 */
class EigenEngineIT extends IntegratieTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    @Qualifier("eigenEngine")
    FilterRegistrationBean<?> eigenEngine;

    @Test
    void engineRestEnTasklistDienenDeEigenEngine_ookAlsEenAndereOnderDezelfdeNaamKomtEnGaat() throws Exception {
        gebruikers.maakAlsNieuw("zcEigenEngine", "Zoë", "Eigen", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcEigenEngine", "99ZZ00");
        Http zc = http().als("zcEigenEngine");
        assertThat(profiel(zc).status()).isEqualTo(200);

        // What a second application context in this JVM does: its engine, also named "default", with its own database
        // (its own users and tasks), takes the name in Camunda's registry.
        ProcessEngine andere = new StandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(engine.getName())
                .setJdbcUrl("jdbc:h2:mem:andere-engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        boolean gesloten = false;
        try {
            assertThat(ProcessEngines.getProcessEngine(engine.getName())).isSameAs(andere);

            assertThat(zc.get("/api/taken").status()).isEqualTo(200);
            Http.Antwoord viaEngineRest = profiel(zc);
            assertThat(viaEngineRest.status()).as("was 401: de gebruiker bestaat niet in de andere engine")
                    .isEqualTo(200);
            assertThat(viaEngineRest.json().get("id").asText()).isEqualTo("zcEigenEngine");
            assertThat(new Webapp(port).meldAan("zcEigenEngine", "demo", "tasklist")).isEqualTo(200);

            // ... and closes (its context closes): Camunda's registry forgets the name, whichever engine had it.
            andere.close();
            gesloten = true;
            assertThat(ProcessEngines.getProcessEngine(engine.getName())).isNull();

            assertThat(zc.get("/api/taken").status()).isEqualTo(200);
            assertThat(profiel(zc).status()).as("was 404: Process engine default not available").isEqualTo(200);
            assertThat(new Webapp(port).meldAan("zcEigenEngine", "demo", "tasklist")).isEqualTo(200);
        } finally {
            if (!gesloten) {
                andere.close();
            }
            // For the tests after this one in this JVM that ask the registry themselves (BpmnAwareTests).
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    /**
     * What another application in this JVM does when its web server stops: Camunda's webapps set their per-JVM base to
     * null (AdminContainerBootstrap and the others). Before: the next Tasklist sign-in or Cockpit query here answered 500
     * (NullPointerException in AdminApplication.getPlugins), e.g. AvgVerzoekScenarioPostgresIT in the full PostgreSQL
     * run after another context had closed.
     */
    @Test
    void deWebappsWerkenNogAlsEenAndereApplicatieInDezeJvmStopt() throws Exception {
        gebruikers.maakAlsNieuw("zcWebappbasis", "Zoë", "Basis", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcWebappbasis", "99ZZ00");

        Admin.setAdminRuntimeDelegate(null);
        Cockpit.setCockpitRuntimeDelegate(null);
        Tasklist.setTasklistRuntimeDelegate(null);
        Welcome.setRuntimeDelegate(null);

        assertThat(new Webapp(port).meldAan("zcWebappbasis", "demo", "tasklist")).isEqualTo(200);
        Webapp cockpit = new Webapp(port);
        assertThat(cockpit.meldAan("procesbeheer", "demo", "cockpit")).isEqualTo(200);
        Http.Antwoord statistiek = cockpit.post("/api/cockpit/plugin/base/default/process-instance", "{}");
        assertThat(statistiek.status()).as(statistiek.body()).isEqualTo(200);
        assertThat(Admin.getRuntimeDelegate()).isNotNull();
        assertThat(Welcome.getRuntimeDelegate()).isNotNull();
    }

    @Test
    void eenAchtergelatenCamundaAanmeldingGeldtNietVoorHetVolgendeVerzoekOpDieThread() throws Exception {
        Filter filter = eigenEngine.getFilter();
        // Left on this (server) thread by an earlier request whose door forgot to clear it.
        identityService.setAuthentication("admin", List.of(Groepen.ADMIN));
        AtomicReference<Authentication> tijdens = new AtomicReference<>(new Authentication("nog niet", List.of()));
        AtomicReference<ProcessEngine> gediend = new AtomicReference<>();
        try {
            filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
                    (verzoek, antwoord) -> {
                        tijdens.set(identityService.getCurrentAuthentication());
                        gediend.set(EngineUtil.lookupProcessEngine(null));
                        // A door that forgets to clear what it set.
                        identityService.setAuthentication("zorgcoordinator", List.of(Groepen.ZORGCOORDINATOR));
                    });

            assertThat(tijdens.get()).as("het verzoek begint zonder de aanmelding van een vorig verzoek").isNull();
            assertThat(identityService.getCurrentAuthentication()).as("en laat er geen achter").isNull();
            assertThat(gediend.get()).isSameAs(engine);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Http.Antwoord profiel(Http wie) {
        return wie.get("/engine-rest/user/zcEigenEngine/profile");
    }
}
