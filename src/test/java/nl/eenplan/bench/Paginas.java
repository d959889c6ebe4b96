package nl.eenplan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 5 (issue #25): EenPlan's pages per role with many open tasks, on whole cloned instances ({@link Kloon}): a
 * class upload of one pupil at the benchmark school is the template, cloned over {@link #SCHOLEN} schools, one of
 * them heavy with {@link #ZWAAR} tasks. Four roles: the zorgcoördinator of a normal school and of the heavy school,
 * a leerplicht officer of a gemeente with {@link #PER_GEMEENTE} schools, a process owner (every school). Per role and
 * page p50/p95 over {@code bench.paginas.verzoeken} requests, with the node's CPU and PostgreSQL's statements per
 * request; for the task list also a floor: the same two queries with plain JDBC, the rows read and dropped.
 */
final class Paginas {

    private Paginas() {
    }

    static final String SCENARIO = "paginas";
    static final int OPWARMEN = 20;
    /** Rounds of the warm-up over every page before the first is measured ({@link #opwarmen}). */
    static final int OPWARMRONDES = Integer.getInteger("bench.paginas.opwarmrondes", 10);
    static final int VERZOEKEN = Integer.getInteger("bench.paginas.verzoeken", 100);
    static final int SCHOLEN = Integer.getInteger("bench.paginas.scholen", 5_000);
    static final int ZWAAR = 20_000;
    /** The name search that finds most of a school's pupils. */
    static final String NAAMZOEKEN = "/leerlingen?zoek=B";
    /** Mijn werk searched for a letter most pupils' names have: past 500 tasks it looks in the first 500 only. */
    static final String WERKZOEKEN = "/?zoek=B";
    static final int PER_GEMEENTE = 100;
    static final String GEMEENTE = "Benchgemeente 0";
    /** Only these roles' users (comma-separated, e.g. {@code benchzczwaar}) when set: to profile one role's pages. */
    static final List<String> ALLEEN = List.of(System.getProperty("bench.paginas.rollen", "").split(",")).stream()
            .map(String::strip).filter(r -> !r.isEmpty()).toList();

    /** Who asks: the user and a pupil whose page they open. */
    record Rol(String naam, String gebruiker, String leerling, boolean takenlijstVloer) {
    }

    static void meet() throws Exception {
        int taken = Opties.PAGINATAKEN;
        Rapport.regel("## Pagina's per rol met " + taken + " open taken (gekloonde instanties over " + SCHOLEN + " scholen)", "",
                "| database | # | instellingen | rol | pagina | p50 (ms) | p95 (ms) | " + Resultaat.kolommen()
                        + " | JIT ms |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> statementtabellen = new ArrayList<>();
        List<String> opwarmingen = new ArrayList<>();
        for (Database db : Opties.DATABASES) {
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                try (var knoop = Knopen.knoop("paginas", db, Knopen.nieuweDatabase(db, "paginas-" + inst), inst)) {
                    List<Rol> rollen = zaai(knoop, taken).stream()
                            .filter(rol -> ALLEEN.isEmpty() || ALLEEN.contains(rol.gebruiker())).toList();
                    Knopen.analyseer(knoop);
                    opwarmingen.add(opwarmen(knoop, db, inst, rollen));
                    for (Rol rol : rollen) {
                        String nummerzoeken = nummerzoeken(rol);
                        for (String pagina : paginas(rol)) {
                            Resultaat r = meet(knoop, db, nummer, inst, rol, pagina);
                            // The statements of the pages that read most (issue #25: which one keeps the time).
                            String welke = Map.of("/", "Mijn werk", nummerzoeken, "Mijn werk gezocht op een "
                                    + "dossiernummer", NAAMZOEKEN, "De naamzoekopdracht " + NAAMZOEKEN).get(pagina);
                            if (welke != null && r != null && r.metStatements()) {
                                statementtabellen.add("");
                                statementtabellen.add(welke + ", " + rol.naam() + ", " + db + " " + inst + ":");
                                statementtabellen.add("");
                                statementtabellen.addAll(Statements.tabel(r.statements(), VERZOEKEN, "verzoek", r.msPerEenheid()));
                            }
                        }
                        if (rol.takenlijstVloer()) {
                            vloer(knoop, db, inst, rol);
                        }
                    }
                }
            }
        }
        Rapport.regel("", "Each pupil is a clone of one real pupil whose transition started through a class upload (20 rows: "
                + "engine, history as in production, dossier, pupil, plan, transition), so a pupil page reads that pupil's own "
                + "instance. " + ZWAAR + " open tasks at the heavy school, the rest spread evenly; the gemeente's leerplicht "
                + "officer sees " + PER_GEMEENTE + " schools, the process owner all. " + VERZOEKEN + " requests per page after "
                + OPWARMEN + " of its own and the warm-up over every page (below), ANALYZE after seeding. A page a "
                + "role may not open is listed with its status. In the summary "
                + "the JDBC floor of the task list (the zorgcoördinators': Takenlijst's ordered scan, its two queries with "
                + "plain JDBC, limit 100), rows read and dropped. JIT ms: the JIT compiler's time per request "
                + "while the page was measured (its threads' CPU is in the node's).", "");
        Rapport.regels(opwarmingen);
        Rapport.regel("");
        if (!statementtabellen.isEmpty()) {
            Rapport.regel("### PostgreSQL's statements of Mijn werk, its search by a number and the name search "
                    + "per request");
            Rapport.regels(statementtabellen);
            Rapport.regel("");
        }
    }

    /** Mijn werk searched by the role's pupil's whole number: read by its dossier alone (Werkoverzicht#zoek). */
    private static String nummerzoeken(Rol rol) {
        return "/?zoek=" + rol.leerling();
    }

    /** The pages measured for a role, in their order. */
    private static List<String> paginas(Rol rol) {
        return List.of("/", WERKZOEKEN, nummerzoeken(rol), "/api/taken", "/leerlingen", NAAMZOEKEN,
                "/leerlingen/" + rol.leerling(), "/api/dossiers");
    }

    /**
     * Before the first page is measured: every page each role may open, {@link #OPWARMEN} requests each, in
     * {@link #OPWARMRONDES} rounds; the report's sentence on it, with the JIT compiler's time per round. Issue #25:
     * whichever role was measured first paid for compiling the pages' code (the compiler threads' CPU is the node's;
     * the first role's Mijn werk took 45 ms of node CPU per request, the same page of the second role 21-25 ms), and
     * each new page deoptimised code the pages before it had shaped. A node serves every page mixed, for days. The
     * JIT is not quiet after ten rounds (a tenth to a fifth of a round's time, 2026-12-07), so each page's line shows
     * what it compiled while measured.
     */
    private static String opwarmen(ConfigurableApplicationContext knoop, Database db, Instellingen inst,
                                   List<Rol> rollen) throws Exception {
        List<Map.Entry<Rol, String>> open = new ArrayList<>();
        for (Rol rol : rollen) {
            for (String pagina : paginas(rol)) {
                if (Meting.driver.status(knoop, pagina, rol.gebruiker()) == 200) {
                    open.add(Map.entry(rol, pagina));
                }
            }
        }
        List<String> rondes = new ArrayList<>();
        for (int ronde = 0; ronde < OPWARMRONDES; ronde++) {
            long jitVoor = Omstandigheden.jitMs();
            long begin = System.nanoTime();
            for (Map.Entry<Rol, String> pagina : open) {
                Meting.driver.vraag(knoop, pagina.getValue(), pagina.getKey().gebruiker(), OPWARMEN);
            }
            long ms = (System.nanoTime() - begin) / 1_000_000;
            long jitMs = Omstandigheden.jitMs() - jitVoor;
            rondes.add("%.1f s JIT in %.1f s".formatted(jitMs / 1000.0, ms / 1000.0));
        }
        return "- Warm-up on %s %s before the first page measured: %d round(s) of %d requests on each of the %d "
                .formatted(db, inst, OPWARMRONDES, OPWARMEN, open.size())
                + "role–page pairs that open (per round: " + String.join(", ", rondes) + ").";
    }

    /** One page for one role: its line in the report; answers the measurement, or null for a page the role may not open. */
    private static Resultaat meet(ConfigurableApplicationContext knoop, Database db, int nummer, Instellingen inst, Rol rol,
                                  String pagina) throws Exception {
        int status = Meting.driver.status(knoop, pagina, rol.gebruiker());
        if (status != 200) {
            Rapport.regel("| %s | %d | %s | %s | %s | status %d | | |".formatted(db, nummer, inst, rol.naam(), pagina, status));
            return null;
        }
        Meting.driver.vraag(knoop, pagina, rol.gebruiker(), OPWARMEN);
        Meting meting = Meting.begin(db, List.of(knoop));
        List<Long> tijden = Meting.driver.vraag(knoop, pagina, rol.gebruiker(), VERZOEKEN);
        Resultaat r = meting.stop(VERZOEKEN);
        Rapport.SAMENVATTING.voegToe(SCENARIO + " " + rol.naam() + " "
                + pagina.replaceAll("(/leerlingen/|zoek=)\\d{4}-\\d+", "$1{nummer}"), db, inst.name(), "verzoek", r);
        Rapport.regel("| %s | %d | %s | %s | %s | %.1f | %.1f | %s | %.1f |".formatted(db, nummer, inst, rol.naam(),
                pagina, Takenlijst.p(tijden, 50), Takenlijst.p(tijden, 95), r.cellen(),
                r.omstandigheden().jitS() * 1000 / VERZOEKEN));
        return r;
    }

    /**
     * The task list's floor: its two queries (Takenlijst's SQL: due-dated first, then without a due date) with plain
     * JDBC for the role's schools and groups, 100 rows, read and dropped.
     */
    private static void vloer(ConfigurableApplicationContext knoop, Database db, Instellingen inst, Rol rol) throws Exception {
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        List<String> scholen = jdbc.queryForList("select distinct TENANT_ID_ from ACT_ID_TENANT_MEMBER where USER_ID_ = ? or "
                + "GROUP_ID_ in (select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?)", String.class, rol.gebruiker(),
                rol.gebruiker());
        List<String> groepen = jdbc.queryForList("select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?", String.class,
                rol.gebruiker());
        String scholenIn = String.join(",", scholen.stream().map(s -> "?").toList());
        String groepenIn = String.join(",", groepen.stream().map(s -> "?").toList());
        String deel = " and RES.TENANT_ID_ in (" + scholenIn + ") and (RES.ASSIGNEE_ = ? or (RES.ASSIGNEE_ is null and exists ("
                + "select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = ?"
                + (groepen.isEmpty() ? "" : " or I.GROUP_ID_ in (" + groepenIn + ")") + ") offset 0 rows))) "
                + "order by RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_ limit 100";
        String[] sql = {"select RES.* from ACT_RU_TASK RES where RES.DUE_DATE_ > ?" + deel,
                "select RES.* from ACT_RU_TASK RES where RES.DUE_DATE_ is null" + deel};
        DataSource bron = knoop.getBean(DataSource.class);
        for (int i = 0; i < OPWARMEN; i++) {
            vloerVerzoek(bron, sql, scholen, groepen, rol.gebruiker());
        }
        Meting meting = Meting.beginVloer(db, knoop);
        for (int i = 0; i < VERZOEKEN; i++) {
            vloerVerzoek(bron, sql, scholen, groepen, rol.gebruiker());
        }
        Rapport.SAMENVATTING.voegToe(SCENARIO + " " + rol.naam() + " /api/taken", db, Samenvatting.JDBC_VLOER + inst.name(),
                "verzoek", meting.stop(VERZOEKEN));
    }

    private static void vloerVerzoek(DataSource bron, String[] sql, List<String> scholen, List<String> groepen, String wie)
            throws Exception {
        int rijen = 0;
        try (Connection c = bron.getConnection()) {
            for (int q = 0; q < sql.length && rijen < 100; q++) {
                try (PreparedStatement s = c.prepareStatement(sql[q])) {
                    int p = 1;
                    if (q == 0) {
                        s.setTimestamp(p++, new Timestamp(0));
                    }
                    for (String school : scholen) {
                        s.setString(p++, school);
                    }
                    s.setString(p++, wie);
                    s.setString(p++, wie);
                    for (String groep : groepen) {
                        s.setString(p++, groep);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                                rs.getObject(k);
                            }
                            rijen++;
                        }
                    }
                }
            }
        }
    }

    /**
     * Schools, users and n open tasks: one pupil's transition started by a class upload at the benchmark school (the
     * template), then cloned n - 1 times. Answers the roles.
     */
    static List<Rol> zaai(ConfigurableApplicationContext knoop, int n) throws Exception {
        Knopen.richtSchoolIn(knoop);
        SchoolService scholen = knoop.getBean(SchoolService.class);
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        List<Kloon.School> alle = new ArrayList<>();
        for (int k = 0; k < SCHOLEN; k++) {
            String brin = brin(k);
            scholen.registreer(new NieuweSchool(brin, "Benchschool " + k, "Benchgemeente " + k / PER_GEMEENTE, "SWV Bench "
                    + k / 200, Regio.MIDDEN));
            alle.add(new Kloon.School(brin, jdbc.queryForObject("select id from school where brin = ?", Long.class, brin)));
        }
        GebruikerService gebruikers = knoop.getBean(GebruikerService.class);
        Organisaties organisaties = knoop.getBean(Organisaties.class);
        gebruikers.maakAlsNieuw("benchzcgewoon", "Bench", "Zorgcoördinator", "bench", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("benchzcgewoon", alle.get(1).brin());
        gebruikers.maakAlsNieuw("benchzczwaar", "Bench", "Zorgcoördinator", "bench", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("benchzczwaar", alle.get(0).brin());
        gebruikers.maakAlsNieuw("benchleerplicht", "Bench", "Leerplicht", "bench", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie("benchleerplicht", Organisaties.gemeenteGroep(GEMEENTE));
        gebruikers.maakAlsNieuw("benchprocesbeheer", "Bench", "Procesbeheer", "bench", Groepen.PROCESBEHEER);

        String instantie = sjabloon(knoop);
        Kloon kloon = new Kloon(jdbc, instantie);
        int zwaar = Math.min(ZWAAR, n / 2);
        List<String> nummers = kloon.maak(n - 1, i -> i < zwaar ? alle.get(0) : alle.get(1 + (i - zwaar) % (SCHOLEN - 1)),
                50_000_000);
        String gewoon = nummers.get(zwaar);
        return List.of(new Rol("zorgcoördinator", "benchzcgewoon", gewoon, true),
                new Rol("zorgcoördinator zware school", "benchzczwaar", nummers.get(0), true),
                new Rol("leerplicht gemeente", "benchleerplicht", gewoon, false),
                // Offered none of the tasks: its list is link-driven (Takenlijst), the floor spells the ordered scan.
                new Rol("procesbeheer", "benchprocesbeheer", gewoon, false));
    }

    /** One pupil's class upload at the benchmark school; answers its transition's process instance. */
    static String sjabloon(ConfigurableApplicationContext knoop) throws Exception {
        Meting.driver.upload(knoop, Knopen.csv(1, "T"), 1);
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        long dossier = jdbc.queryForObject("select d.id from dossier d join leerling l on l.id = d.leerling_id where l.bsn = ?",
                Long.class, nl.eenplan.Testdossiers.bsn(30_000_000));
        return jdbc.queryForObject("select proces_instantie_id from overstap where dossier_nummer like ?", String.class,
                "%-" + "%05d".formatted(dossier));
    }

    /** The k-th benchmark school's BRIN: 2 digits, 2 letters, 2 digits (room for 5,000 and more). */
    static String brin(int k) {
        return "%02d%c%c%02d".formatted(50 + k / 6760, (char) ('A' + k / 260 % 26), (char) ('A' + k / 10 % 26), k % 10);
    }

}
