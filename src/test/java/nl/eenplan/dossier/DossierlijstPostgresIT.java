package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.OpPostgres;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Statementteller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #25: the pupil list (/leerlingen, GET /api/dossiers) of a school with 20,000 dossiers among 200 other schools
 * (200,000 dossiers),
 * on PostgreSQL. The queries {@link Dossierlijst} sends (caught as sent, run again with EXPLAIN ANALYZE) read the page
 * from V79's index in list order and stop: no sort, the first page reads 100 dossiers (it read and sorted all 20,000
 * before); the count reads only that index (index-only), without the pupil or the school. The lines are those the plain
 * "order by" gives (open first, then newest; newest first), page by page, and another school's page holds none of them.
 * Statements are counted through {@link Statementteller} ({@link Productiehistorie}'s context).
 */
@OpPostgres
@Productiehistorie
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierlijstPostgresIT extends IntegratieTest {

    static final int ZWAAR = 20_000;
    static final int SCHOLEN = 200;
    static final String ZC = "dl-zc";
    /** The heavy school's zorgcoördinator (a user id has no dash: Camunda's identity service refuses it). */
    static final String GEBRUIKER = "dlzc";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transacties;
    @Autowired
    Dossierlijst lijst;
    @Autowired
    SchoolService scholen;
    @Autowired
    DossierService dossierService;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;
    @Autowired
    nl.eenplan.organisatie.Organisaties organisaties;

    long zwaar;
    long klein;

    @BeforeAll
    void eenZwareSchoolTussenVeleAndere() {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k <= SCHOLEN; k++) {
            String brin = k == SCHOLEN ? "94PZ00" : "94P%c%02d".formatted((char) ('A' + k / 100), k % 100);
            scholen.registreer(new NieuweSchool(brin, "Lijstschool " + k, "Lijstgemeente", "SWV Lijst", Regio.MIDDEN));
            ids.add(jdbc.queryForObject("select id from school where brin = ?", Long.class, brin));
        }
        zwaar = ids.get(SCHOLEN);
        klein = ids.get(7);
        long eerste = ids.get(0);
        long laatsteKlein = ids.get(SCHOLEN - 1);
        // The school ids of registreer are consecutive here (one identity, nobody else registering in between).
        assertThat(laatsteKlein - eerste).isEqualTo(SCHOLEN - 1);
        zonderSleutelcontrole(() -> {
            // Pupils: every tenth at the heavy school (20,000), the others spread over the other schools (1,000 each at
            // 180 of them): the heavy school a tenth of the table, as 20,000 of the bench's national 1,000,000 are a
            // fiftieth, so an index on the school pays as it would there (with the heavy school most of the table
            // PostgreSQL rightly scans the table).
            jdbc.update("insert into leerling (voornaam, achternaam, geboortedatum, school_id, onderwijssoort, "
                    + "leerjaar) select 'Lijstleerling', 'Lijstvan' || g, date '2014-03-02', case when g % 10 = 0 "
                    + "then ? else ? + g % ? end, 'PO', 7 from generate_series(1, ?) g",
                    zwaar, eerste, SCHOLEN, ZWAAR * 10);
            // A third of the dossiers closed, spread over the list (the page shows open ones first).
            jdbc.update("insert into dossier (id, leerling_id, school_id, status, zorgcoordinator, aangemaakt_op) "
                    + "select nextval('dossier_seq'), l.id, l.school_id, "
                    + "case when l.id % 3 = 0 then 'GESLOTEN' else 'OPEN' end, ?, "
                    + "timestamp with time zone '2026-01-05 10:00:00+01' from leerling l "
                    + "where l.voornaam = 'Lijstleerling' order by l.id", ZC);
        });
        jdbc.execute("vacuum analyze dossier");
        jdbc.execute("vacuum analyze leerling");
        assertThat(jdbc.queryForObject("select count(*) from dossier where school_id = ?", Long.class, zwaar))
                .isEqualTo(ZWAAR);
    }

    @AfterAll
    void ruimOp() {
        zonderSleutelcontrole(() -> {
            jdbc.update("delete from dossier where zorgcoordinator = ?", ZC);
            jdbc.update("delete from leerling where voornaam = 'Lijstleerling'");
        });
    }

    /**
     * Writes the test's own rows without PostgreSQL's foreign-key triggers: their per-row checks took 9 of the 10 s
     * to write and remove these 400,000 rows (every key indexed), build time and nothing else. The rows are consistent
     * by construction and nothing refers to them. ({@code set local}: for this transaction only.)
     */
    private void zonderSleutelcontrole(Runnable schrijven) {
        new TransactionTemplate(transacties).executeWithoutResult(t -> {
            jdbc.execute("set local session_replication_role = replica");
            schrijven.run();
        });
    }

    @Test
    void openEerstLeestDePaginaUitDeIndexEnTeltZonderLeerling() {
        Dossierlijst.Vraag vraag = new Dossierlijst.Vraag(false, java.util.Map.of(zwaar, "94PZ00"), null, null);
        Vastgelegd eerste = pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 0);
        assertThat(eerste.gevonden.totaal()).isEqualTo(ZWAAR);
        assertThat(nummers(eerste.gevonden)).containsExactlyElementsOf(verwacht(zwaar, true, 0));
        assertThat(eerste.sql).hasSize(2);

        String plan = uitleg("explain ", eerste.sql.get(0), eerste.parameters(zwaar, 0));
        System.out.println("Plan van de eerste pagina Leerlingen (20.000 dossiers):\n" + plan);
        assertThat(plan).contains("dossier_school_open_eerst").contains("Backward").doesNotContain("Sort");
        JsonNode analyse = analyse(eerste.sql.get(0), eerste.parameters(zwaar, 0));
        // O(page): 100 dossiers and their 100 pupils, not the school's 20,000.
        assertThat(gelezen(analyse, "dossier")).isLessThanOrEqualTo(101);
        assertThat(gelezen(analyse, "leerling")).isLessThanOrEqualTo(101);

        // The count: one of V79's indexes on the school, no pupil, no school row, no scan of the table. (Index-only
        // where the visibility map is set, as autovacuum keeps it; a bitmap of the same index entries otherwise.)
        String telling = uitleg("explain ", eerste.sql.get(1), List.of(zwaar, zwaar));
        System.out.println("Plan van de telling:\n" + telling);
        assertThat(telling).containsPattern("(Index Only Scan|Bitmap Index Scan)[^\n]* on dossier_school_")
                .doesNotContain("leerling").doesNotContain("school s").doesNotContain("Seq Scan");

        // A page further on reads the pages before it in the index (an offset: O(offset + page), here ~5,000 of the
        // school's 20,000), still without sorting. The planner may run it in parallel (a Gather Merge over a parallel
        // scan of the same index, seen in 1 of 3 runs): each worker then reads a little ahead, 5,524 and 5,640 rows in
        // two such runs; a plan that read and sorted the school would read 20,000.
        Vastgelegd verder = pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 4_900);
        assertThat(nummers(verder.gevonden)).containsExactlyElementsOf(verwacht(zwaar, true, 4_900));
        assertThat(uitleg("explain ", verder.sql.get(0), verder.parameters(zwaar, 4_900))).doesNotContain("Sort");
        JsonNode verderGelezen = analyse(verder.sql.get(0), verder.parameters(zwaar, 4_900));
        assertThat(gelezen(verderGelezen, "dossier")).as("dossiers gelezen; plan: %s", verderGelezen)
                .isLessThanOrEqualTo(6_000);
        // Past the open dossiers into the closed ones, and the last page.
        assertThat(nummers(pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 13_300).gevonden))
                .containsExactlyElementsOf(verwacht(zwaar, true, 13_300));
        Vastgelegd laatste = pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, ZWAAR - 100);
        assertThat(nummers(laatste.gevonden)).containsExactlyElementsOf(verwacht(zwaar, true, ZWAAR - 100));
    }

    @Test
    void nieuwsteEerstLeestDePaginaUitDeIndex() {
        Dossierlijst.Vraag vraag = new Dossierlijst.Vraag(false, java.util.Map.of(zwaar, "94PZ00"), null, null);
        Vastgelegd eerste = pagina(vraag, Dossierlijst.Volgorde.NIEUWSTE_EERST, 0);
        assertThat(nummers(eerste.gevonden)).containsExactlyElementsOf(verwacht(zwaar, false, 0));
        String plan = uitleg("explain ", eerste.sql.get(0), eerste.parameters(zwaar, 0));
        System.out.println("Plan van de eerste pagina /api/dossiers (20.000 dossiers):\n" + plan);
        assertThat(plan).contains("dossier_school_nieuwste").contains("Backward").doesNotContain("Sort");
        assertThat(gelezen(analyse(eerste.sql.get(0), eerste.parameters(zwaar, 0)), "dossier")).isLessThanOrEqualTo(101);
        Vastgelegd tweede = pagina(vraag, Dossierlijst.Volgorde.NIEUWSTE_EERST, 100);
        assertThat(nummers(tweede.gevonden)).containsExactlyElementsOf(verwacht(zwaar, false, 100));
    }

    /** One door: another school's page reads its own dossiers and holds none of the heavy school's. */
    @Test
    void eenAndereSchoolLeestAlleenDeEigen() {
        Dossierlijst.Vraag vraag = new Dossierlijst.Vraag(false, java.util.Map.of(klein, "94PA07"), null, null);
        Vastgelegd eigen = pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 0);
        assertThat(eigen.gevonden.totaal()).isEqualTo(jdbc.queryForObject("select count(*) from dossier where school_id = ?",
                Long.class, klein)).isGreaterThan(100);
        assertThat(nummers(eigen.gevonden)).containsExactlyElementsOf(verwacht(klein, true, 0))
                .doesNotContainAnyElementsOf(verwacht(zwaar, true, 0));
        assertThat(eigen.gevonden.regels()).allSatisfy(r -> assertThat(r.schoolBrin()).isEqualTo("94PA07"));
        assertThat(gelezen(analyse(eigen.sql.get(0), eigen.parameters(klein, 0)), "dossier")).isLessThanOrEqualTo(101);
        // The heavy school's dossier asked by its id: not found there.
        long vanZwaar = jdbc.queryForObject("select max(id) from dossier where school_id = ?", Long.class, zwaar);
        Vastgelegd opId = pagina(new Dossierlijst.Vraag(false, java.util.Map.of(klein, "94PA07"), vanZwaar, null),
                Dossierlijst.Volgorde.OPEN_EERST, 0);
        assertThat(opId.gevonden.regels()).isEmpty();
        // A page not full: no count asked.
        assertThat(opId.sql).hasSize(1);
        // By name, in the small school only.
        Dossierlijst.Gevonden opNaam = lijst.pagina(new Dossierlijst.Vraag(false, java.util.Map.of(klein, "94PA07"), null, "%lijstvan1%"),
                Dossierlijst.Volgorde.OPEN_EERST, 0, 100, null);
        assertThat(opNaam.regels()).isNotEmpty().allSatisfy(r -> assertThat(r.schoolBrin()).isEqualTo("94PA07"));
        assertThat(lijst.pagina(new Dossierlijst.Vraag(false, java.util.Map.of(), null, null), Dossierlijst.Volgorde.OPEN_EERST,
                0, 100, null).regels()).isEmpty();
    }

    /**
     * A search by name at the heavy school: the count reads the school's pupils, not every pupil in the table (it hashed
     * the school's dossiers against a scan of all pupils, each one's name matched: 158 ms at the bench's 1,000,000).
     */
    @Test
    void zoekenOpNaamTeltAlleenDeLeerlingenVanDeSchool() {
        Dossierlijst.Vraag vraag = new Dossierlijst.Vraag(false, java.util.Map.of(zwaar, "94PZ00"), null, "%lijstvan1%");
        Vastgelegd eerste = pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 0);
        long verwacht = jdbc.queryForObject("select count(*) from dossier d join leerling l on l.id = d.leerling_id "
                + "where d.school_id = ? and lower(l.voornaam || ' ' || l.achternaam) like '%lijstvan1%'", Long.class, zwaar);
        assertThat(verwacht).isGreaterThan(100);
        assertThat(eerste.gevonden.totaal()).isEqualTo(verwacht);
        assertThat(eerste.gevonden.regels()).hasSize(100)
                .allSatisfy(r -> assertThat(r.leerling()).startsWith("Lijstleerling Lijstvan1"));
        assertThat(eerste.sql).hasSize(2);
        // The page: the school's school, the pattern, the pupil's school; then offset and limit as written.
        assertThat(eerste.sql.get(0)).endsWith("offset ? rows fetch first ? rows only");
        JsonNode pagina = analyse(eerste.sql.get(0), List.of(zwaar, zwaar, "%lijstvan1%", zwaar, zwaar, 0, 100));
        assertThat(gelezen(pagina, "leerling")).isLessThanOrEqualTo(ZWAAR);
        String telling = uitleg("explain ", eerste.sql.get(1), List.of(zwaar, zwaar, "%lijstvan1%", zwaar, zwaar));
        System.out.println("Plan van de telling bij zoeken op naam (20.000 dossiers):\n" + telling);
        assertThat(telling).doesNotContain("Seq Scan on leerling");
        assertThat(gelezen(analyse(eerste.sql.get(1), List.of(zwaar, zwaar, "%lijstvan1%", zwaar, zwaar)), "leerling"))
                .isLessThanOrEqualTo(ZWAAR);
    }

    /**
     * The page Leerlingen counts a search by name only up to 1,000 past its first line (Dossierpagina.TELGRENS): at
     * the heavy school "lijstvan" matches all 20,000, and the count stops after 1,001 of them instead of joining each
     * to its dossier; the page says "meer dan 1.000" and offers the next page. The API counts them all (X-Total-Count).
     */
    @Test
    void deZoekpaginaTeltTotDeGrensDeApiAlles() {
        Dossierlijst.Vraag vraag = new Dossierlijst.Vraag(false, java.util.Map.of(zwaar, "94PZ00"), null, "%lijstvan%");
        Statementteller.opnieuw(Thread.currentThread().getName());
        Dossierlijst.Gevonden begrensd = lijst.pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 0, 100,
                Dossierpagina.TELGRENS);
        List<String> sql = Statementteller.sql();
        Statementteller.opnieuw("cohort-");
        assertThat(begrensd.totaal()).isEqualTo(Dossierpagina.TELGRENS);
        assertThat(begrensd.meer()).isTrue();
        assertThat(nummers(begrensd)).containsExactlyElementsOf(verwacht(zwaar, true, 0));
        assertThat(sql).hasSize(2);
        // Every pupil of the school matches: with the name's statistics (V81) PostgreSQL reads the list's index and
        // stops after 1,001 (it sorted all 20,000 when it assumed a name search finds almost no one).
        JsonNode telling = analyse(sql.get(0), telparameters(sql.get(0), "%lijstvan%", Dossierpagina.TELGRENS + 1));
        System.out.println("Begrensde telling: " + gelezen(telling, "leerling") + " leerlingen, "
                + gelezen(telling, "dossier") + " dossiers gelezen");
        assertThat(gelezen(telling, "leerling")).isLessThanOrEqualTo(Dossierpagina.TELGRENS + 1);
        assertThat(gelezen(telling, "dossier")).isLessThanOrEqualTo(Dossierpagina.TELGRENS + 1);
        // The page is the first 100 of those ids (issue #25: a page query of its own was planned from the school's
        // pupils at national size and sorted them): its lines are read by id, 100 dossiers and their pupils.
        String regels = sql.get(1);
        assertThat(regels).contains(" in (").doesNotContain("offset");
        List<Object> ids = new ArrayList<>(verwacht(zwaar, true, 0).stream()
                .map(n -> (Object) Long.parseLong(n.substring(n.indexOf('-') + 1))).toList());
        while (ids.size() < regels.chars().filter(c -> c == '?').count()) {
            ids.add(ids.get(ids.size() - 1));
        }
        JsonNode pagina = analyse(regels, ids);
        assertThat(gelezen(pagina, "leerling")).isLessThanOrEqualTo(100);
        assertThat(gelezen(pagina, "dossier")).isLessThanOrEqualTo(100);
        // Further on the bound moves with the page: page 15 counts up to 2,400.
        Dossierlijst.Gevonden verder = lijst.pagina(vraag, Dossierlijst.Volgorde.OPEN_EERST, 1_400, 100,
                Dossierpagina.TELGRENS);
        assertThat(verder.totaal()).isEqualTo(2_400);
        assertThat(verder.meer()).isTrue();
        // Below the bound the count is exact (at the heavy school "lijstvan199" is in 111 names), and without a bound
        // it is the whole number.
        Dossierlijst.Vraag smal = new Dossierlijst.Vraag(false, java.util.Map.of(zwaar, "94PZ00"), null, "%lijstvan199%");
        long smalTotaal = jdbc.queryForObject("select count(*) from dossier d join leerling l on l.id = d.leerling_id "
                + "where d.school_id = ? and lower(l.achternaam) like '%lijstvan199%'", Long.class, zwaar);
        assertThat(smalTotaal).isBetween(101L, (long) Dossierpagina.TELGRENS);
        Dossierlijst.Gevonden exact = lijst.pagina(smal, Dossierlijst.Volgorde.OPEN_EERST, 0, 100, Dossierpagina.TELGRENS);
        assertThat(exact.totaal()).isEqualTo(smalTotaal);
        assertThat(exact.meer()).isFalse();
        assertThat(lijst.pagina(vraag, Dossierlijst.Volgorde.NIEUWSTE_EERST, 0, 100, null).totaal()).isEqualTo(ZWAAR);
    }

    /**
     * The same through the doors: the page Leerlingen of the heavy school's zorgcoördinator says "meer dan 1.000" and
     * offers the next page; GET /api/dossiers gives the exact number in X-Total-Count.
     */
    @Test
    void dePaginaZegtMeerDanDuizendDeApiHetAantal() {
        gebruikers.maakAlsNieuw(GEBRUIKER, "Lijst", "Zorg", "demo", nl.eenplan.security.Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(GEBRUIKER, "94PZ00");
        String pagina = http().als(GEBRUIKER).metKop("Accept", "text/html").get("/leerlingen?zoek=lijstvan").body();
        assertThat(pagina).contains("Leerlingen 1 tot en met 100 van meer dan 1.000", "Pagina 1 van meer dan 10",
                "Er zijn meer dan", "Maak je", "href=\"/leerlingen?zoek=lijstvan&amp;pagina=2\"", "Volgende pagina");
        String verder = http().als(GEBRUIKER).metKop("Accept", "text/html").get("/leerlingen?zoek=lijstvan&pagina=2").body();
        assertThat(verder).contains("Leerlingen 101 tot en met 200 van meer dan 1.100", "Vorige pagina", "Volgende pagina");
        // Without a name searched the page counts index entries, exactly.
        assertThat(http().als(GEBRUIKER).metKop("Accept", "text/html").get("/leerlingen").body())
                .contains("Leerlingen 1 tot en met 100 van 20.000", "Pagina 1 van 200");
        Http.Antwoord api = http().als(GEBRUIKER).get("/api/dossiers?zoek=lijstvan");
        assertThat(api.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(ZWAAR));
    }

    /** The bounded count's parameters: the school (twice), the pattern, the offset (0) if written, the limit. */
    private List<Object> telparameters(String sql, String patroon, int limiet) {
        List<Object> waarden = new ArrayList<>(List.of(zwaar, zwaar, patroon));
        assertThat(sql).matches("(?s).* order by .* (offset \\? rows )?fetch first \\? rows only");
        if (sql.contains(" offset ? rows ")) {
            waarden.add(0);
        }
        waarden.add(limiet);
        return waarden;
    }

    /**
     * The pupils next to a task list (Mijn werk at the heavy school: 500) come by their dossiers' and their own ids:
     * look-ups by primary key, not a join PostgreSQL may hash against a scan of every pupil in the table.
     */
    @Test
    void deLeerlingenBijEenTakenlijstKomenPerId() {
        List<Long> dossierIds = jdbc.queryForList("select id from dossier where school_id = ? order by id limit 500",
                Long.class, zwaar);
        List<String> nummers = dossierIds.stream().map(id -> "2026-%05d".formatted(id)).toList();
        Statementteller.opnieuw(Thread.currentThread().getName());
        var identiteiten = dossierService.identiteiten(nummers);
        List<String> sql = Statementteller.sql();
        Statementteller.opnieuw("cohort-");
        assertThat(identiteiten).hasSize(500);
        assertThat(identiteiten.get(nummers.get(0)).schoolBrin()).isEqualTo("94PZ00");
        assertThat(identiteiten.get(nummers.get(499)).naam()).startsWith("Lijstleerling Lijstvan");
        assertThat(sql).hasSize(2);
        List<Object> leerlingIds = List.copyOf(jdbc.queryForList("select leerling_id from dossier where school_id = ? "
                + "order by id limit 500", Long.class, zwaar));
        for (var vraag : List.of(java.util.Map.entry(sql.get(0), List.<Object>copyOf(dossierIds)),
                java.util.Map.entry(sql.get(1), leerlingIds))) {
            JsonNode plan = analyse(vraag.getKey(), vraag.getValue());
            assertThat(gelezen(plan, "leerling")).as(vraag.getKey()).isLessThanOrEqualTo(500);
            assertThat(gelezen(plan, "dossier")).as(vraag.getKey()).isLessThanOrEqualTo(500);
        }
    }

    record Vastgelegd(Dossierlijst.Gevonden gevonden, List<String> sql) {

        /** The rows query's parameters in the order of its placeholders: the school, then offset and limit as written. */
        List<Object> parameters(long school, int vanaf) {
            String regels = sql.get(0);
            // One school: written as a range of one value (Dossierlijst.Vraag.eenSchool).
            List<Object> waarden = new ArrayList<>(List.of(school, school));
            if (regels.matches("(?s).* offset \\? rows fetch first \\? rows only")) {
                waarden.addAll(List.of(vanaf, 100));
            } else if (regels.matches("(?s).* fetch first \\? rows only")) {
                assertThat(vanaf).isZero();
                waarden.add(100);
            } else if (regels.matches("(?s).* limit \\? offset \\?")) {
                waarden.addAll(List.of(100, vanaf));
            } else if (regels.matches("(?s).* limit \\?")) {
                assertThat(vanaf).isZero();
                waarden.add(100);
            } else {
                throw new AssertionError("Onbekende vorm van limiet en offset: " + regels);
            }
            assertThat(regels.chars().filter(c -> c == '?').count()).isEqualTo(waarden.size());
            return waarden;
        }
    }

    private Vastgelegd pagina(Dossierlijst.Vraag vraag, Dossierlijst.Volgorde volgorde, int vanaf) {
        Statementteller.opnieuw(Thread.currentThread().getName());
        Dossierlijst.Gevonden gevonden = lijst.pagina(vraag, volgorde, vanaf, 100, null);
        List<String> sql = Statementteller.sql();
        Statementteller.opnieuw("cohort-");
        return new Vastgelegd(gevonden, sql);
    }

    private static List<String> nummers(Dossierlijst.Gevonden gevonden) {
        return gevonden.regels().stream().map(DossierSamenvatting::nummer).toList();
    }

    /** The page as the plain query gives it. */
    private List<String> verwacht(long school, boolean openEerst, int vanaf) {
        return jdbc.queryForList("select id from dossier where school_id = ? order by "
                + (openEerst ? "case when status = 'OPEN' then 0 else 1 end, " : "") + "id desc limit 100 offset ?",
                Long.class, school, vanaf).stream().map(id -> "2026-%05d".formatted(id)).toList();
    }

    private String uitleg(String explain, String sql, List<Object> waarden) {
        return String.join("\n", jdbc.queryForList(explain + sql, String.class, waarden.toArray()));
    }

    private JsonNode analyse(String sql, List<Object> waarden) {
        try {
            return new ObjectMapper().readTree(uitleg("explain (analyze, format json) ", sql, waarden)).get(0).get("Plan");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows PostgreSQL read from a table: per node on it the rows it gave and those its filter dropped, times its loops. */
    private static long gelezen(JsonNode knoop, String tabel) {
        long rijen = 0;
        if (tabel.equalsIgnoreCase(knoop.path("Relation Name").asText())) {
            rijen += (knoop.path("Actual Rows").asLong() + knoop.path("Rows Removed by Filter").asLong())
                    * knoop.path("Actual Loops").asLong();
        }
        for (JsonNode kind : knoop.path("Plans")) {
            rijen += gelezen(kind, tabel);
        }
        return rijen;
    }
}
