package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Routering;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.modelcontrole.Procesvariabelen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An overstap that started before the family could give its view online (issue #24) runs on its version (a copy in
 * src/test/resources/oud/overstap-zonder-zienswijze.bpmn): its step oudersLatenZien has no boundary message, so the
 * family's page offers nothing there (the school records "shown to the parents" as before) and a forged request finds
 * nothing; the school's completion goes on as before. docs/beheer.md says so.
 */
class OverstapVorigeVersieIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    DossierService dossiers;
    @Autowired
    OverstapRepository overstappen;
    @Autowired
    ApplicationContext context;

    private String deployment;
    private Gezinstest.Koppeling koppeling;

    @AfterEach
    void opruimen() {
        if (koppeling != null) {
            Gezinstest.beeindig(context, koppeling, clock.instant());
        }
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void eenLopendeOverstapVanDeVorigeVersieLooptDoorZonderZienswijzeOnline() {
        var d = repositoryService.createDeployment().name("overstap zonder zienswijze");
        d.addInputStream("overstap.bpmn", getClass().getResourceAsStream("/oud/overstap-zonder-zienswijze.bpmn"));
        List.of("schooladvies", "overstapdossier", "oudersLatenZien", "warmeOverdrachtOverstap", "plaatsing",
                "inschrijvingControle").forEach(f -> d.addClasspathResource("forms/" + f + ".form"));
        var gedeployd = d.deployWithResult();
        deployment = gedeployd.getId();

        String nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        Map<String, Object> variabelen = Routering.variabelen(dossiers.routeringsgegevens(nummer));
        variabelen.put(Procesvariabelen.OVERSTAPSOORT, "PO_VO");
        variabelen.put(Procesvariabelen.SCHOOLJAAR, "2026-2027");
        String instantie = runtimeService.startProcessInstanceById(
                gedeployd.getDeployedProcessDefinitions().get(0).getId(), nummer, variabelen).getId();
        Overstap o = new Overstap(nummer, "2026-2027", Overstapsoort.PO_VO, clock.instant());
        o.gestart(instantie);
        Long id = overstappen.save(o).getId();
        voltooi(instantie, "voorlopigAdvies", "{\"advies\": \"havo\"}");
        voltooi(instantie, "definitiefAdvies", "{\"advies\": \"havo/vwo\"}");
        voltooi(instantie, "overstapdossier", """
                {"ontvangendeSchool": "99YY00", "aanwezigheid": "97%"}""");
        assertThat(taak(instantie, "oudersLatenZien")).isNotNull();

        Long anna = dossiers.haalOp(nummer).leerling().ouders().get(0).id();
        koppeling = Gezinstest.koppel(context, "ouder", nummer, anna, clock.instant());
        Sessie ouder = new Sessie(port);
        ouder.meldAan("ouder", "demo");
        String pad = "/gezin/kind/" + koppeling.publiekId() + "/overstap/" + id + "/zienswijze";
        assertThat(ouder.get("/gezin/kind/" + koppeling.publiekId() + "/overstap", "Accept", HTML).body())
                .contains("Schooljaar 2026-2027").doesNotContain(pad);
        assertThat(ouder.get(pad, "Accept", HTML).status()).isEqualTo(404);
        assertThat(ouder.postFormulier(pad, "_csrf=" + ouder.csrfToken() + "&zienswijze=ja").status()).isEqualTo(404);

        // The school records it as before, and the old version goes on (no support: straight to placement).
        voltooi(instantie, "oudersLatenZien", "{\"gezien\": true, \"opmerkingen\": \"Met moeder besproken.\"}");
        assertThat(taak(instantie, "plaatsing")).isNotNull();
        assertThat(overstappen.findById(id).orElseThrow().getZienswijze()).isNull();
    }

    private void voltooi(String instantie, String taak, String invoer) {
        Http.Antwoord a = zc().post("/api/taken/" + taak(instantie, taak) + "/voltooien", invoer);
        assertThat(a.status()).as(taak + ": " + a.body()).isEqualTo(204);
    }

    private String taak(String instantie, String sleutel) {
        var t = taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(sleutel).singleResult();
        return t == null ? null : t.getId();
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
