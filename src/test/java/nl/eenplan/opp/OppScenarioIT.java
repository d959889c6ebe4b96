package nl.eenplan.opp;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Sessie;
import nl.eenplan.gezin.Gezinstest;
import nl.eenplan.Testdossiers;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.EscalatieService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Process "opp" (issue 23, the OPP with the parents' instemming) for a po pupil placed on Tuesday 1 December 2026, whose
 * mother Anna Jansen has gezag: OOGO and the OPP within 6 weeks (WPO art. 40a, WEC art. 41a), instemming by a parent
 * with gezag or the pupil of 18 (Instemmingsregel), a refusal with its route and a new version, the yearly evaluation
 * with the parents (timer) with and without a change, a bijstelling from the arrangement, the end; every task's
 * reminder and escalation; another school's zorgcoördinator gets 404 at /api and /engine-rest. The arrangement's side
 * (start and bijstellen): ArrangementScenarioIT.
 */
@ScenarioTest.Model("opp")
class OppScenarioIT extends ScenarioTest {

    static final String OPSTELLEN = """
            {"oogoOp": "2026-12-03", "oogoMet": "Anna Jansen (moeder) en Sam",
             "oogoNamensSchool": "Z. Coördinator", "uitstroomprofiel": "VMBO_KADER",
             "onderbouwing": "Sam leert praktisch; toetsen en observaties wijzen op de kaderberoepsgerichte leerweg.",
             "doelen": [{"omschrijving": "Sam werkt 20 minuten zelfstandig"}, "Sam gaat met plezier naar school"],
             "aanpak": "Kleine klas drie dagen per week; wekelijks gesprek met de intern begeleider."}""";
    static final String INGESTEMD = """
            {"uitkomst": "INGESTEMD", "datum": "2026-12-07", "door": "OUDER", "ouder": "anna jansen",
             "wijze": "SCHRIFTELIJK"}""";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    OppService opp;
    @Autowired
    MeldingService meldingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    ApplicationContext context;
    @Autowired
    nl.eenplan.dossier.DossierService dossierService;

    String nummer;
    ProcessInstance proces;

    @BeforeEach
    void gegevenEenLeerlingGeplaatstOpDinsdag1December2026() {
        ClockUtil.setCurrentTime(moment(2026, 12, 1, 10, 0));
        nummer = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        proces = start(nummer);
        // The OOGO and the parents' answer come in the week after the placement.
        ClockUtil.setCurrentTime(moment(2026, 12, 7, 10, 0));
    }

    private ProcessInstance start(String dossier) {
        opp.start(new OppService.Aanvrager(dossier, "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("opp").processInstanceBusinessKey(dossier)
                .singleResult();
    }

    @Test
    void naOogoEnInstemmingVanEenOuderMetGezagIsHetHandelingsdeelVastgesteld() {
        assertThat(proces).isWaitingAt("opstellen");
        JsonNode concept = oppVan(nummer);
        assertThat(concept.get("huidig").get("status").asText()).isEqualTo("CONCEPT");
        assertThat(concept.get("huidig").get("doelen").get(0).asText()).isEqualTo("Sam werkt 20 minuten zelfstandig");
        assertThat(concept.hasNonNull("geldendeVersie")).isFalse();

        // The uitstroomprofiel fits the onderwijssoort (Uitstroomprofiel): a po pupil has no vso profile "arbeidsmarkt".
        Http.Antwoord verkeerd = voltooi(taak("opstellen"), OPSTELLEN.replace("VMBO_KADER", "ARBEIDSMARKT"));
        assertThat(verkeerd.status()).isEqualTo(400);
        assertThat(verkeerd.json().get("fouten").toString()).contains("uitstroomprofiel", "past niet");
        // The OOGO is with the parents: at least one named as the dossier has them.
        Http.Antwoord zonderOuder = voltooi(taak("opstellen"), OPSTELLEN.replace("Anna Jansen (moeder) en Sam", "Sam"));
        assertThat(zonderOuder.status()).isEqualTo(400);
        assertThat(zonderOuder.json().get("fouten").toString()).contains("oogoMet", "Anna Jansen");
        Http.Antwoord leeg = voltooi(taak("opstellen"), "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().get("fouten").toString()).contains("oogoOp", "oogoMet", "uitstroomprofiel", "aanpak");
        assertThat(voltooi(taak("opstellen"), OPSTELLEN).status()).isEqualTo(204);
        assertThat(proces).isWaitingAt("instemmingVastleggen");

        // Who may answer: a parent with gezag, by the name in the dossier; the pupil only at 18; a refusal names its reason.
        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("\"OUDER\"", "\"LEERLING\"")).body())
                .contains("door", "nog geen 18");
        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("anna jansen", "Piet Jansen")).body())
                .contains("ouder", "Piet Jansen");
        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("INGESTEMD", "GEWEIGERD")).body())
                .contains("reden");
        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("2026-12-07", "2026-12-02")).body())
                .contains("datum", "overleg");
        // The engine's own API (Tasklist) meets the same checks.
        Http.Antwoord viaEngine = zc().post("/engine-rest/task/" + taak("instemmingVastleggen").getId() + "/complete",
                "{\"variables\": {\"uitkomst\": {\"value\": \"INGESTEMD\", \"type\": \"String\"}}}");
        assertThat(viaEngine.status()).as(viaEngine.body()).isEqualTo(400);
        assertThat(proces).isWaitingAt("instemmingVastleggen");

        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD).status()).isEqualTo(204);
        assertThat(proces).hasPassed("ingestemd", "inWerking").isWaitingAt("wachten");

        JsonNode vastgesteld = oppVan(nummer);
        assertThat(vastgesteld.get("geldendeVersie").asInt()).isEqualTo(1);
        JsonNode v1 = vastgesteld.get("huidig");
        assertThat(v1.get("status").asText()).isEqualTo("INGESTEMD");
        assertThat(v1.get("uitstroomprofiel").asText()).isEqualTo("VMBO_KADER");
        assertThat(v1.get("oogo").get("op").asText()).isEqualTo("2026-12-03");
        assertThat(v1.get("oogo").get("met").asText()).contains("Anna Jansen");
        assertThat(v1.get("instemming").get("naam").asText()).isEqualTo("Anna Jansen");
        assertThat(v1.get("instemming").get("wijze").asText()).isEqualTo("SCHRIFTELIJK");
        assertThat(v1.get("instemming").get("op").asText()).isEqualTo("2026-12-07");
        assertThat(v1.get("doelen")).hasSize(2);
    }

    /** Two parents with gezag, both with a family account: Anna Jansen ({@code ouder}) and Bert Jansen ({@code ouder2}). */
    private String tweeOudersMetGezagOnline(Gezinstest gezin) {
        String dossier = zc().post("/api/dossiers", Testdossiers.nieuw().replace("\"gezag\": true}]",
                "\"gezag\": true}, {\"naam\": \"Bert Jansen\", \"relatie\": \"OUDER\", \"telefoon\": \"06 2222 3333\", "
                        + "\"gezag\": true}]")).json().get("nummer").asText();
        var ouders = dossierService.haalOp(dossier).leerling().ouders();
        gezin.koppel("ouder", dossier, ouders.stream().filter(o -> o.naam().equals("Anna Jansen")).findFirst()
                .orElseThrow().id());
        gezin.koppel("ouder2", dossier, ouders.stream().filter(o -> o.naam().equals("Bert Jansen")).findFirst()
                .orElseThrow().id());
        return dossier;
    }

    @Test
    void instemmingOnline_tweeOudersMetGezag_beidenStemmenIn_danIsHetHandelingsdeelVastgesteld() {
        Gezinstest gezin = new Gezinstest(context, port, clock);
        try {
            String dossier = tweeOudersMetGezagOnline(gezin);
            ProcessInstance p = start(dossier);
            assertThat(voltooiIn(p, "opstellen", OPSTELLEN.replace("Anna Jansen (moeder) en Sam",
                    "Anna en Bert Jansen")).status()).isEqualTo(204);
            Sessie anna = gezin.meldAan("ouder");
            String pad = "/gezin/kind/" + Gezinstest.idVan(anna, "Sam") + "/opp";
            assertThat(anna.get(pad, "Accept", Gezinstest.HTML).body()).contains("Sam werkt 20 minuten zelfstandig",
                    "Kleine klas drie dagen per week", "Ik stem in", "Ik stem niet in", "WPO art. 40a");
            // No choice: the page again, with the error at the field and what was typed kept.
            Http.Antwoord leeg = Gezinstest.post(anna, pad, "versie", "1", "toelichting", "Even nadenken.");
            assertThat(leeg.status()).isEqualTo(400);
            assertThat(leeg.body()).contains("Kies of u instemt of niet", "Even nadenken.");

            Http.Antwoord ja = Gezinstest.post(anna, pad, "versie", "1", "uitkomst", "INGESTEMD");
            assertThat(ja.status()).as(ja.body()).isEqualTo(302);
            // Bert has gezag and an account: his answer is needed too, so the school's step still waits.
            assertThat(p).isWaitingAt("instemmingVastleggen");
            assertThat(anna.get(pad, "Accept", Gezinstest.HTML).body()).contains("U stemde in",
                    "Ook de andere ouder met gezag moet nog antwoorden");
            assertThat(Gezinstest.post(anna, pad, "versie", "1", "uitkomst", "GEWEIGERD").status())
                    .as("one answer per parent").isEqualTo(409);
            // The school cannot settle it for Anna alone either: Bert must agree (iedere gezaghebbende).
            Http.Antwoord school = voltooiIn(p, "instemmingVastleggen", INGESTEMD);
            assertThat(school.status()).isEqualTo(400);
            assertThat(school.body()).contains("Bert Jansen", "moet instemmen");

            Sessie bert = gezin.meldAan("ouder2");
            assertThat(Gezinstest.post(bert, "/gezin/kind/" + Gezinstest.idVan(bert, "Sam") + "/opp", "versie", "1",
                    "uitkomst", "INGESTEMD").status()).isEqualTo(302);
            assertThat(p).hasPassed("instemmingOnline", "ingestemd", "inWerking").isWaitingAt("wachten");
            JsonNode v1 = oppVan(dossier).get("huidig");
            assertThat(v1.get("status").asText()).isEqualTo("INGESTEMD");
            assertThat(v1.get("instemming").get("naam").asText()).isEqualTo("Bert Jansen");
            assertThat(v1.get("instemming").get("wijze").asText()).isEqualTo("DIGITAAL");
            assertThat(v1.get("instemming").get("vastgelegdDoor").asText()).isEqualTo("gezin-" + gezin.account("ouder2"));
            assertThat(oppVan(dossier).get("geldendeVersie").asInt()).isEqualTo(1);
        } finally {
            gezin.ruimOp();
        }
    }

    @Test
    void instemmingOnline_tweeOudersMetGezag_eenWeigert_datIsDefinitief() {
        Gezinstest gezin = new Gezinstest(context, port, clock);
        try {
            String dossier = tweeOudersMetGezagOnline(gezin);
            ProcessInstance p = start(dossier);
            voltooiIn(p, "opstellen", OPSTELLEN);
            Sessie anna = gezin.meldAan("ouder");
            assertThat(Gezinstest.post(anna, "/gezin/kind/" + Gezinstest.idVan(anna, "Sam") + "/opp", "versie", "1",
                    "uitkomst", "INGESTEMD").status()).isEqualTo(302);
            Sessie bert = gezin.meldAan("ouder2");
            String pad = "/gezin/kind/" + Gezinstest.idVan(bert, "Sam") + "/opp";
            // A version the page did not show (the school changed it meanwhile) is not answered.
            assertThat(Gezinstest.post(bert, pad, "versie", "7", "uitkomst", "GEWEIGERD").status()).isEqualTo(409);
            // A refusal needs no reason: a parent's no is not overridden (Instemmingsregel).
            Http.Antwoord nee = Gezinstest.post(bert, pad, "versie", "1", "uitkomst", "GEWEIGERD");
            assertThat(nee.status()).as(nee.body()).isEqualTo(302);
            assertThat(p).hasPassed("instemmingOnline", "routeBijWeigering").isWaitingAt("opstellen");
            JsonNode o = oppVan(dossier);
            assertThat(o.hasNonNull("geldendeVersie")).isFalse();
            assertThat(o.get("versies").get(1).get("status").asText()).isEqualTo("GEWEIGERD");
            assertThat(o.get("versies").get(1).get("instemming").get("naam").asText()).isEqualTo("Bert Jansen");
            assertThat(o.get("huidig").get("aanleiding").asText()).isEqualTo("WEIGERING");
            assertThat(bert.get(pad, "Accept", Gezinstest.HTML).body()).contains("geen OPP van Sam");
        } finally {
            gezin.ruimOp();
        }
    }

    @Test
    void instemmingOnline_eenOuderZonderGezagEnEenLeerlingVan16Niet() {
        Gezinstest gezin = new Gezinstest(context, port, clock);
        try {
            String dossier = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2010-03-02")
                    .replace("\"gezag\": true}]", "\"gezag\": true}, {\"naam\": \"Bert Jansen\", \"relatie\": "
                            + "\"OUDER\", \"telefoon\": \"06 2222 3333\", \"gezag\": false}]")).json().get("nummer")
                    .asText();
            ProcessInstance p = start(dossier);
            voltooiIn(p, "opstellen", OPSTELLEN);
            gezin.koppel("ouder2", dossier, dossierService.haalOp(dossier).leerling().ouders().stream()
                    .filter(o -> o.naam().equals("Bert Jansen")).findFirst().orElseThrow().id());
            gezin.koppel("leerling", dossier, null);
            // A parent without gezag: the family rule refuses (BW art. 1:377c), with the row's explanation.
            Sessie bert = gezin.meldAan("ouder2");
            Http.Antwoord zonderGezag = bert.get("/gezin/kind/" + Gezinstest.idVan(bert, "Sam") + "/opp", "Accept",
                    Gezinstest.HTML);
            assertThat(zonderGezag.status()).isEqualTo(403);
            assertThat(zonderGezag.body()).contains("U hebt geen gezag");
            // The pupil of 16: Instemmingsregel lets a parent with gezag answer until 18.
            Sessie sam = gezin.meldAan("leerling");
            String pad = "/gezin/kind/" + Gezinstest.idVan(sam, "Sam") + "/opp";
            Http.Antwoord zestien = sam.get(pad, "Accept", Gezinstest.HTML);
            assertThat(zestien.status()).isEqualTo(403);
            assertThat(zestien.body()).contains("Je bent jonger dan 18");
            assertThat(Gezinstest.post(sam, pad, "versie", "1", "uitkomst", "INGESTEMD").status()).isEqualTo(403);
            assertThat(p).isWaitingAt("instemmingVastleggen");
        } finally {
            gezin.ruimOp();
        }
    }

    @Test
    void deLeerlingVan18BeslistZelf_eenOuderDanNiet() {
        String volwassen = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", "2008-03-02")
                .replace("\"PO\"", "\"VSO\"")).json().get("nummer").asText();
        ProcessInstance p = start(volwassen);
        Task opstellen = taskService.createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertThat(voltooi(opstellen, OPSTELLEN.replace("VMBO_KADER", "VERVOLGONDERWIJS")).status()).isEqualTo(204);
        Task instemming = taskService.createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertThat(voltooi(instemming, INGESTEMD).body()).contains("door", "LEERLING");
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"LEERLING\"").replace("SCHRIFTELIJK",
                "MONDELING_BEVESTIGD")).status()).isEqualTo(204);
        assertThat(oppVan(volwassen).get("huidig").get("instemming").get("door").asText()).isEqualTo("LEERLING");
    }

    @Test
    void wec41a_17jaar364dagenMetCurator_beslistNogDeOuder() {
        // Born 8 December 2008: 17 years and 364 days on 7 December 2026. A curatele set before 18 (BW art. 1:378 lid 2)
        // does not count yet.
        String dossier = volwasseneMetOpp("2008-12-08");
        assertThat(zc().post("/api/dossiers/" + dossier + "/vertegenwoordigers", CURATOR).status()).isEqualTo(201);
        Task instemming = instemmingstaak(dossier);
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"VERTEGENWOORDIGER\"")).body())
                .contains("door", "pas vanaf 18");
        assertThat(voltooi(instemming, INGESTEMD).status()).isEqualTo(204);
        assertThat(oppVan(dossier).get("huidig").get("instemming").get("door").asText()).isEqualTo("OUDER");
    }

    @Test
    void wec41a_18jaar0dagenMetCurator_deCuratorBeslist_nietDeLeerlingOfDeOuder() {
        String dossier = volwasseneMetOpp("2008-12-07");
        // Bad input: problem+json per field, in Dutch.
        Http.Antwoord leeg = zc().post("/api/dossiers/" + dossier + "/vertegenwoordigers", "{\"soort\": \"VOOGD\"}");
        assertThat(leeg.status()).isEqualTo(400);
        Http.Antwoord zonder = zc().post("/api/dossiers/" + dossier + "/vertegenwoordigers", "{}");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.body()).contains("soort", "naam", "beschikkingOp", "Kies CURATOR");
        Http.Antwoord curator = zc().post("/api/dossiers/" + dossier + "/vertegenwoordigers", CURATOR);
        assertThat(curator.status()).as(curator.body()).isEqualTo(201);
        assertThat(zc().post("/api/dossiers/" + dossier + "/vertegenwoordigers", CURATOR).status()).isEqualTo(400);

        Task instemming = instemmingstaak(dossier);
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"LEERLING\"")).body())
                .contains("door", "Jan de Vries (curator)", "VERTEGENWOORDIGER");
        assertThat(voltooi(instemming, INGESTEMD).body()).contains("door", "VERTEGENWOORDIGER");
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"VERTEGENWOORDIGER\"")).body())
                .contains("ouder", "Jan de Vries");
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"VERTEGENWOORDIGER\"")
                .replace("anna jansen", "jan de vries")).status()).isEqualTo(204);
        JsonNode antwoord = oppVan(dossier).get("huidig").get("instemming");
        assertThat(antwoord.get("door").asText()).isEqualTo("VERTEGENWOORDIGER");
        assertThat(antwoord.get("naam").asText()).isEqualTo("Jan de Vries (curator)");

        // Another school sees no representative; the curatele ends: from that day the pupil decides again.
        assertThat(http().als("gemeente").get("/api/dossiers/" + dossier + "/vertegenwoordigers").status()).isIn(403, 404);
        long id = curator.json().get("id").asLong();
        assertThat(zc().put("/api/dossiers/" + dossier + "/vertegenwoordigers/" + id + "/einde", "{\"op\": \"2026-11-01\"}")
                .body()).contains("op", "na de beschikking");
        Http.Antwoord einde = zc().put("/api/dossiers/" + dossier + "/vertegenwoordigers/" + id + "/einde",
                "{\"op\": \"2026-12-08\"}");
        assertThat(einde.status()).as(einde.body()).isEqualTo(200);
        assertThat(zc().get("/api/dossiers/" + dossier + "/vertegenwoordigers").json().get(0).get("eindeOp").asText())
                .isEqualTo("2026-12-08");
    }

    @Test
    void wec41a_18jaar0dagenZonderVertegenwoordiger_deLeerlingBeslist() {
        String dossier = volwasseneMetOpp("2008-12-07");
        Task instemming = instemmingstaak(dossier);
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"VERTEGENWOORDIGER\"")).body())
                .contains("door", "geen curator of mentor", "LEERLING");
        assertThat(voltooi(instemming, INGESTEMD.replace("\"OUDER\"", "\"LEERLING\"")).status()).isEqualTo(204);
        assertThat(oppVan(dossier).get("huidig").get("instemming").get("door").asText()).isEqualTo("LEERLING");
    }

    static final String CURATOR = """
            {"soort": "CURATOR", "naam": "Jan de Vries", "beschikkingOp": "2026-11-01"}""";

    /** A VSO pupil born on {@code geboortedatum} whose OPP waits for instemming on 7 December 2026. */
    private String volwasseneMetOpp(String geboortedatum) {
        String dossier = zc().post("/api/dossiers", Testdossiers.nieuw().replace("2014-03-02", geboortedatum)
                .replace("\"PO\"", "\"VSO\"")).json().get("nummer").asText();
        ProcessInstance p = start(dossier);
        Task opstellen = taskService.createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertThat(voltooi(opstellen, OPSTELLEN.replace("VMBO_KADER", "VERVOLGONDERWIJS")).status()).isEqualTo(204);
        return dossier;
    }

    private Task instemmingstaak(String dossier) {
        return taskService.createTaskQuery().processDefinitionKey("opp").processInstanceBusinessKey(dossier)
                .taskDefinitionKey("instemmingVastleggen").singleResult();
    }

    @Test
    void geweigerdDanNietUitgevoerd_deRouteEnEenNieuweVersieNaNieuwOverleg() {
        assertThat(voltooi(taak("opstellen"), OPSTELLEN).status()).isEqualTo(204);
        Http.Antwoord weigering = voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("INGESTEMD", "GEWEIGERD")
                .replace("}", ", \"reden\": \"De ouders willen geen kleine klas.\"}"));
        assertThat(weigering.status()).as(weigering.body()).isEqualTo(204);

        assertThat(proces).hasPassed("routeBijWeigering").isWaitingAt("opstellen");
        JsonNode o = oppVan(nummer);
        assertThat(o.hasNonNull("geldendeVersie")).as("no handelingsdeel carried out without instemming").isFalse();
        assertThat(o.get("versies").get(1).get("status").asText()).isEqualTo("GEWEIGERD");
        assertThat(o.get("versies").get(1).get("instemming").get("reden").asText()).contains("kleine klas");
        assertThat(o.get("huidig").get("versie").asInt()).isEqualTo(2);
        assertThat(o.get("huidig").get("aanleiding").asText()).isEqualTo("WEIGERING");
        assertThat(o.get("huidig").get("uitstroomprofiel").asText()).as("the other parts stand").isEqualTo("VMBO_KADER");
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).anySatisfy(m -> assertThat(m.tekst())
                .contains("niet uitgevoerd", "Onderwijsconsulenten", "Geschillencommissie Passend Onderwijs", "Dit moet in de brief aan de ouders staan"));

        voltooi(taak("opstellen"), OPSTELLEN.replace("2026-12-03", "2026-12-07")
                .replace("Kleine klas drie dagen", "Extra begeleiding in de eigen klas twee dagen"));
        voltooi(taak("instemmingVastleggen"), INGESTEMD.replace("SCHRIFTELIJK", "DIGITAAL"));
        assertThat(oppVan(nummer).get("geldendeVersie").asInt()).isEqualTo(2);
    }

    @Test
    void jaarlijksMetDeOudersGeevalueerd_eenWijzigingVraagtOpnieuwInstemming() {
        vastgesteld();
        // Vastgesteld Mon 7 Dec 2026: 11 months on is Sun 7 Nov 2027, so Mon 8 Nov; the evaluation then falls within a year.
        assertThat(timer(proces, "jaarlijkseEvaluatie").getDuedate()).isEqualTo(moment(2027, 11, 8, 23, 59, 59));
        managementService.executeJob(timer(proces, "jaarlijkseEvaluatie").getId());
        assertThat(proces).isWaitingAt("evalueren");
        assertThat(voltooi(taak("evalueren"), "{}").body()).contains("datum", "metWie", "bevindingen");
        assertThat(voltooi(taak("evalueren"), """
                {"datum": "2026-12-07", "metWie": "Anna Jansen", "bevindingen": "Gaat goed.",
                 "handelingsdeelWijzigen": false}""").status()).isEqualTo(204);
        assertThat(proces).isWaitingAt("wachten");

        managementService.executeJob(timer(proces, "jaarlijkseEvaluatie").getId());
        voltooi(taak("evalueren"), """
                {"datum": "2026-12-07", "metWie": "Anna Jansen en Sam", "bevindingen": "Zelfstandig werken lukt; nu plannen.",
                 "handelingsdeelWijzigen": true}""");
        assertThat(proces).hasPassed("wijzigen").isWaitingAt("opstellen");
        JsonNode o = oppVan(nummer);
        assertThat(o.get("evaluaties")).hasSize(2);
        assertThat(o.get("huidig").get("aanleiding").asText()).isEqualTo("EVALUATIE");
        assertThat(o.get("geldendeVersie").asInt()).as("version 1 stays in force until the parents agree").isEqualTo(1);
    }

    @Test
    void eenBijstellingVanHetArrangementIsEenNieuweVersie_eenTweedeTerwijlDieLooptNiet() {
        vastgesteld();
        OppService.Aanvrager aanvrager = new OppService.Aanvrager(nummer, "99ZZ00", "PO", "zorgcoordinator");
        opp.bijstellen(aanvrager);
        assertThat(proces).hasPassed("bijstellenGevraagd").isWaitingAt("opstellen");
        assertThat(oppVan(nummer).get("huidig").get("aanleiding").asText()).isEqualTo("BIJSTELLING");

        opp.bijstellen(aanvrager);
        assertThat(oppVan(nummer).get("versies")).hasSize(2);
        assertThat(meldingen.voor("zorgcoordinator", List.of(), false)).anySatisfy(m -> assertThat(m.tekst())
                .contains("versie 2 van het OPP wordt nog opgesteld"));
    }

    @Test
    void hetArrangementAfgeslotenDanEindigtHetProces_hetOppBlijft() {
        vastgesteld();
        opp.beeindig(nummer);
        assertThat(proces).isEnded().hasPassed("beeindigdGevraagd", "oppBeeindigd");

        String ander = zc().post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        ProcessInstance lopend = start(ander);
        opp.beeindig(ander);
        assertThat(lopend).isEnded();
        assertThat(oppVan(ander).get("huidig").get("status").asText()).isEqualTo("CONCEPT");
    }

    @Test
    void eenAndereSchoolZietHetOppNietEnRondtNietsAf() {
        http().als("demo").post("/api/scholen", """
                {"brin": "98OP00", "naam": "Andere school (opp)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "SWV Test", "regio": "MIDDEN", "gemeentecode": "GM0344"}
                """);
        gebruikers.maakAlsNieuw("zcopp", "Olga", "Elders", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcopp", "98OP00");
        assertThat(http().als("zcopp").get("/api/dossiers/" + nummer + "/opp").status()).isEqualTo(404);
        assertThat(http().als("zcopp").post("/api/taken/" + taak("opstellen").getId() + "/voltooien", OPSTELLEN)
                .status()).isEqualTo(404);
        assertThat(http().als("zcopp").post("/engine-rest/task/" + taak("opstellen").getId() + "/complete", "{}")
                .status()).isEqualTo(404);
        assertThat(http().als("gemeente").get("/api/dossiers/" + nummer + "/opp").status()).isIn(403, 404);
        assertThat(proces).isWaitingAt("opstellen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "opstellen,            OPP niet binnen 6 weken na de plaatsing opgesteld",
            "instemmingVastleggen, Instemming van de ouders op het handelingsdeel niet binnen de termijn vastgelegd",
            "evalueren,            OPP niet binnen de termijn met de ouders geëvalueerd"})
    void elkeTaakHeeftHerinneringEnTermijn(String taakId, String reden) {
        if (!taakId.equals("opstellen")) {
            assertThat(voltooi(taak("opstellen"), OPSTELLEN).status()).isEqualTo(204);
        }
        if (taakId.equals("evalueren")) {
            voltooi(taak("instemmingVastleggen"), INGESTEMD);
            managementService.executeJob(timer(proces, "jaarlijkseEvaluatie").getId());
        }
        Task taak = taak(taakId);
        assertThat(herinnering(proces, taakId).getDuedate()).isEqualTo(taak.getFollowUpDate());
        managementService.executeJob(herinnering(proces, taakId).getId());
        assertThat(meldingen.overTaak(taak.getId())).isNotEmpty();
        assertThat(termijnVerstreken(proces, taakId).getDuedate()).isEqualTo(taak.getDueDate());
        managementService.executeJob(termijnVerstreken(proces, taakId).getId());
        assertThat(escalaties.vanProcesInstantie(proces.getId())).singleElement()
                .satisfies(e -> assertThat(e.getReden()).isEqualTo(reden));
        assertThat(proces).isWaitingAt(taakId);
    }

    private void vastgesteld() {
        assertThat(voltooi(taak("opstellen"), OPSTELLEN).status()).isEqualTo(204);
        assertThat(voltooi(taak("instemmingVastleggen"), INGESTEMD).status()).isEqualTo(204);
    }

    private JsonNode oppVan(String dossier) {
        Http.Antwoord a = zc().get("/api/dossiers/" + dossier + "/opp");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private Http.Antwoord voltooiIn(ProcessInstance p, String taakId, String invoer) {
        return voltooi(taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(taakId)
                .singleResult(), invoer);
    }

    private Task taak(String taakId) {
        return taskService.createTaskQuery().processInstanceId(proces.getId()).taskDefinitionKey(taakId).singleResult();
    }

    private Http.Antwoord voltooi(Task taak, String invoer) {
        return zc().post("/api/taken/" + taak.getId() + "/voltooien", invoer);
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }
}
