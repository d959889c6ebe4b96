package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #25: Mijn werk shows the list in pages of 100 (it showed the first 500 at once), overdue first, with links to
 * the next and previous page, up to the first 500 tasks; the audit entry of a page names only its pupils; a search
 * shows its finds on one page; a user of another school sees none of these tasks on any page.
 */
class MijnWerkBladerenIT extends IntegratieTest {

    static final String SCHOOL = "97MW00";
    static final String ZC = "mwbzc";
    /** Five full pages and five more than Mijn werk offers. */
    static final int TAKEN = 505;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    @BeforeEach
    void vijfhonderdVijfTaken() {
        ruimOp();
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "Bladerschool", "Utrecht", "SWV Blader", Regio.MIDDEN));
        }
        gebruikers.maakAlsNieuw(ZC, "Blader", "Zorg", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(ZC, SCHOOL);
        // Task i is due on day i after BEGIN (so the list's order is i's), its business key a dossier number.
        Testtaken.schrijf(jdbc, "mwb-", "Bladertaak", SCHOOL, TAKEN, MijnWerkBladerenIT::nummer);
    }

    @AfterEach
    void ruimOp() {
        Testtaken.ruimOp(jdbc, "mwb-");
    }

    @Test
    void honderdPerPaginaTotDeEersteVijfhonderd() {
        Http zc = http().als(ZC).metKop("Accept", "text/html");
        String eerste = zc.get("/").body();
        assertThat(eerste).contains("Taken 1 tot en met 100", "Pagina 1", "href=\"/?pagina=2\"", "Volgende pagina")
                .doesNotContain("Vorige pagina").doesNotContain("Je ziet de eerste");
        assertThat(taken(eerste)).containsExactlyElementsOf(reeks(0, 100));
        // The audit entry of the page names its 100 pupils, not the 500 Mijn werk showed before.
        assertThat(laatste().getDossiers()).containsExactlyInAnyOrderElementsOf(reeks(0, 100).stream()
                .map(MijnWerkBladerenIT::nummer).toList());

        String tweede = zc.get("/?pagina=2").body();
        assertThat(tweede).contains("Taken 101 tot en met 200", "Pagina 2", "href=\"/?pagina=1\"", "Vorige pagina",
                "href=\"/?pagina=3\"", "Volgende pagina");
        assertThat(taken(tweede)).containsExactlyElementsOf(reeks(100, 200));
        assertThat(laatste().getDossiers()).hasSize(100).contains(nummer(100), nummer(199));

        // The last page Mijn werk offers: no next page, and it says where the other tasks are.
        String vijfde = zc.get("/?pagina=5").body();
        assertThat(vijfde).contains("Taken 401 tot en met 500", "Vorige pagina", "Je ziet de eerste 500 taken,",
                "die met de vroegste deadline", "vind je op de pagina van de leerling").doesNotContain("Volgende pagina");
        assertThat(taken(vijfde)).containsExactlyElementsOf(reeks(400, 500));
        // A page past it, or below 1, is the nearest one; a page that is no number is no server error.
        assertThat(taken(zc.get("/?pagina=9").body())).containsExactlyElementsOf(reeks(400, 500));
        assertThat(taken(zc.get("/?pagina=0").body())).containsExactlyElementsOf(reeks(0, 100));
        Http.Antwoord twee = zc.get("/?pagina=twee");
        assertThat(twee.status()).isEqualTo(400);
        assertThat(twee.body()).contains("Dit adres klopt niet", "is het paginanummer ongeldig: dat moet een getal zijn");
        Http.Antwoord leerlingen = zc.get("/leerlingen?pagina=twee");
        assertThat(leerlingen.status()).isEqualTo(400);
        assertThat(leerlingen.body()).contains("is het paginanummer ongeldig").doesNotContain("waarde van pagina");
    }

    /**
     * A page past the end of the list (its tasks were done since the link was made) is the last page there is, with its
     * own number, not an empty page that says there are no tasks.
     */
    @Test
    void eenPaginaVoorbijHetEindeIsDeLaatsteDieErIs() {
        jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'mwb-%' and TASK_ID_ not in (" + String.join(", ",
                reeks(0, 150).stream().map(i -> "'mwb-" + i + "'").toList()) + ")");
        Http zc = http().als(ZC).metKop("Accept", "text/html");
        String derde = zc.get("/?pagina=3").body();
        assertThat(taken(derde)).containsExactlyElementsOf(reeks(100, 150));
        assertThat(derde).contains("Taken 101 tot en met 150", "Pagina 2", "Vorige pagina")
                .doesNotContain("Volgende pagina").doesNotContain("Je hebt nu geen taken");
    }

    /** A search shows what it finds on one page (past the first 500 too: MijnWerkZoekenIT). */
    @Test
    void eenZoekopdrachtToontWatHijVindtOpEenPagina() {
        Http zc = http().als(ZC).metKop("Accept", "text/html");
        String gevonden = zc.get("/?zoek=2019-7004").body();
        assertThat(taken(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden).contains("10 taken").doesNotContain("Volgende pagina");
        // All 505 match: the first 100 are shown, and the page says there are more.
        String alle = zc.get("/?zoek=2019-7").body();
        assertThat(taken(alle)).containsExactlyElementsOf(reeks(0, 100));
        assertThat(alle).contains("Je ziet de eerste 100 gevonden taken", "Zoek preciezer om andere te zien")
                .as("the first 101 pupils fill the page: no part of the list was left unsearched for it")
                .doesNotContain("Een deel van een dossiernummer");
    }

    /** One door: a zorgcoördinator of another school sees none of these tasks, on any page or by searching. */
    @Test
    void eenAndereSchoolZietZeOpGeenEnkelePagina() {
        Http ander = http().als("zorgcoordinator").metKop("Accept", "text/html");
        for (String pad : List.of("/", "/?pagina=2", "/?pagina=5", "/?zoek=2019-7")) {
            // Not in a row (the search box shows what was typed).
            assertThat(ander.get(pad).body()).as(pad).doesNotContainPattern(">Bladertaak \\d").doesNotContain("(2019-7");
        }
        assertThat(audit.vanGebruiker("zorgcoordinator").stream().flatMap(r -> r.getDossiers().stream())
                .filter(n -> n.startsWith("2019-7"))).isEmpty();
    }

    private static String nummer(int i) {
        // A dossier number of a year without dossiers here (the audit names only what looks like one).
        return "2019-7%04d".formatted(i);
    }

    private static List<Integer> reeks(int van, int tot) {
        return IntStream.range(van, tot).boxed().toList();
    }

    /** The tasks in a page's rows, in their order. */
    private static List<Integer> taken(String pagina) {
        return Testtaken.inRijen("Bladertaak", pagina);
    }

    private AuditRegel laatste() {
        return audit.vanGebruiker(ZC).stream().max(Comparator.comparing(AuditRegel::getId)).orElseThrow();
    }
}
