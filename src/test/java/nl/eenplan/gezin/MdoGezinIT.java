package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.engine.Routering;
import nl.eenplan.groeidocument.Groeidocumenten;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.mdo.Rol;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family answers a planned MDO date (issue #24, Gezinsregel.Handeling.MDO_REACTIE): the date suits, or up to three
 * other moments, each in the future and within eight weeks, per field in Dutch with what was typed kept; a proposal
 * reaches the zorgcoördinator as a notification without care details, and the school sees the answer with the MDO.
 * The parent without gezag is refused (403: BW art. 1:377c gives information, not a say in the meeting), a parent of
 * another child gets 404, and a family session changes nothing through /api or /engine-rest. Once held, the family
 * reads the school's summary for them (verslag_voor_gezin), never the report, and the agreements made with them.
 */
class MdoGezinIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    DossierService dossiers;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MdoService mdos;
    @Autowired
    MeldingService meldingen;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Gezinstest gezin;
    private String nummer;
    private String instantie;
    private Long mdoId;
    private Long ilse;
    private LocalDateTime datum;

    @BeforeEach
    void eenKindMetEenGeplandMdo() {
        DossierView fenna = nieuweLeerling();
        nummer = fenna.nummer();
        ilse = ouder(fenna, "Ilse Reactie");
        gezin = new Gezinstest(context, port, clock);
        gezin.koppel("ouder", nummer, ilse);
        gezin.koppel("ouder2", nummer, ouder(fenna, "Bas Zonder"));
        Map<String, Object> variabelen = Routering.variabelen(dossiers.routeringsgegevens(nummer));
        variabelen.put(Procesvariabelen.VERZUIM, false);
        instantie = runtimeService.startProcessInstanceByKey("mdo", nummer, variabelen).getId();
        datum = vandaag().plusDays(10).atTime(15, 0);
        assertThat(zc().post("/api/taken/" + taak("plannen") + "/voltooien",
                "{\"datum\": \"" + datum + "\", \"locatie\": \"Lokaal 3\"}").status()).isEqualTo(204);
        mdoId = mdos.vanDossier(nummer).get(0).id();
    }

    @AfterEach
    void koppelingenTerug() {
        gezin.ruimOp();
    }

    @Test
    void deOuderMetGezagStelAndereMomentenVoorEnDeZorgcoordinatorHoortHet() {
        Sessie karin = gezin.meldAan("ouder");
        String fenna = Gezinstest.idVan(karin, "Fenna");
        String mdoPagina = karin.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body();
        String formulierPad = "/gezin/kind/" + fenna + "/mdo/" + mdoId + "/reactie";
        assertThat(mdoPagina).contains("Gepland op", formulierPad, "Past de datum? Geef het door.");
        Http.Antwoord formulier = karin.get(formulierPad, "Accept", HTML);
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.body()).contains("Past de datum van het overleg?", "Ander moment 3");
        String token = Sessie.csrfVeld(formulier);

        // Without the session's token: refused, nothing stored.
        assertThat(karin.postFormulier(formulierPad, "keuze=past").status()).isEqualTo(403);
        // No choice: the page again, with the message at the field.
        Http.Antwoord geenKeuze = karin.postFormulier(formulierPad, "_csrf=" + token);
        assertThat(geenKeuze.status()).isEqualTo(400);
        assertThat(geenKeuze.body()).contains("Kies of de datum past of dat u andere momenten voorstelt.");
        // Other moments, but none given.
        assertThat(karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=anders").body())
                .contains("Noem ten minste één ander moment.");
        // In the past, beyond eight weeks, twice the same, unreadable: each at its own field, what was typed kept.
        LocalDateTime verleden = vandaag().minusDays(1).atTime(10, 0);
        LocalDateTime teLaat = vandaag().plusWeeks(8).plusDays(1).atTime(10, 0);
        Http.Antwoord fout = karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=anders&voorstel1="
                + verleden + "&voorstel2=" + teLaat + "&voorstel3=morgen");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Kies een moment in de toekomst.", "Vul een datum en een tijd in.",
                "value=\"" + verleden + "\"", "value=\"morgen\"", "aria-invalid=\"true\"");
        Http.Antwoord fout2 = karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=anders&voorstel1="
                + teLaat + "&voorstel2=" + datum.plusDays(1) + "&voorstel3=" + datum.plusDays(1));
        assertThat(fout2.body()).contains("Kies een moment in de komende acht weken.", "Dit moment noemde u al.");
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).isEmpty();

        // Two other moments: stored for Ilse, the zorgcoördinator told (ids and moments, no care details, no name).
        LocalDateTime eerste = datum.plusDays(2);
        LocalDateTime tweede = datum.plusDays(3).withHour(9);
        Http.Antwoord bewaard = karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=anders&voorstel1="
                + eerste + "&voorstel2=&voorstel3=" + tweede);
        assertThat(bewaard.status()).isEqualTo(302);
        assertThat(bewaard.headers().firstValue("Location").orElseThrow()).endsWith("/gezin/kind/" + fenna + "/mdo");
        assertThat(karin.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body())
                .contains("U gaf door: de datum past niet.", "Uw antwoord veranderen");
        MdoView.ReactieView reactie = mdos.vanDossier(nummer).get(0).reactiesVanGezin().get(0);
        assertThat(reactie.rol()).isEqualTo(Rol.OUDERS);
        assertThat(reactie.ouderId()).isEqualTo(ilse);
        assertThat(reactie.akkoord()).isFalse();
        assertThat(reactie.voorstellen()).containsExactly(eerste.atZone(nl.eenplan.engine.Klok.NL).toInstant(),
                tweede.atZone(nl.eenplan.engine.Klok.NL).toInstant());
        assertThat(meldingen.voor("zorgcoordinator", List.of(Groepen.ZORGCOORDINATOR), false))
                .filteredOn(m -> nummer.equals(m.dossierNummer()) && m.onderwerp().contains("andere momenten"))
                .singleElement().satisfies(m -> assertThat(m.tekst()).contains("Een ouder kan niet", "stelt voor")
                        .doesNotContain("Ilse", "Fenna", "rekenen"));
        // The school sees the answer with the MDO: in the API and on the pupil's page.
        assertThat(zc().get("/api/dossiers/" + nummer + "/mdo").json().at("/0/reactiesVanGezin/0/akkoord").asBoolean())
                .isFalse();
        Sessie school = new Sessie(port);
        school.meldAan("zorgcoordinator", "demo");
        assertThat(school.get("/leerlingen/" + nummer, "Accept", HTML).body())
                .contains("Ilse Reactie: de datum past niet, stelt voor:");

        // A later answer replaces the earlier one: one per person.
        karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=past");
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).singleElement()
                .satisfies(r -> assertThat(r.akkoord()).isTrue());
        assertThat(karin.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body())
                .contains("U gaf door: de datum past.");

        // The audit log names the dossier for the answer, as the family account.
        long account = gezin.account("ouder");
        assertThat(http().als("admin").get("/api/dossiers/" + nummer + "/inzage").body())
                .contains("gezin-" + account, "POST " + formulierPad);
    }

    @Test
    void deOuderZonderGezagMagNietReagerenEnEenAnderGezinVindtHetNiet() {
        Sessie bas = gezin.meldAan("ouder2");
        String fenna = Gezinstest.idVan(bas, "Fenna");
        String formulierPad = "/gezin/kind/" + fenna + "/mdo/" + mdoId + "/reactie";
        // The rule's row for a parent without gezag: 403 with the row's explanation; no link on the MDO page.
        assertThat(bas.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body()).contains("Gepland op")
                .doesNotContain(formulierPad);
        Http.Antwoord geweigerd = bas.get(formulierPad, "Accept", HTML);
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("U hebt geen gezag");
        String token = bas.csrfToken();
        assertThat(bas.postFormulier(formulierPad, "_csrf=" + token + "&keuze=past").status()).isEqualTo(403);

        // Another family: Sanne's account does not know this child (404), and Karin's binding is not hers.
        Sessie sanne = gezin.meldAan("leerling");
        String sanneToken = sanne.csrfToken();
        assertThat(sanne.get(formulierPad, "Accept", HTML).status()).isEqualTo(404);
        assertThat(sanne.postFormulier(formulierPad, "_csrf=" + sanneToken + "&keuze=past").status()).isEqualTo(404);
        String karinsFenna = Gezinstest.idVan(gezin.meldAan("ouder"), "Fenna");
        assertThat(sanne.postFormulier("/gezin/kind/" + karinsFenna + "/mdo/" + mdoId + "/reactie",
                "_csrf=" + sanneToken + "&keuze=past").status()).isEqualTo(404);
        // Karin's own child, but another child's MDO id: not found.
        Sessie karin = gezin.meldAan("ouder");
        Long vreemd = andereMdo();
        if (vreemd != null) {
            assertThat(karin.get("/gezin/kind/" + karinsFenna + "/mdo/" + vreemd + "/reactie", "Accept", HTML)
                    .status()).isEqualTo(404);
        }
        assertThat(karin.get("/gezin/kind/" + karinsFenna + "/mdo/999999/reactie", "Accept", HTML).status())
                .isEqualTo(404);

        // Not through /api or /engine-rest either, with a family session.
        String karinToken = karin.csrfToken();
        assertThat(karin.get("/api/dossiers/" + nummer + "/mdo").status()).isEqualTo(403);
        assertThat(karin.post("/api/taken/" + taak("groeidocument") + "/voltooien", "{}", "X-CSRF-TOKEN", karinToken,
                "Origin", karin.origin()).status()).isEqualTo(403);
        assertThat(karin.get("/engine-rest/task?processInstanceId=" + instantie).status()).isEqualTo(401);
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).isEmpty();
    }

    @Test
    void naHetMdoLeestHetGezinDeSamenvattingVoorHenEnWatZijDoen() {
        Groeidocumenten.opgeslagen(http().als("mentor"), nummer);
        taskService.complete(taak("groeidocument"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instantie)
                .activityId("mdoMoment").singleResult().getId());
        assertThat(zc().post("/api/taken/" + taak("verslag") + "/voltooien", """
                {"verslag": "Uitgebreid besproken: Fenna slaapt slecht, de huisarts verwijst naar de GGZ.",
                 "verslagVoorGezin": "We spraken over rekenen. Fenna oefent thuis met breuken.",
                 "oudersAanwezig": true, "leerlingAanwezig": false,
                 "afspraken": [
                   {"wat": "Thuis twee keer per week tien minuten breuken oefenen", "eigenaar": "mentor",
                    "groep": true, "deadline": "%s", "metGezin": true},
                   {"wat": "Mentor bespreekt de toets met de rekenleraar", "eigenaar": "mentor", "groep": true,
                    "deadline": "%s"}]}""".formatted(vandaag().plusWeeks(3), vandaag().plusWeeks(3))).status())
                .isEqualTo(204);
        MdoView gehouden = mdos.vanDossier(nummer).get(0);
        assertThat(gehouden.verslagVoorGezin()).isEqualTo("We spraken over rekenen. Fenna oefent thuis met breuken.");
        assertThat(gehouden.afspraken()).extracting(a -> a.metGezin()).containsExactly(true, false);

        Sessie karin = gezin.meldAan("ouder");
        String fenna = Gezinstest.idVan(karin, "Fenna");
        String mdo = karin.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body();
        assertThat(mdo).contains("Gehouden op", "We spraken over rekenen. Fenna oefent thuis met breuken.")
                .doesNotContain("huisarts", "GGZ", "/mdo/" + mdoId + "/reactie");
        String plan = karin.get("/gezin/kind/" + fenna + "/plan", "Accept", HTML).body();
        assertThat(plan).contains("Wat u doet", "Thuis twee keer per week tien minuten breuken oefenen")
                .doesNotContain("Mentor bespreekt de toets");
        // The parent without gezag reads the summary too (BW art. 1:377c lid 1: important facts), not the agreements.
        Sessie bas = gezin.meldAan("ouder2");
        String basFenna = Gezinstest.idVan(bas, "Fenna");
        assertThat(bas.get("/gezin/kind/" + basFenna + "/mdo", "Accept", HTML).body())
                .contains("We spraken over rekenen.").doesNotContain("huisarts");
        assertThat(bas.get("/gezin/kind/" + basFenna + "/plan", "Accept", HTML).body())
                .doesNotContain("Thuis twee keer per week");
        // Held: the date can no longer be answered.
        Http.Antwoord laat = karin.postFormulier("/gezin/kind/" + fenna + "/mdo/" + mdoId + "/reactie",
                "_csrf=" + karin.csrfToken() + "&keuze=past");
        assertThat(laat.status()).isEqualTo(400);
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).isEmpty();
    }

    /**
     * The school moves the MDO to the moment the family proposed (the page offers it as a button that fills the form):
     * the new date is open again for the family ("Wat wacht op u", and the e-mail record for the parent with gezag),
     * the earlier answer stays as one about the earlier date (the school's page says so), and a new answer is added.
     */
    @Test
    void naHetVerzettenIsDeNieuweDatumWeerOpenEnBlijftHetEerdereAntwoord() {
        Sessie karin = gezin.meldAan("ouder");
        String fenna = Gezinstest.idVan(karin, "Fenna");
        String formulierPad = "/gezin/kind/" + fenna + "/mdo/" + mdoId + "/reactie";
        String token = Sessie.csrfVeld(karin.get(formulierPad, "Accept", HTML));
        LocalDateTime voorstel = datum.plusDays(7);
        assertThat(karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=anders&voorstel1=" + voorstel)
                .status()).isEqualTo(302);
        // "Wat wacht op u" (for all of Karin's children): nothing for this MDO any more.
        String wachtItem = "href=\"" + formulierPad + "\">Laat weten of de datum van het overleg past";
        assertThat(karin.get("/gezin", "Accept", HTML).body()).doesNotContain(wachtItem);
        Sessie school = new Sessie(port);
        school.meldAan("zorgcoordinator", "demo");
        assertThat(school.get("/leerlingen/" + nummer, "Accept", HTML).body())
                .contains("verzetformulier-" + mdoId, "data-vul=\"" + voorstel + "\"");
        long account = gezin.account("ouder");
        Integer berichtenVoor = berichten(account);

        Http.Antwoord verzet = zc().post("/api/dossiers/" + nummer + "/mdo/" + mdoId + "/verzetten",
                "{\"datum\": \"" + voorstel + "\"}");
        assertThat(verzet.status()).as(verzet.body()).isEqualTo(200);

        assertThat(karin.get("/gezin", "Accept", HTML).body()).contains(wachtItem);
        assertThat(berichten(account)).isEqualTo(berichtenVoor + 1);
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).singleElement().satisfies(r -> {
            assertThat(r.overEerdereDatum()).isTrue();
            assertThat(r.overDatum()).isEqualTo(datum.atZone(nl.eenplan.engine.Klok.NL).toInstant());
        });
        assertThat(school.get("/leerlingen/" + nummer, "Accept", HTML).body())
                .contains("Ilse Reactie (over de eerdere datum ");

        assertThat(karin.postFormulier(formulierPad, "_csrf=" + token + "&keuze=past").status()).isEqualTo(302);
        assertThat(mdos.vanDossier(nummer).get(0).reactiesVanGezin()).hasSize(2)
                .filteredOn(r -> !r.overEerdereDatum()).singleElement()
                .satisfies(r -> assertThat(r.akkoord()).isTrue());
        assertThat(karin.get("/gezin/kind/" + fenna + "/mdo", "Accept", HTML).body())
                .contains("U gaf door: de datum past.");
    }

    private Integer berichten(long account) {
        return jdbc.queryForObject("select count(*) from gezin_bericht where account_id = ? and dossier_nummer = ? "
                + "and soort = 'MDO'", Integer.class, account, nummer);
    }

    /** An MDO of another dossier (the demo's Noor), or null when there is none. */
    private Long andereMdo() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst()
                .flatMap(d -> mdos.vanDossier(d.nummer()).stream().findFirst()).map(MdoView::id).orElse(null);
    }

    private String taak(String sleutel) {
        return taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(sleutel).singleResult()
                .getId();
    }

    private Http zc() {
        return http().als("zorgcoordinator");
    }

    private DossierView nieuweLeerling() {
        // A pupil of her own per test (one open dossier per pupil per school).
        String achternaam = "Reactietest" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var leerling = new NieuwDossier.Leerling("Fenna", null, achternaam, vandaag().minusYears(11).minusMonths(2),
                null, "99ZZ00", Onderwijssoort.PO, 7, List.of(
                new NieuwDossier.Ouder("Ilse Reactie", Ouder.Relatie.OUDER, "06 5555 6666", "ilse@example.nl", true,
                        false),
                new NieuwDossier.Ouder("Bas Zonder", Ouder.Relatie.OUDER, "06 7777 8888", "bas@example.nl", false,
                        false)));
        DossierView d = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        dossiers.voegDoelenToe(d.nummer(), List.of("Fenna rekent met breuken."));
        return dossiers.haalOp(d.nummer());
    }

    private static Long ouder(DossierView d, String naam) {
        return d.leerling().ouders().stream().filter(o -> o.naam().equals(naam)).findFirst().orElseThrow().id();
    }
}
