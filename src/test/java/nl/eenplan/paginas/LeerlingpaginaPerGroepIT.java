package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Zorgroutes;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pupil's page per group, as a browser asks for it over HTTP ({@code Accept: text/html}), and as an attacker
 * would: jeugdhulp sees the plan only while consent for jeugdhulp is in force, the SWV and the gemeente only their
 * part of the arrangement request, leerplicht never the page; another gemeente or SWV finds no pupil (404); a page
 * with nothing to see names no pupil; every look is audited.
 */
class LeerlingpaginaPerGroepIT extends IntegratieTest {

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    Schoolkalender kalender;
    @Autowired
    DossierService dossiers;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    AuditLog audit;

    Zorgroutes routes;

    @BeforeEach
    void tweeGemeenten() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
    }

    @Test
    void jeugdhulpMetToestemmingLeestHetPlanEnNietHetDossier() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag: thuis gaat het moeizaam.",
                "Sam komt elke dag op tijd", "Gezinsgesprek plannen");
        Http.Antwoord pagina = pagina("jeugdhulp", nummer);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains(routes.naam(nummer), "Sam komt elke dag op tijd", "Gezinsgesprek plannen",
                        "Afspraak uit MDO uitvoeren", "toestemming voor jeugdhulp", "MDO")
                // Not the dossier: parents and their phone, reports, the referral (intake, meldcode), the history.
                .doesNotContain("Anna Jansen", "06 1234 5678", "thuis gaat het moeizaam", "Time-outs en gesprekken",
                        "Ouders en verzorgers", "Wat er gebeurde", "Aanmelding", "Zorg melden", "het ondersteuningsteam");
        // Mijn werk and the task page link to the pupil's page for jeugdhulp.
        Http jeugdhulp = http().als("jeugdhulp").metKop("Accept", "text/html");
        assertThat(jeugdhulp.get("/?zoek=" + nummer).body()).contains("href=\"/leerlingen/" + nummer + "\"");
        String taak = routes.taak("jeugdhulp", nummer, "afspraakUitvoeren").get("id").asText();
        assertThat(jeugdhulp.get("/taken/" + taak).body()).contains("href=\"/leerlingen/" + nummer + "\"");
    }

    @Test
    void jeugdhulpZonderToestemmingZietGeenPlanEnGeenNaam() {
        String nummer = routes.leerling();
        routes.toestemming(nummer, "ONDERSTEUNINGSTEAM");
        dossiers.voegDoelenToe(nummer, List.of("Plantekst zonder toestemming"));
        dossiers.voegAfsprakenToe(nummer, List.of(new NieuweAfspraak("Afspraak zonder toestemming", "mentor", false,
                vandaag().plusWeeks(2))), "test");
        String naam = routes.naam(nummer);
        assertThat(pagina("zorgcoordinator", nummer).body()).contains("Plantekst zonder toestemming");

        Http.Antwoord pagina = pagina("jeugdhulp", nummer);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("Geen toegang", "geen toestemming voor jeugdhulp")
                .doesNotContain(naam, "Plantekst zonder toestemming", "Afspraak zonder toestemming", "Anna Jansen");
    }

    /** Consent alone is no reason to look: trying dossier numbers must not show jeugdhulp every consenting pupil. */
    @Test
    void jeugdhulpMetToestemmingMaarZonderWerkAanHetPlanZietNiets() {
        String nummer = routes.leerling();
        routes.toestemming(nummer, "JEUGDHULP");
        dossiers.voegDoelenToe(nummer, List.of("Plantekst zonder jeugdhulp"));
        String naam = routes.naam(nummer);

        Http.Antwoord pagina = pagina("jeugdhulp", nummer);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("Geen toegang", "als jeugdhulp eraan werkt")
                .doesNotContain(naam, "Plantekst zonder jeugdhulp");
    }

    @Test
    void naHetIntrekkenVanDeToestemmingVerdwijntHetPlanVoorJeugdhulp() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag van het MDO.", "Doel dat verdwijnt",
                "Afspraak die verdwijnt");
        String naam = routes.naam(nummer);
        assertThat(pagina("jeugdhulp", nummer).body()).contains("Doel dat verdwijnt", "Afspraak die verdwijnt");

        routes.trekToestemmingIn(nummer, "JEUGDHULP");

        // The agreement lapsed with its task: nothing left for jeugdhulp, not even the name.
        Http.Antwoord pagina = pagina("jeugdhulp", nummer);
        assertThat(pagina.status()).isEqualTo(403);
        assertThat(pagina.body()).contains("geen toestemming voor jeugdhulp")
                .doesNotContain(naam, "Doel dat verdwijnt", "Afspraak die verdwijnt");
        assertThat(http().als("jeugdhulp").metKop("Accept", "text/html").get("/?zoek=" + nummer).body())
                .doesNotContain(naam).contains("Geen taken gevonden");
        // The school still sees it, with the reason.
        assertThat(pagina("zorgcoordinator", nummer).body()).contains("Afspraak die verdwijnt",
                "toestemming voor jeugdhulp ingetrokken");
    }

    @Test
    void eenAndereGemeenteEnEenAnderSwvVindenDeLeerlingNiet() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag.", "Doel van Utrecht", "Afspraak van Utrecht");
        String naam = routes.naam(nummer);
        for (String ander : List.of("jeugdhulpAmersfoort", "gemeenteAmersfoort", "swvAmersfoort", "leerplichtAmersfoort")) {
            Http.Antwoord pagina = pagina(ander, nummer);
            assertThat(pagina.status()).as(ander).isEqualTo(404);
            assertThat(pagina.body()).as(ander).contains("Niet gevonden")
                    .doesNotContain(naam, "Doel van Utrecht", "Afspraak van Utrecht");
        }
    }

    @Test
    void hetSwvEnDeGemeenteZienElkHunDeelVanDeAanvraag() {
        String nummer = routes.arrangementInBesluitvorming("Kleine klas drie dagen per week.",
                "Gezinsbegeleiding door het wijkteam.", "Regulier vo, havo.");
        String naam = routes.naam(nummer);

        Http.Antwoord swv = pagina("swv", nummer);
        assertThat(swv.status()).isEqualTo(200);
        assertThat(swv.body()).contains(naam, "Kleine klas drie dagen per week.", "Regulier vo, havo.",
                        "Besluit onderwijsdeel (SWV)")
                .doesNotContain("Gezinsbegeleiding", "Anna Jansen", "Het plan", "Wat er gebeurde");

        Http.Antwoord gemeente = pagina("gemeente", nummer);
        assertThat(gemeente.status()).isEqualTo(200);
        assertThat(gemeente.body()).contains(naam, "Gezinsbegeleiding door het wijkteam.", "Besluit jeugdhulp (woongemeente)")
                .doesNotContain("Kleine klas", "Anna Jansen", "Het plan", "Wat er gebeurde");

        // Jeugdhulp has consent here, but no arrangement to decide: the plan, not the request.
        assertThat(pagina("jeugdhulp", nummer).body()).doesNotContain("Kleine klas", "Gezinsbegeleiding");
    }

    @Test
    void hetSwvEnDeGemeenteZonderTaakOfAanvraagZienNiets() {
        String nummer = routes.leerling();
        String naam = routes.naam(nummer);
        for (String wie : List.of("swv", "gemeente")) {
            Http.Antwoord pagina = pagina(wie, nummer);
            assertThat(pagina.status()).as(wie).isEqualTo(403);
            assertThat(pagina.body()).as(wie).contains("Geen toegang", "geen taak").doesNotContain(naam, "Anna Jansen");
        }
    }

    @Test
    void leerplichtZietDeLeerlingpaginaNooitEnKrijgtGeenLinkErheen() {
        String nummer = routes.leerling();
        String naam = routes.naam(nummer);
        leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur ongeoorloofd verzuim.", "test");
        overdrachtenNaarLeerplicht();
        for (String wie : List.of("leerplicht", "leerplichtteamleider", "procesbeheer")) {
            Http.Antwoord pagina = pagina(wie, nummer);
            assertThat(pagina.status()).as(wie).isEqualTo(403);
            assertThat(pagina.body()).as(wie).doesNotContain(naam);
        }
        // The escalation's task page names the pupil without a link to a page leerplicht may not open.
        String taak = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("leerplichtEscalatie").singleResult().getId();
        Http.Antwoord taakpagina = http().als("leerplicht").metKop("Accept", "text/html").get("/taken/" + taak);
        assertThat(taakpagina.status()).isEqualTo(200);
        assertThat(taakpagina.body()).contains(naam).doesNotContain("/leerlingen/");
        assertThat(http().als("leerplicht").metKop("Accept", "text/html").get("/?zoek=" + nummer).body())
                .contains(naam).doesNotContain("/leerlingen/");
    }

    @Test
    void elkeBlikPerGroepStaatInHetAuditlog() {
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag.", "Doel", "Afspraak");
        int voor = audit.voorDossier(nummer).size();
        pagina("jeugdhulp", nummer);
        pagina("swv", nummer);
        pagina("jeugdhulpAmersfoort", nummer);
        List<AuditRegel> na = audit.voorDossier(nummer);
        assertThat(na.subList(voor, na.size())).extracting(AuditRegel::getGebruiker)
                .containsExactly("jeugdhulp", "swv", "jeugdhulpAmersfoort");
        assertThat(na.subList(voor, na.size())).extracting(AuditRegel::getStatus).containsExactly(200, 403, 404);
    }

    private Http.Antwoord pagina(String gebruiker, String nummer) {
        return http().als(gebruiker).metKop("Accept", "text/html").get("/leerlingen/" + nummer);
    }
}
