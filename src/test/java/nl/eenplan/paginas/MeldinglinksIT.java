package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Jeugdhulpbesluiten;
import nl.eenplan.Testdossiers;
import nl.eenplan.Zorgroutes;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every notification on the page Meldingen links its reader to a page that opens for them (200), chosen for the reader
 * (Meldinglinks), or says in words that there is none. The demo school is in Utrecht; the pupils live in Zeist, whose
 * gemeente and leerplicht do not see the school's pupils (the pupil's page gives them 404). Each test reads the page as
 * every receiver of the pupil's notifications and follows each link as that receiver.
 */
class MeldinglinksIT extends IntegratieTest {

    static final String ZEIST = "GM0355";
    static final String GEMEENTE_ZEIST = "gemeentezeistlinks";
    static final String LEERPLICHT_ZEIST = "leerplichtzeistlinks";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();
    /** A notification on the page: its article and, when it has one, its link. */
    private static final Pattern ARTIKEL = Pattern.compile(
            "<article[^>]*id=\"melding-(\\d+)\"[^>]*>(.*?)</article>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("class=\"[^\"]*eenplan-meldinglink[^\"]*\" href=\"([^\"]+)\"");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    Schoolkalender kalender;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;

    @BeforeEach
    void zeistWerktMetEenPlan() {
        gemeenten.registreer(ZEIST, "Zeist");
        gebruikers.maakAlsNieuw(GEMEENTE_ZEIST, "Gijs", "Zeist", "demo", Groepen.GEMEENTE);
        organisaties.voegToeAanOrganisatie(GEMEENTE_ZEIST, Organisaties.gemeenteGroep("Zeist"));
        gebruikers.maakAlsNieuw(LEERPLICHT_ZEIST, "Lotte", "Zeist", "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie(LEERPLICHT_ZEIST, Organisaties.gemeenteGroep("Zeist"));
    }

    /**
     * Jeugdwet art. 1.1 and 2.3: the home gemeente Zeist decides on jeugdhulp for a pupil of a school in Utrecht. Its
     * notification leads to its task page (not the pupil's page, 404 for it); once decided, to nothing, with the words
     * why. Utrecht's "forwarded" notification (Awb art. 2:3) no longer leads to the pupil's page, which refuses it (403:
     * it reads no care part any more).
     */
    @Test
    void deWoongemeenteGaatNaarHaarTaakpaginaEnNaHetBesluitNergensHeen() {
        Zorgroutes routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
        String nummer = routes.arrangementInBesluitvorming("Kleine klas " + VOLGNUMMER.incrementAndGet() + ".",
                "Gezinsbegeleiding door het wijkteam.", "Regulier vo, havo.");
        Http.Antwoord adres = http().als("zorgcoordinator").put("/api/dossiers/" + nummer + "/leerling/woonadres",
                "{\"postcode\": \"3701 AA\", \"huisnummer\": \"1\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                        + ZEIST + "\"}");
        assertThat(adres.status()).as(adres.body()).isEqualTo(200);
        Jeugdhulpbesluiten.voerStartUit(runtimeService, managementService, nummer);
        String taak = taskService.createTaskQuery().processDefinitionKey("jeugdhulpbesluit")
                .processInstanceBusinessKey(nummer).tenantIdIn(ZEIST).singleResult().getId();
        assertThat(http().als(GEMEENTE_ZEIST).metKop("Accept", "text/html").get("/leerlingen/" + nummer).status())
                .as("de pagina van de leerling opent niet voor de woongemeente").isEqualTo(404);

        Map<String, String> zeist = volgElkeLink(GEMEENTE_ZEIST, nummer);
        assertThat(zeist).containsValue("/taken/" + taak);
        assertThat(zeist.values()).noneMatch(link -> link.startsWith("/leerlingen/"));
        // Utrecht, the school's gemeente: the application was forwarded; the pupil's page refuses it now.
        Map<String, String> utrecht = volgElkeLink("gemeente", nummer);
        assertThat(utrecht).isNotEmpty();
        assertThat(utrecht.values()).noneMatch(link -> link.startsWith("/leerlingen/"));
        assertThat(volgElkeLink("zorgcoordinator", nummer)).containsValue("/leerlingen/" + nummer);

        Http.Antwoord besloten = http().als(GEMEENTE_ZEIST).post("/api/taken/" + taak + "/voltooien",
                "{\"besluit\": \"TOEGEKEND\", \"toelichting\": \"Beschikking voor zes maanden.\"}");
        assertThat(besloten.status()).as(besloten.body()).isEqualTo(204);
        Map<String, String> naBesluit = volgElkeLink(GEMEENTE_ZEIST, nummer);
        assertThat(naBesluit).isNotEmpty().allSatisfy((melding, link) -> assertThat(link).as(melding).isEmpty());
        assertThat(pagina(GEMEENTE_ZEIST)).contains(Meldinglinks.GEEN_PAGINA);
    }

    /**
     * Leerplichtwet art. 21 and the thuiszittersaanpak: a table at Zeist (where the pupil lives) for a pupil of a school
     * in Utrecht. Zeist's leerplicht goes to its task; Zeist's gemeente (doorzettingsmacht) and the school's SWV, who
     * have no task and cannot open the pupil's page, to the table's page.
     */
    @Test
    void deThuiszitterstafelVanDeWoongemeenteOpentVoorIederAanTafel() {
        Http.Antwoord dossier = http().als("zorgcoordinator").post("/api/dossiers",
                Testdossiers.woontIn(Testdossiers.nieuw(), ZEIST));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String nummer = dossier.json().get("nummer").asText();
        Http.Antwoord gemeld = http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/thuiszitterstafel",
                "{\"toelichting\": \"Zit al drie weken thuis.\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isIn(200, 201);
        long tafel = gemeld.json().get("id").asLong();
        var proces = runtimeService.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .processInstanceBusinessKey(nummer).singleResult();
        assertThat(proces.getTenantId()).isEqualTo(ZEIST);
        managementService.createJobQuery().processInstanceId(proces.getId()).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));
        String plannen = taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult().getId();

