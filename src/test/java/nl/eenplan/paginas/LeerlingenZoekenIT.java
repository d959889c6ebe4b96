package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.audit.AuditRegel;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #25: the page Leerlingen and GET /api/dossiers search in the database and show 100 pupils a page, with links
 * to the other pages; only the pupils shown are in the audit entry; another school's user finds none of them, by
 * name, by number or by paging.
 */
class LeerlingenZoekenIT extends IntegratieTest {

    /** Pupils with this surname: more than one page. */
    static final String ACHTERNAAM = "Zoekvan";
    static final int LEERLINGEN = 105;

    /**
     * Made once per database: the tests of one class share it. Per class, as the PostgreSQL twin (a subclass) runs on
     * another database in the same JVM when both are asked for at once.
     */
    private static final Map<Class<?>, List<String>> NUMMERS = new ConcurrentHashMap<>();
    List<String> nummers;

    @Autowired
    AuditLog audit;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;

    @BeforeEach
    void honderdVijfLeerlingen() {
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        nummers = NUMMERS.get(getClass());
        if (nummers != null) {
            return;
        }
        List<String> nieuw = new ArrayList<>();
        for (int i = 0; i < LEERLINGEN; i++) {
            String dossier = Testdossiers.zonderBsn().replace("\"Jansen\"", "\"" + ACHTERNAAM + "\"");
            if (i == 0) {
                dossier = dossier.replace("\"achternaam\"", "\"tussenvoegsel\": \"van der\", \"achternaam\"");
            }
            Http.Antwoord antwoord = http().als("zorgcoordinator").post("/api/dossiers", dossier);
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
            nieuw.add(antwoord.json().get("nummer").asText());
        }
        nummers = nieuw;
        NUMMERS.put(getClass(), nieuw);
    }

    @Test
    void dePaginaToontHonderdLeerlingenEnDeLinkNaarDeVolgende() {
        Http zc = http().als("zorgcoordinator").metKop("Accept", "text/html");
        String eerste = zc.get("/leerlingen?zoek=" + ACHTERNAAM.toLowerCase()).body();
        assertThat(eerste).contains("Leerlingen 1 tot en met 100 van " + LEERLINGEN, "Pagina 1 van 2",
                "href=\"/leerlingen?zoek=zoekvan&amp;pagina=2\"", "Volgende pagina").doesNotContain("Vorige pagina");
        // Newest first: the last 100 opened are on the first page, the first 5 on the second.
        List<String> opPaginaEen = nummers.subList(LEERLINGEN - 100, LEERLINGEN);
        List<String> opPaginaTwee = nummers.subList(0, LEERLINGEN - 100);
        assertThat(eerste).contains(opPaginaEen);
        opPaginaTwee.forEach(n -> assertThat(eerste).doesNotContain(n));
        // The audit entry of the page names the pupils shown, and only those.
        assertThat(laatsteVan("zorgcoordinator").getDossiers()).containsExactlyInAnyOrderElementsOf(opPaginaEen);

        String tweede = zc.get("/leerlingen?zoek=" + ACHTERNAAM + "&pagina=2").body();
        assertThat(tweede).contains("Leerlingen 101 tot en met " + LEERLINGEN + " van " + LEERLINGEN, "Pagina 2 van 2",
                "Vorige pagina").doesNotContain("Volgende pagina").contains(opPaginaTwee);
        assertThat(laatsteVan("zorgcoordinator").getDossiers()).containsExactlyInAnyOrderElementsOf(opPaginaTwee);
        // Past the last match (an old link): no pupils, and the page still says how many there are, counted exactly
        // (a total taken from the page's start would say "van 3").
        assertThat(zc.get("/leerlingen?zoek=" + ACHTERNAAM + "&pagina=4").body())
                .contains("Geen leerlingen gevonden", "Pagina 4 van 2", "Vorige pagina");
    }

    @Test
    void zoekenOpNummerOfOpDeVolledigeNaam() {
        Http zc = http().als("zorgcoordinator").metKop("Accept", "text/html");
        String nummer = nummers.get(7);
        String opNummer = zc.get("/leerlingen?zoek=" + nummer).body();
        assertThat(opNummer).contains(">1 leerling<", nummer).doesNotContain(nummers.get(8));
        // The digits after the dash are the dossier too; the number of another year is not.
        assertThat(zc.get("/leerlingen?zoek=" + nummer.substring(5)).body()).contains(nummer);
        assertThat(zc.get("/leerlingen?zoek=1999-" + nummer.substring(5)).body()).contains("Geen leerlingen gevonden");
        // The full name as shown, tussenvoegsel and all, in any case.
        assertThat(zc.get("/leerlingen?zoek=VAN+DER+zoekvan").body()).contains(">1 leerling<", nummers.get(0));
        // A wildcard typed is a character searched, not "anything".
        assertThat(zc.get("/leerlingen?zoek=Zoek%25an").body()).contains("Geen leerlingen gevonden");
        assertThat(zc.get("/leerlingen?zoek=Zoek_an").body()).contains("Geen leerlingen gevonden");
    }

