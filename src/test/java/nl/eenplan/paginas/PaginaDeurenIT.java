package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EenPlan's pages meet the same checks as the API: a zorgcoördinator of another school does not find a pupil or a
 * task of this one (404, in Dutch, as a page), sees none of its work in Mijn werk, and every look is audited.
 */
class PaginaDeurenIT extends IntegratieTest {

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    TaskService taskService;
    @Autowired
    AuditLog audit;

    String nummer;
    Task intake;

    @BeforeEach
    void eenLeerlingMetEenIntake() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.zonderBsn()).json().get("nummer").asText();
        http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING);
        intake = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult();
    }

    @Test
    void deEigenSchoolZietLeerlingEnTaak() {
        Http zc = http().als("zorgcoordinator").metKop("Accept", "text/html");
        Http.Antwoord leerling = zc.get("/leerlingen/" + nummer);
        assertThat(leerling.status()).isEqualTo(200);
        assertThat(leerling.contentType()).startsWith("text/html");
        assertThat(leerling.body()).contains("lang=\"nl\"", "Anna Jansen", "Intakegesprek voeren");
        Http.Antwoord taak = zc.get("/taken/" + intake.getId());
        assertThat(taak.status()).isEqualTo(200);
        // The form as the process owner made it, for form-js; the page's script sends it to the handler.
        assertThat(taak.body()).contains("id=\"formulier-schema\"", "Verslag van het intakegesprek", "/js/formulier.js");
        assertThat(zc.get("/?zoek=" + nummer).body()).contains(intake.getId(), "Basisschool De Vlinder (demo)");
    }

    @Test
    void eenAndereSchoolVindtLeerlingNochTaak() {
        Http ander = http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html");
        Http.Antwoord leerling = ander.get("/leerlingen/" + nummer);
        assertThat(leerling.status()).isEqualTo(404);
        assertThat(leerling.body()).contains("Niet gevonden", "Er is geen dossier met nummer " + nummer)
                .doesNotContain("Anna Jansen");
        Http.Antwoord taak = ander.get("/taken/" + intake.getId());
        assertThat(taak.status()).isEqualTo(404);
        assertThat(taak.body()).doesNotContain("Verslag van het intakegesprek");
        assertThat(ander.get("/?zoek=" + nummer).body()).doesNotContain(intake.getId()).contains("Geen taken gevonden");
        assertThat(ander.get("/taken/" + intake.getId() + "/afgerond?dossier=" + nummer).body())
                .doesNotContain(intake.getId()).contains("Klaar voor deze leerling");
        // Completing through the page's endpoint is the API's: refused the same way.
        assertThat(http().als("zorgcoordinatorAmersfoort").post("/api/taken/" + intake.getId() + "/voltooien",
                "{\"verslag\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void rollenZonderDossiertoegangKrijgenEenPaginaMetUitleg() {
        // Jeugdhulp of the gemeente, without consent for jeugdhulp: why, and not even the name (LeerlingpaginaPerGroepIT).
        Http.Antwoord jeugdhulp = http().als("jeugdhulp").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(jeugdhulp.status()).isEqualTo(403);
        assertThat(jeugdhulp.body()).contains("Geen toegang", "geen toestemming voor jeugdhulp").doesNotContain("Jansen");
        Http.Antwoord leerplicht = http().als("leerplicht").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        assertThat(leerplicht.status()).isEqualTo(403);
        assertThat(leerplicht.body()).contains("Geen toegang").doesNotContain("Jansen");
    }

    @Test
    void elkeBlikOpEenLeerlingStaatInHetAuditlog() {
        int voor = audit.voorDossier(nummer).size();
        http().als("zorgcoordinator").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html").get("/leerlingen/" + nummer);
        List<AuditRegel> na = audit.voorDossier(nummer);
        assertThat(na).hasSize(voor + 2);
        assertThat(na.subList(voor, na.size())).extracting(AuditRegel::getGebruiker)
                .containsExactly("zorgcoordinator", "zorgcoordinatorAmersfoort");
        assertThat(na.subList(voor, na.size())).extracting(AuditRegel::getStatus).containsExactly(200, 404);
    }
}
