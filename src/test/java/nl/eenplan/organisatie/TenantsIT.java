package nl.eenplan.organisatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tenants: a pupil of a school in Utrecht (demo school 99ZZ00) against the staff of a school, gemeente and
 * SWV in Amersfoort. The demo users are Utrecht's (own tenant, see ToegangsmatrixIT for what each group
 * may see there); the Amersfoort users are the other tenant and see nothing of the pupil, over /api,
 * /engine-rest and the webapps' API alike.
 */
class TenantsIT extends IntegratieTest {

    static final String AMERSFOORT = TweedeGemeente.SCHOOL;

    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    IdentityService identityService;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    MeldingService meldingen;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    String nummer;
    long escalatie;

    @BeforeEach
    void tweeGemeenten() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);

        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
        assertThat(http().als("zorgcoordinator").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING)
                .status()).isEqualTo(201);
        escalatie = leerplicht.escaleer(nummer, Reden.LANGDURIG_VERZUIM, "4 weken niet op school.", "test").getId();
    }

    @ParameterizedTest(name = "{0} als {1}")
    @CsvSource({
            "/api/dossiers/{nr},                zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/toestemmingen,  zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/aanmeldingen,   mentorAmersfoort",
            "/api/dossiers/{nr}/verzuim,        zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/mdo,            zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/arrangementen,  zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/overstappen,    zorgcoordinatorAmersfoort",
            "/api/dossiers/{nr}/escalaties,     mentorAmersfoort",
            "/api/escalaties/{esc},             leerplichtAmersfoort"})
    void eenLeerlingVanEenAndereSchoolBestaatNiet(String pad, String gebruiker) {
        String echt = pad.replace("{nr}", nummer).replace("{esc}", String.valueOf(escalatie));
        String eigen = gebruiker.startsWith("leerplicht") ? "leerplicht" : gebruiker.replace("Amersfoort", "");

        assertThat(http().als(eigen).get(echt).status()).as("%s als %s (eigen gemeente)", echt, eigen).isEqualTo(200);
        var antwoord = http().als(gebruiker).get(echt);
        assertThat(antwoord.status()).as("%s als %s", echt, gebruiker).isEqualTo(404);
        assertThat(antwoord.body()).doesNotContain("Jansen");
    }

    @Test
    void lijstenTonenAlleenDeEigenScholen() {
        assertThat(nummers(http().als("zorgcoordinator").get("/api/dossiers").json(), "nummer")).contains(nummer);
        assertThat(nummers(http().als("zorgcoordinatorAmersfoort").get("/api/dossiers").json(), "nummer"))
                .doesNotContain(nummer);

        assertThat(nummers(http().als("zorgcoordinator").get("/api/taken").json(), "dossierNummer")).contains(nummer);
        assertThat(nummers(http().als("zorgcoordinatorAmersfoort").get("/api/taken").json(), "dossierNummer"))
                .doesNotContain(nummer);

        assertThat(nummers(http().als("leerplicht").get("/api/escalaties").json(), "dossierNummer")).contains(nummer);
        assertThat(nummers(http().als("leerplichtAmersfoort").get("/api/escalaties").json(), "dossierNummer"))
                .doesNotContain(nummer);
    }

    @Test
    void eenGroepsmeldingGaatAlleenNaarDeSchoolVanDeLeerling() {
        String onderwerp = "Test: groepsmelding " + nummer;
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.LEERPLICHT, "99ZZ00", onderwerp,
                "Alleen voor leerplicht van Utrecht.", nummer, null));

        assertThat(http().als("leerplicht").get("/api/meldingen").body()).contains(onderwerp);
        assertThat(http().als("leerplichtAmersfoort").get("/api/meldingen").body()).doesNotContain(onderwerp);
        assertThatThrownBy(() -> meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.LEERPLICHT,
                null, onderwerp, "Zonder school", nummer, null))).hasMessageContaining("noemt de school");
    }

    @Test
    void eenDossierOpenJeAlleenBijJeEigenSchool() {
        var antwoord = http().als("zorgcoordinatorAmersfoort").post("/api/dossiers", Testdossiers.nieuw());

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.body()).contains("leerling.schoolBrin").contains("Je werkt niet voor school 99ZZ00");
    }

    /**
     * One open dossier per pupil per school, and per school only: a zorgcoördinator of another school learns nothing
     * of a dossier the pupil has at 99ZZ00, not from a refusal and not from a class upload.
     */
    @Test
    void eenAndereSchoolHoortNietsVanHetDossierBijDezeSchool() throws Exception {
        String bsn = Testdossiers.nieuwBsn();
        String hier = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.metBsn(bsn)).json().get("nummer").asText();
        Http amersfoort = http().als("zorgcoordinatorAmersfoort");

        // At 99ZZ00 itself: the very same refusal as for a pupil nobody knows.
        Http.Antwoord bekend = amersfoort.post("/api/dossiers", Testdossiers.metBsn(bsn));
        Http.Antwoord onbekend = amersfoort.post("/api/dossiers", Testdossiers.nieuw());
        assertThat(bekend.status()).isEqualTo(400);
        assertThat(bekend.body()).isEqualTo(onbekend.body());

        // At their own school the pupil is theirs to open, as any new pupil.
        Http.Antwoord eigen = amersfoort.post("/api/dossiers", Testdossiers.metBsn(bsn).replace("99ZZ00", AMERSFOORT));
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        assertThat(eigen.body()).doesNotContain(hier).doesNotContain("99ZZ00");

        // And in a class upload: a BSN that has a dossier at 99ZZ00 starts like any other, without an error about it.
        String ander = Testdossiers.nieuwBsn();
        http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.metBsn(ander));
        Http.Antwoord upload = amersfoort.postCsv("/api/overstappen/cohort", "bsn;voornaam;tussenvoegsel;achternaam;"
                + "geboortedatum;schoolBrin;onderwijssoort;leerjaar;overstap;schooljaar\n" + ander
                + ";Sam;;Jansen;2014-03-02;" + AMERSFOORT + ";PO;8;PO_VO;2026-2027\n");
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        String voortgang = upload.headers().firstValue("Location").orElseThrow();
        JsonNode stand = amersfoort.get(voortgang).json();
        for (int i = 0; i < 300 && !stand.get("status").asText().equals("KLAAR"); i++) {
            Thread.sleep(100);
            stand = amersfoort.get(voortgang).json();
        }
        assertThat(stand.get("gestart").asInt()).as(stand.toString()).isEqualTo(1);
        assertThat(stand.get("fouten")).isEmpty();
    }

    @Test
    void deMonitorTeltAlleenDeEigenScholen() {
        String pad = "/api/monitor?periode=2026-2027&per=SCHOOL";
        assertThat(nummers(http().als("gemeenteAmersfoort").get(pad).json(), "groep"))
                .doesNotContain("99ZZ00", "99YY00");
        assertThat(http().als("procesbeheer").get(pad).status()).isEqualTo(200);
    }

    /** The engine's own API and the webapps use Camunda's tenant check with the same memberships. */
    @Test
    void camundaToontProcessenAlleenAanDeEigenSchool() throws Exception {
        ProcessInstance referral = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("aanmelding").singleResult();
        assertThat(referral.getTenantId()).isEqualTo("99ZZ00");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer).list())
                .isNotEmpty().allMatch(t -> "99ZZ00".equals(t.getTenantId()));

        String taken = "/engine-rest/task?processInstanceBusinessKey=" + nummer;
        assertThat(http().als("zorgcoordinator").get(taken).json()).isNotEmpty();
        assertThat(http().als("zorgcoordinatorAmersfoort").get(taken).json()).isEmpty();
        String instanties = "/engine-rest/history/process-instance?processInstanceBusinessKey=" + nummer;
        assertThat(http().als("procesbeheer").get(instanties).json()).isNotEmpty();

        assertThat(tasklistTaken("zorgcoordinator")).isNotEmpty();
        assertThat(tasklistTaken("zorgcoordinatorAmersfoort")).isEmpty();
    }

    @Test
    void eenNieuweSchoolIsMeteenZichtbaarVoorZijnGemeenteEnSwv() {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals("99XX00"))) {
            scholen.registreer(new NieuweSchool("99XX00", "Nieuwe school (test)", "Utrecht",
                    "SWV Passend Onderwijs Utrecht (demo)", Regio.MIDDEN));
        }
        assertThat(gebruikers.hoortBijSchool("leerplicht", "99XX00")).isTrue();
        assertThat(gebruikers.hoortBijSchool("swv", "99XX00")).isTrue();
        assertThat(gebruikers.hoortBijSchool("procesbeheer", "99XX00")).isTrue();
        assertThat(gebruikers.hoortBijSchool("leerplichtAmersfoort", "99XX00")).isFalse();
        assertThat(gebruikers.hoortBijSchool("zorgcoordinatorAmersfoort", "99XX00")).isFalse();
    }

    @Test
    void eenProcesZonderSchoolStartNiet() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("verzuim", Map.of("dossierNummer", nummer)))
                .hasMessageContaining("start zonder variabele 'schoolBrin'");
    }

    @Test
    void groepsnamenVanOrganisaties() {
        assertThat(Organisaties.gemeenteGroep("'s-Hertogenbosch")).isEqualTo("gemeente-s-hertogenbosch");
        assertThat(Organisaties.gemeenteGroep("Súdwest-Fryslân")).isEqualTo("gemeente-sudwest-fryslan");
        assertThat(Organisaties.swvGroep("SWV Passend Onderwijs Utrecht (demo)"))
                .isEqualTo("swv-passend-onderwijs-utrecht-demo");
        assertThat(identityService.createGroupQuery().groupId("gemeente-amersfoort").singleResult().getType())
                .isEqualTo(Organisaties.TYPE_GEMEENTE);
    }

    private static List<String> nummers(JsonNode lijst, String veld) {
        List<String> uit = new ArrayList<>();
        lijst.forEach(n -> uit.add(n.path(veld).asText()));
        return uit;
    }

    /** Tasklist's own API (what its task list shows), after its login form. */
    private JsonNode tasklistTaken(String gebruiker) throws Exception {
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan(gebruiker, "demo", "tasklist")).isEqualTo(200);
        return new ObjectMapper().readTree(tasklist.get("/api/engine/engine/default/task?processInstanceBusinessKey=" + nummer));
    }
}