    @Test
    void deApiGeeftPaginasMetLinkEnAantal() {
        Http.Antwoord eerste = http().als("zorgcoordinator").get("/api/dossiers?zoek=" + ACHTERNAAM);
        assertThat(eerste.status()).isEqualTo(200);
        assertThat(eerste.json().isArray()).isTrue();
        assertThat(eerste.json().size()).isEqualTo(100);
        assertThat(eerste.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(LEERLINGEN));
        assertThat(eerste.headers().firstValue("Link")).hasValue("</api/dossiers?zoek=Zoekvan&pagina=2>; rel=\"next\"");
        Http.Antwoord tweede = http().als("zorgcoordinator").get("/api/dossiers?zoek=" + ACHTERNAAM + "&pagina=2");
        assertThat(tweede.json().size()).isEqualTo(LEERLINGEN - 100);
        assertThat(tweede.headers().firstValue("Link")).hasValue("</api/dossiers?zoek=Zoekvan&pagina=1>; rel=\"prev\"");
        assertThat(laatsteVan("zorgcoordinator").getDossiers()).hasSize(LEERLINGEN - 100);

        Http.Antwoord fout = http().als("zorgcoordinator").get("/api/dossiers?pagina=0");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(fout.body()).contains("pagina", "Kies pagina 1 of hoger.");
        // What a client can send never gives a 500: a page past what an offset can hold, no number, a control character.
        Http.Antwoord teVer = http().als("zorgcoordinator").get("/api/dossiers?pagina=" + Integer.MAX_VALUE);
        assertThat(teVer.status()).isEqualTo(400);
        assertThat(teVer.body()).contains("pagina", "Zo veel pagina's zijn er niet");
        assertThat(http().als("zorgcoordinator").get("/api/dossiers?pagina=21474836").status()).isEqualTo(200);
        assertThat(http().als("zorgcoordinator").get("/api/dossiers?pagina=21474837").status()).isEqualTo(400);
        assertThat(http().als("zorgcoordinator").get("/api/dossiers?pagina=twee").status()).isEqualTo(400);
        Http.Antwoord stuurteken = http().als("zorgcoordinator").get("/api/dossiers?zoek=Zoek%00van");
        assertThat(stuurteken.status()).isEqualTo(400);
        assertThat(stuurteken.body()).contains("zoek", "stuurtekens");
        assertThat(http().als("zorgcoordinator").metKop("Accept", "text/html").get("/leerlingen?pagina=" + Integer.MAX_VALUE)
                .status()).isNotEqualTo(500);
    }

    /**
     * The page Leerlingen shows open dossiers first, then the closed ones, each newest first; the API newest first
     * whatever the status (V79's two indexes, Dossierlijst.Volgorde).
     */
    @Test
    void dePaginaToontOpenDossiersEerstDeApiDeNieuwsteEerst() {
        Http zc = http().als("zorgcoordinator");
        List<String> drie = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Antwoord antwoord = zc.post("/api/dossiers", Testdossiers.zonderBsn().replace("\"Jansen\"",
                    "\"Volgordevan\""));
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
            drie.add(antwoord.json().get("nummer").asText());
        }
        // The newest closes: on the page it moves behind the two open ones.
        assertThat(zc.post("/api/dossiers/" + drie.get(2) + "/sluiten", "{\"reden\": \"Verhuisd.\"}").status())
                .isEqualTo(200);
        String pagina = zc.metKop("Accept", "text/html").get("/leerlingen?zoek=volgordevan").body();
        assertThat(pagina).containsSubsequence(drie.get(1), drie.get(0), drie.get(2));
        List<String> api = new ArrayList<>();
        http().als("zorgcoordinator").get("/api/dossiers?zoek=volgordevan").json()
                .forEach(d -> api.add(d.get("nummer").asText()));
        assertThat(api).containsExactly(drie.get(2), drie.get(1), drie.get(0));
    }

    /** One door: a zorgcoördinator of another school finds none of these pupils, by name, number or page. */
    @Test
    void eenAndereSchoolVindtZeNietOpNaamNummerOfPagina() {
        Http ander = http().als("zorgcoordinatorAmersfoort").metKop("Accept", "text/html");
        for (String zoek : List.of(ACHTERNAAM, nummers.get(3), nummers.get(3).substring(5), "")) {
            for (int p = 1; p <= 3; p++) {
                int pagina = p;
                String body = ander.get("/leerlingen?zoek=" + zoek + "&pagina=" + pagina).body();
                // Not in a row nor in a link (the search box shows what was typed).
                nummers.forEach(n -> assertThat(body).as("zoek %s pagina %d", zoek, pagina)
                        .doesNotContain(">" + n + "<").doesNotContain("/leerlingen/" + n));
                assertThat(body).doesNotContain(ACHTERNAAM + "</a>");
                String api = http().als("zorgcoordinatorAmersfoort").get("/api/dossiers?zoek=" + zoek + "&pagina="
                        + pagina).body();
                nummers.forEach(n -> assertThat(api).doesNotContain(n));
            }
        }
        Http.Antwoord api = http().als("zorgcoordinatorAmersfoort").get("/api/dossiers?zoek=" + ACHTERNAAM);
        assertThat(api.json().size()).isZero();
        assertThat(api.headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(audit.vanGebruiker("zorgcoordinatorAmersfoort").stream()
                .flatMap(r -> r.getDossiers().stream()).filter(Set.copyOf(nummers)::contains)).isEmpty();
    }

    private AuditRegel laatsteVan(String gebruiker) {
        return audit.vanGebruiker(gebruiker).stream().max(java.util.Comparator.comparing(AuditRegel::getId)).orElseThrow();
    }
}