        assertThat(volgElkeLink(LEERPLICHT_ZEIST, nummer)).containsValue("/taken/" + plannen);
        Http.Antwoord gepland = http().als(LEERPLICHT_ZEIST).post("/api/taken/" + plannen + "/voltooien", """
                {"tafelDatum": "2026-12-04T14:00", "doorzettingsmacht": "%s", "functie": "Wethouder onderwijs"}"""
                .formatted(GEMEENTE_ZEIST));
        assertThat(gepland.status()).as(gepland.body()).isEqualTo(204);

        assertThat(volgElkeLink(GEMEENTE_ZEIST, nummer)).isNotEmpty().containsValue("/thuiszitters/" + tafel)
                .allSatisfy((melding, link) -> assertThat(link).as(melding).doesNotStartWith("/leerlingen/"));
        assertThat(volgElkeLink("swv", nummer)).containsValue("/thuiszitters/" + tafel);
        assertThat(volgElkeLink(LEERPLICHT_ZEIST, nummer)).isNotEmpty()
                .allSatisfy((melding, link) -> assertThat(link).as(melding).isNotEmpty());
        assertThat(volgElkeLink("zorgcoordinator", nummer)).containsValue("/leerlingen/" + nummer);
    }

    /**
     * Reads Meldingen as this user and follows, as this user, the link of each of their notifications about the pupil:
     * each opens (200). Returns each notification's link ("" for none: then it says why).
     */
    private Map<String, String> volgElkeLink(String gebruiker, String nummer) {
        java.util.Set<String> overLeerling = new java.util.HashSet<>();
        for (JsonNode m : http().als(gebruiker).get("/api/meldingen").json()) {
            if (nummer.equals(m.path("dossierNummer").asText(null))) {
                overLeerling.add(m.get("id").asText());
            }
        }
        String pagina = pagina(gebruiker);
        Map<String, String> links = new LinkedHashMap<>();
        Matcher artikel = ARTIKEL.matcher(pagina);
        while (artikel.find()) {
            if (!overLeerling.contains(artikel.group(1))) {
                continue;
            }
            Matcher link = LINK.matcher(artikel.group(2));
            String href = link.find() ? link.group(1) : "";
            if (href.isEmpty()) {
                assertThat(artikel.group(2)).as("melding %s zonder link zegt waarom", artikel.group(1))
                        .contains(Meldinglinks.GEEN_PAGINA);
            } else {
                Http.Antwoord gevolgd = http().als(gebruiker).metKop("Accept", "text/html").get(href);
                assertThat(gevolgd.status()).as("%s volgt %s van melding %s", gebruiker, href, artikel.group(1))
                        .isEqualTo(200);
            }
            links.put(artikel.group(1), href);
        }
        assertThat(links.keySet()).as("elke melding over de leerling staat op de pagina van " + gebruiker)
                .containsExactlyInAnyOrderElementsOf(overLeerling);
        return links;
    }

    private String pagina(String gebruiker) {
        Http.Antwoord pagina = http().als(gebruiker).metKop("Accept", "text/html").get("/meldingen");
        assertThat(pagina.status()).isEqualTo(200);
        return pagina.body();
    }
}
