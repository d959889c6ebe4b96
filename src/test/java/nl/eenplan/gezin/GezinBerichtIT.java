package nl.eenplan.gezin;

import static nl.eenplan.Tijd.moment;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.ScenarioTest;
import nl.eenplan.Sessie;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Klok;
import nl.eenplan.opp.OppService;
import nl.eenplan.taak.TaakGeopend;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family is told that something waits (issue #24, slice 7): when the school asks agreement on the OPP, the parent
 * with gezag gets one message (recorded in gezin_bericht) and sees it on "Wat wacht op u" with its last day; the parent
 * without gezag (BW art. 1:377c: informed, no instemming) and another family get none and see nothing waiting. The mail
 * itself names no pupil, no school and no care, in Dutch and in English. An AVG answer is told to the asker only.
 * This context has no mail server: the message is recorded unsent and the school's step went on all the same.
 */
class GezinBerichtIT extends ScenarioTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Words that would tell a reader of the mail whose it is or what it is about. */
    private static final List<String> VERBODEN = List.of("Sam", "Jansen", "99ZZ00", "school", "zorg", "hulp", "OPP",
            "plan", "ontwikkelingsperspectief", "instemming", "jeugd", "care", "support", "pupil", "leerling");

    /** The school's OPP draft with the OOGO (as OppScenarioIT's). */
    private static final String OPSTELLEN = """
            {"oogoOp": "2026-12-03", "oogoMet": "Anna Jansen (moeder) en Sam",
             "oogoNamensSchool": "Z. Coördinator", "uitstroomprofiel": "VMBO_KADER",
             "onderbouwing": "Sam leert praktisch; toetsen en observaties wijzen op de kaderberoepsgerichte leerweg.",
             "doelen": [{"omschrijving": "Sam werkt 20 minuten zelfstandig"}],
             "aanpak": "Kleine klas drie dagen per week."}""";

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    OppService opp;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Gezinsberichten berichten;
    @Autowired
    Gezinsregister register;
    @Autowired
    Wachtlijst wachtlijst;
    @Autowired
    MessageSource teksten;
    @Autowired
    AvgVerzoeken avg;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transacties;

    private Gezinstest gezin;

    @AfterEach
    void ruimOp() {
        if (gezin != null) {
            gezin.ruimOp();
            register.zetTaal(gezin.account("ouder"), "nl");
        }
    }

    @Test
    void deOuderMetGezagHoortDatDeSchoolInstemmingVraagtDeOuderZonderGezagEnEenAnderGezinNiet() throws Exception {
        gezin = new Gezinstest(context, port, clock);
        String dossier = samMetAnnaMetGezagEnBertZonder();
        ProcessInstance p = startOpp(dossier);
        assertThat(berichten.vanDossier(dossier)).isEmpty();

        Http.Antwoord opgesteld = http().als("zorgcoordinator").post("/api/taken/" + taak(p, "opstellen").getId()
                + "/voltooien", OPSTELLEN);
        assertThat(opgesteld.status()).as(opgesteld.body()).isEqualTo(204);
        Task instemming = taak(p, "instemmingVastleggen");
        assertThat(instemming).as("the school's step goes on without a mail server").isNotNull();

        // One message, for Anna's account (gezag) only; no mail server here: recorded, not sent.
        List<Gezinsberichten.Bericht> verteld = berichten.vanDossier(dossier);
        assertThat(verteld).extracting(Gezinsberichten.Bericht::accountId, Gezinsberichten.Bericht::soort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gezin.account("ouder"), "OPP"));
        assertThat(verteld.get(0).verstuurdOp()).isNull();

        // "Wat wacht op u": Anna sees it with the step's last day; Bert and Sanne see nothing waiting.
        Sessie anna = gezin.meldAan("ouder");
        String overzicht = anna.get("/gezin", "Accept", Gezinstest.HTML).body();
        assertThat(overzicht).contains("Wat wacht op u", "De school vraagt of u het eens bent met het plan",
                "/gezin/kind/" + Gezinstest.idVan(anna, "Sam") + "/opp");
        if (instemming.getDueDate() != null) {
            assertThat(overzicht).contains("Graag uiterlijk " + DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.forLanguageTag("nl")).format(instemming.getDueDate().toInstant().atZone(Klok.NL)));
        }
        Sessie bert = gezin.meldAan("ouder2");
        assertThat(bert.get("/gezin", "Accept", Gezinstest.HTML).body()).contains("Er wacht nu niets op u")
                .doesNotContain("eens bent met het plan", "eens bent met je plan");
        // Sanne's account (another family: not bound to Sam), made here when this context has no demo pupils.
        gezin.account("leerling");
        assertThat(gezin.meldAan("leerling").get("/gezin", "Accept", Gezinstest.HTML).body())
                .doesNotContain("eens bent met het plan", "eens bent met je plan");
        // Bert's refusal on the action page itself stays as it was (403 from the rule).
        assertThat(bert.get("/gezin/kind/" + Gezinstest.idVan(bert, "Sam") + "/opp", "Accept", Gezinstest.HTML)
                .status()).isEqualTo(403);

        // With a mail server: the mail goes to the address the school has for Anna, and says nothing about Sam.
        GezinMailer mailer = metMailserver();
        mailer.taakGeopend(new TaakGeopend(dossier, "opp", "instemmingVastleggen"));
        register.zetTaal(gezin.account("ouder"), "en");
        mailer.taakGeopend(new TaakGeopend(dossier, "opp", "instemmingVastleggen"));
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(smtp.getUserManager().getUserByEmail("anna@example.nl")).isNotNull();
        assertThat(smtp.getUserManager().getUserByEmail("bert@example.nl")).as("no gezag: not told").isNull();
        assertThat(mails[0].getSubject()).isEqualTo("Er wacht iets op u in EenPlan");
        assertThat((String) mails[0].getContent()).contains("Er wacht iets op u in EenPlan",
                "Log in op https://portaal.example/gezin");
        assertThat(mails[1].getSubject()).isEqualTo("Something is waiting for you in EenPlan");
        assertThat((String) mails[1].getContent()).contains("Sign in at https://portaal.example/gezin");
        for (MimeMessage mail : mails) {
            String alles = mail.getSubject() + "\n" + mail.getContent();
            for (String woord : VERBODEN) {
                assertThat(alles.replace("EenPlan", "")).as(woord).doesNotContainIgnoringCase(woord);
            }
        }
        assertThat(berichten.vanDossier(dossier)).filteredOn(b -> b.verstuurdOp() != null).hasSize(2);

        // The pupil's inzage (AVG art. 15) shows each mail: to which account, sent or not, with its basis.
        String inzage = http().als("admin").get("/api/dossiers/" + dossier + "/inzage").body();
        assertThat(inzage).contains("EenPlan (bericht)", "BERICHT",
                "E-mail 'Er wacht iets op u' (OPP) aan gezin-" + gezin.account("ouder") + ": niet verstuurd",
                "E-mail 'Er wacht iets op u' (OPP) aan gezin-" + gezin.account("ouder") + ": verstuurd",
                "zonder gegevens van de leerling").doesNotContain("anna@example.nl");
    }

    @Test
    void deMailNoemtAlleenDeLaatsteDagInDeTaalVanHetAccount() {
        GezinMailer mailer = metMailserver();
        LocalDate dag = LocalDate.of(2026, 12, 15);
        assertThat(mailer.mail(Locale.forLanguageTag("nl"), dag)[1]).contains("Graag uiterlijk 15 december 2026.");
        assertThat(mailer.mail(Locale.ENGLISH, dag)[1]).contains("Please by 15 December 2026.");
        assertThat(mailer.mail(Locale.forLanguageTag("nl"), null)[1]).doesNotContain("uiterlijk");
        // A pupil's account reads "je" (Gezinstaal.voorAccount), with the same Dutch date.
        String[] voorLeerling = mailer.mail(Gezinstaal.LEERLING, dag);
        assertThat(voorLeerling[0]).isEqualTo("Er wacht iets op je in EenPlan");
        assertThat(voorLeerling[1]).contains("Er wacht iets op je in EenPlan. Graag uiterlijk 15 december 2026.",
                "Je kunt niet op deze e-mail antwoorden.").doesNotContain(" u ");
    }

    @Test
    void eenAntwoordOpEenAvgVerzoekGaatAlleenNaarWieHetVroeg() {
        gezin = new Gezinstest(context, port, clock);
        String dossier = samMetAnnaMetGezagEnBertZonder();
        long anna = gezin.account("ouder");
        jdbc.update("insert into avg_verzoek (dossier_nummer, account_id, rol, soort, over_wie, onderwerp, toelichting,"
                + " ingediend_door, ontvangen_op, status) values (?, ?, 'OUDER', 'CORRECTIE', 'EIGEN', 'Adres',"
                + " 'Mijn adres klopt niet.', ?, ?, 'ONTVANGEN')", dossier, anna, "gezin-" + anna,
                java.sql.Date.valueOf(Klok.vandaag(clock)));
        long id = jdbc.queryForObject("select max(id) from avg_verzoek where dossier_nummer = ?", Long.class, dossier);
        transactie.executeWithoutResult(t -> avg.beantwoord(id, AvgVerzoeken.Status.TOEGEKEND, "Aangepast.", null,
                Klok.vandaag(clock), "zorgcoordinator"));
        assertThat(berichten.vanDossier(dossier)).extracting(Gezinsberichten.Bericht::accountId,
                Gezinsberichten.Bericht::soort).containsExactly(org.assertj.core.groups.Tuple.tuple(anna, "AVG"));
        jdbc.update("delete from avg_verzoek where id = ?", id);
    }

    /** Sam, with Anna Jansen (gezag, account {@code ouder}) and Bert Jansen (no gezag, account {@code ouder2}). */
    private String samMetAnnaMetGezagEnBertZonder() {
        String dossier = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw().replace(
                "\"gezag\": true}]", "\"gezag\": true}, {\"naam\": \"Bert Jansen\", \"relatie\": \"OUDER\", "
                        + "\"telefoon\": \"06 2222 3333\", \"email\": \"bert@example.nl\", \"gezag\": false}]"))
                .json().get("nummer").asText();
        var ouders = dossiers.haalOp(dossier).leerling().ouders();
        gezin.koppel("ouder", dossier, ouders.stream().filter(o -> o.naam().equals("Anna Jansen")).findFirst()
                .orElseThrow().id());
        gezin.koppel("ouder2", dossier, ouders.stream().filter(o -> o.naam().equals("Bert Jansen")).findFirst()
                .orElseThrow().id());
        return dossier;
    }

    private ProcessInstance startOpp(String dossier) {
        opp.start(new OppService.Aanvrager(dossier, "99ZZ00", "PO", "zorgcoordinator"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));
        // The OOGO and the parents' answer come in the week after the placement (as OppScenarioIT).
        ClockUtil.setCurrentTime(moment(2026, 12, 7, 10, 0));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("opp").processInstanceBusinessKey(dossier)
                .singleResult();
    }

    private Task taak(ProcessInstance p, String stap) {
        return taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(stap).singleResult();
    }

    /** This context's mailer's parts, with GreenMail as the mail server (the context itself has none). */
    private GezinMailer metMailserver() {
        JavaMailSenderImpl afzender = new JavaMailSenderImpl();
        afzender.setHost("127.0.0.1");
        afzender.setPort(ServerSetupTest.SMTP.getPort());
        StaticListableBeanFactory bonen = new StaticListableBeanFactory(Map.of("mail", afzender));
        return new GezinMailer(wachtlijst, register, berichten, dossiers, bonen.getBeanProvider(JavaMailSender.class), teksten,
                clock, transacties, "eenplan@gemeente.example", "https://portaal.example/");
    }
}
