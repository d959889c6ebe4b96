package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Routering;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family adds to an evaluation meant for them (issue #24, Handeling.EVALUATIE): while the school's task "OPP
 * evalueren met de ouders" waits for Noor, her mother writes what she wants the school to know; the school's task page
 * shows it, a school elsewhere cannot open that page, and a parent without gezag (403) or another family (404) adds
 * nothing. Once the evaluation is done, the family can add nothing more.
 */
class GezinEvaluatieIT extends IntegratieTest {

    private static final String HTML = Gezinstest.HTML;

    @Autowired
    DossierService dossiers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    private final List<String> instanties = new ArrayList<>();

    @AfterEach
    void evaluatieWeg() {
        instanties.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "einde test"));
    }

    @Test
    void deMoederSchrijftBijDeEvaluatieEnDeSchoolLeestHetBijDeTaak() {
        Task taak = evaluatieVanHetOppVanNoor();
        Sessie karin = meldAan("ouder");
        String noor = kinderen(karin).get(0);

        assertThat(karin.get("/gezin/kind/" + noor, "Accept", HTML).body()).contains("/gezin/kind/" + noor + "/evaluatie");
        assertThat(karin.get("/gezin/kind/" + noor + "/evaluatie", "Accept", HTML).body())
                .contains("Het ontwikkelingsperspectief (OPP)", "/evaluatie/opp\"");

        Http.Antwoord leeg = stuur(karin, noor, "opp", "   ", "12");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("Schrijf eerst wat u wilt zeggen.", "Kies een cijfer van 1 tot en met 10.")
                .doesNotContain("Exception");

        Http.Antwoord gegeven = stuur(karin, noor, "opp", "Noor leest thuis nu graag. Rekenen blijft lastig.", "7");
        assertThat(gegeven.status()).as(gegeven.body()).isEqualTo(302);
        assertThat(karin.get("/gezin/kind/" + noor + "/evaluatie?opgeslagen", "Accept", HTML).body())
                .contains("De school leest het", "Noor leest thuis nu graag.", "cijfer 7");
        assertThat(jdbc.queryForObject("select onderwerp || '/' || rol || '/' || score || '/' || taak_id from evaluatie_inbreng"
                + " where taak_id = ?", String.class, taak.getId())).isEqualTo("OPP/OUDER/7/" + taak.getId());

        // The school's task page shows it to the zorgcoördinator the task is for.
        String taakpagina = http().als("zorgcoordinator").get("/taken/" + taak.getId()).body();
        assertThat(taakpagina).contains("Wat het gezin inbracht", "Een ouder", "cijfer 7",
                "Noor leest thuis nu graag. Rekenen blijft lastig.").doesNotContain("gezin-");
        // A school in another gemeente cannot open the task, nor read the input.
        Http.Antwoord elders = http().als("zorgcoordinatorAmersfoort").get("/taken/" + taak.getId());
        assertThat(elders.status()).isIn(403, 404);
        assertThat(elders.body()).doesNotContain("Noor leest thuis");
        // The family itself reaches neither the task nor the engine.
        assertThat(karin.get("/api/taken/" + taak.getId()).status()).isEqualTo(403);
        assertThat(karin.get("/taken/" + taak.getId(), "Accept", HTML).status()).isEqualTo(403);
        assertThat(karin.get("/engine-rest/task/" + taak.getId()).status()).isEqualTo(401);

        // The evaluation is done: nothing more to add.
        runtimeService.deleteProcessInstance(taak.getProcessInstanceId(), "evaluatie klaar");
        assertThat(karin.get("/gezin/kind/" + noor + "/evaluatie", "Accept", HTML).body())
                .contains("De school bespreekt het plan nu niet.");
        Http.Antwoord teLaat = stuur(karin, noor, "opp", "Nog iets.", "");
        assertThat(teLaat.status()).isEqualTo(409);
        assertThat(teLaat.body()).contains("De school heeft het plan al besproken.");
        assertThat(jdbc.queryForObject("select count(*) from evaluatie_inbreng where taak_id = ?", Integer.class,
                taak.getId())).isEqualTo(1);
    }

    @Test
    void eenOuderZonderGezagEnEenAnderGezinVoegenNietsToe() {
        Task taak = evaluatieVanHetOppVanNoor();
        Sessie erik = meldAan("ouder2");
        String noorVanErik = kinderen(erik).get(0);
        Http.Antwoord geweigerd = erik.get("/gezin/kind/" + noorVanErik + "/evaluatie", "Accept", HTML);
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("U hebt geen gezag over uw kind");
        assertThat(stuur(erik, noorVanErik, "opp", "Van Erik.", "").status()).isEqualTo(403);
        assertThat(erik.get("/gezin/kind/" + noorVanErik, "Accept", HTML).body()).doesNotContain("/evaluatie");

        String noorVanKarin = kinderen(meldAan("ouder")).get(0);
        Sessie sanne = meldAan("leerling");
        assertThat(sanne.get("/gezin/kind/" + noorVanKarin + "/evaluatie", "Accept", HTML).status()).isEqualTo(404);
        assertThat(stuur(sanne, noorVanKarin, "opp", "Van Sanne.", "").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from evaluatie_inbreng where taak_id = ?", Integer.class,
                taak.getId())).isZero();
    }

    /** Noor's OPP process, waiting at its evaluation with the parents (started there: the road to it is OppScenarioIT's). */
    private Task evaluatieVanHetOppVanNoor() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        String nummer = dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst()
                .orElseThrow().nummer();
        Map<String, Object> variabelen = new HashMap<>(Routering.variabelen(dossiers.routeringsgegevens(nummer)));
        ProcessInstance opp = runtimeService.createProcessInstanceByKey("opp").businessKey(nummer)
                .setVariables(variabelen).startBeforeActivity("evalueren").execute();
        instanties.add(opp.getId());
        return taskService.createTaskQuery().processInstanceId(opp.getId()).taskDefinitionKey("evalueren").singleResult();
    }

    private static Http.Antwoord stuur(Sessie sessie, String kind, String onderwerp, String tekst, String score) {
        return Gezinstest.post(sessie, "/gezin/kind/" + kind + "/evaluatie/" + onderwerp, "tekst", tekst, "score",
                score);
    }

    private Sessie meldAan(String wie) {
        return Gezinstest.meldAan(port, wie);
    }

    private static List<String> kinderen(Sessie sessie) {
        return Gezinstest.kinderen(sessie);
    }
}
