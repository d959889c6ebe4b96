package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.taak.TaakService;
import nl.eenplan.taak.TaakView;
import nl.eenplan.taak.Takenpagina;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #25: Mijn werk's search finds a pupil's task past the first 500 of the list (it looked in those 500 only), by
 * name and by dossier number, and says nothing is missing; a user of another school finds none of it.
 */
class MijnWerkZoekenIT extends IntegratieTest {

    static final String SCHOOL = "97MZ00";
    static final String ZC = "mwzzc";
    static final String ANDERE_SCHOOL = "97MZ01";
    static final String ANDERE_ZC = "mwzander";
    /** One more than Mijn werk offers: the last is due last, so it is the 501st of the list. */
    static final int TAKEN = 501;
    static final String ACHTERNAAM = "Verwegzoek";
    /** The task whose business key has six digits. */
    static final int ZESCIJFERIG = 450;
    /** The pupils, made once per database (the PostgreSQL twin runs on another): ours and the other school's. */
    private static final Map<Class<?>, List<String>> LEERLINGEN = new ConcurrentHashMap<>();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchoolService scholen;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    TaakService takenService;

    String onze;
    String andere;

    @BeforeEach
    void vijfhonderdEenTaken() {
        ruimOp();
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "Zoekschool", "Utrecht", "SWV Zoek", Regio.MIDDEN));
        }
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(ANDERE_SCHOOL))) {
            scholen.registreer(new NieuweSchool(ANDERE_SCHOOL, "Andere zoekschool", "Utrecht", "SWV Zoek",
                    Regio.MIDDEN));
        }
        gebruikers.maakAlsNieuw(ZC, "Zoek", "Zorg", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(ZC, SCHOOL);
        gebruikers.maakAlsNieuw(ANDERE_ZC, "Ander", "Zorg", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(ANDERE_ZC, ANDERE_SCHOOL);
        List<String> leerlingen = LEERLINGEN.computeIfAbsent(getClass(), k -> List.of(
                open(ZC, SCHOOL), open(ANDERE_ZC, ANDERE_SCHOOL)));
        onze = leerlingen.get(0);
        andere = leerlingen.get(1);
        // Task i is due on day i after Testtaken.BEGIN; the last one's business key is the school's pupil's dossier
        // number, the others' numbers of a year without dossiers (task 450's has six digits: 2018-800400 holds the
        // whole number 2018-80040 of task 40).
        // The other school's zorgcoördinator has more than 500 tasks too (mwa-), so their search looks past them.
        Testtaken.schrijf(jdbc, "mwz-", "Zoektaak", SCHOOL, TAKEN,
                i -> i == TAKEN - 1 ? onze : i == ZESCIJFERIG ? "2018-800400" : "2018-8%04d".formatted(i));
        Testtaken.schrijf(jdbc, "mwa-", "Anderetaak", ANDERE_SCHOOL, TAKEN,
                i -> i == TAKEN - 1 ? andere : "2018-9%04d".formatted(i));
    }

    @AfterEach
    void ruimOp() {
        Testtaken.ruimOp(jdbc, "mwz-", "mwa-");
    }

    @Test
    void deZoekopdrachtVindtDeTaakVanEenLeerlingVoorbijDeEersteVijfhonderd() {
        Http zc = http().als(ZC).metKop("Accept", "text/html");
        // The list itself still stops at 500: the task is not on its last page.
        assertThat(zc.get("/?pagina=5").body()).contains("Je ziet de eerste 500 taken")
                .doesNotContain(">Zoektaak 500<");

        for (String zoek : List.of(ACHTERNAAM.toLowerCase(), onze)) {
            String gevonden = zc.get("/?zoek=" + zoek).body();
            assertThat(gevonden).as(zoek).contains("(" + onze + ")", ACHTERNAAM)
                    .doesNotContain("Gezocht in de eerste", "Zoek preciezer")
                    // Not the other school's pupil of the same name.
                    .doesNotContain("(" + andere + ")");
            assertThat(zoektaken(gevonden)).as(zoek).containsExactly(500);
        }
        // A part of a dossier number names no pupil: it is found in the first 500, and the page says so.
        String deel = zc.get("/?zoek=2018-8004").body();
        List<Integer> deelGevonden = new ArrayList<>(IntStream.range(40, 50).boxed().toList());
        deelGevonden.add(ZESCIJFERIG);
        assertThat(zoektaken(deel)).containsExactlyElementsOf(deelGevonden);
        assertThat(deel).contains("Een deel van een dossiernummer is gezocht in de eerste 500 taken",
                "Typ het hele nummer");
        // A whole number names that one dossier, as on the page Leerlingen: not 2018-800400, which holds it.
        String heel = zc.get("/?zoek=2018-80040").body();
        assertThat(zoektaken(heel)).containsExactly(40);
        assertThat(heel).doesNotContain("Gezocht in de eerste", "Een deel van een dossiernummer");
        // A tab in the search is a clear refusal, not a server error (the page Leerlingen's search alike).
        for (String pad : List.of("/?zoek=Verweg%09zoek", "/leerlingen?zoek=Verweg%09zoek")) {
            Http.Antwoord stuurteken = zc.get(pad);
            assertThat(stuurteken.status()).as(pad).isEqualTo(400);
            assertThat(stuurteken.body()).as(pad).contains("Dit klopt niet", "stuurtekens");
        }
    }

    /**
     * The pupils' tasks by their dossier numbers, more than 100 of them (on PostgreSQL a set the query joins, below
     * that an array): the user's tasks of those pupils in the list's order, at most as many as asked. (Called without a
     * signed-in user, as the engine's own code is, it sees every school: the school condition is the page's test.)
     */
    @Test
    void deTakenVanMeerDanHonderdLeerlingenInDeVolgordeVanDeLijst() {
        List<String> nummers = new ArrayList<>();
        IntStream.range(0, 150).map(i -> 149 - i).forEach(i -> nummers.add("2018-8%04d".formatted(i)));
        Takenpagina gevonden = takenService.vanDossiers(nummers, ZC, List.of(Groepen.ZORGCOORDINATOR), 120);
        assertThat(gevonden.taken()).extracting(TaakView::naam)
                .containsExactlyElementsOf(IntStream.range(0, 120).mapToObj(i -> "Zoektaak " + i).toList());
        assertThat(gevonden.meer()).isTrue();
        Takenpagina alle = takenService.vanDossiers(nummers, ZC, List.of(Groepen.ZORGCOORDINATOR), 500);
        assertThat(alle.taken()).hasSize(150);
        assertThat(alle.meer()).isFalse();
    }

    /**
     * One door: the other school's zorgcoördinator, whose search looks past their first 500 tasks as well, finds their
     * own pupil of that name, not ours nor its task.
     */
    @Test
    void eenAndereSchoolVindtDeTaakNiet() {
        Http ander = http().als(ANDERE_ZC).metKop("Accept", "text/html");
        assertThat(ander.get("/?pagina=5").body()).contains("Je ziet de eerste 500 taken");
        assertThat(ander.get("/?zoek=" + ACHTERNAAM.toLowerCase()).body())
                .contains(">Anderetaak 500<", "(" + andere + ")").doesNotContain(">Zoektaak", "(" + onze + ")");
        assertThat(ander.get("/?zoek=" + onze).body()).doesNotContain(">Zoektaak", "(" + onze + ")")
                .contains("Geen taken gevonden");
    }

    /** The fake tasks in a page's rows, in their order. */
    private static List<Integer> zoektaken(String pagina) {
        return Testtaken.inRijen("Zoektaak", pagina);
    }

    /** A dossier for a pupil named {@link #ACHTERNAAM} at this school, opened by its zorgcoördinator. */
    private String open(String zorgcoordinator, String brin) {
        String dossier = Testdossiers.nieuw().replace("\"Jansen\"", "\"" + ACHTERNAAM + "\"")
                .replace("\"99ZZ00\"", "\"" + brin + "\"");
        Http.Antwoord antwoord = http().als(zorgcoordinator).post("/api/dossiers", dossier);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(201);
        return antwoord.json().get("nummer").asText();
    }
}
