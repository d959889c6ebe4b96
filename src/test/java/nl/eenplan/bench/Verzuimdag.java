package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.eenplan.Testdossiers;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 6: one day's absence from the LAS for {@code bench.verzuim} pupils with a dossier (issue #25), over
 * {@code bench.verzuim.scholen} schools: each school's file of the day posted to
 * {@code POST /api/scholen/{brin}/verzuim/import}, two clients at a time, and the 16-hour rule (Leerplichtwet 1969
 * art. 21a: 16 hours of ongeoorloofd verzuim in 4 lesweken) evaluated for every pupil of the file.
 * <p>
 * Seeding with plain JDBC (the import reads, it does not open dossiers): one real dossier opened through the class
 * upload is the template; its leerling, dossier and plan rows are copied for every pupil, with new ids, BSN, school and
 * key. Every {@link #ELKE}th pupil gets a history of 4 hours on Thursday 5, 12 and 19 November; today (Thursday 26
 * November, the nodes' clock) each pupil has a line: 4 hours for those with the history (16 hours exactly: a report is
 * drafted), 2 hours for the others (no report). The generator knows how many reports must be drafted and the run checks
 * it. The JDBC floor writes the same verzuim_dag, verzuimmelding (and engine) rows in the same transaction shape
 * ({@code eenplan.verzuim.leerlingen-per-transactie} pupils per commit, two threads). Before the measured files the
 * node imports the same day's files of as many other schools, unmeasured (its warm-up, {@link Opties#OPWARMEN_KNOOP}),
 * and the floor writes as many rows first.
 */
final class Verzuimdag {

    private Verzuimdag() {
    }

    static final String SCENARIO = "verzuimdag";
    /** Thursday 26 November 2026, after school: the day of the files. */
    static final String KLOK = "--eenplan.klok.start=2026-11-26T16:00:00+01:00";
    static final String VANDAAG = "2026-11-26";
    static final List<String> HISTORIE = List.of("2026-11-05", "2026-11-12", "2026-11-19");
    /** Every ELKE-th pupil has the history, and crosses 16 hours today. */
    static final int ELKE = 10;
    static final int BSN_BASIS = 60_000_000;
    static final int CLIENTS = 2;

    static void meet() throws Exception {
        int scholen = Math.min(Opties.VERZUIM_SCHOLEN, Opties.VERZUIM);
        int perSchool = Opties.VERZUIM / scholen;
        int leerlingen = perSchool * scholen;
        Rapport.regel("## Verzuimdag: het verzuim van één dag uit het LAS voor " + leerlingen + " leerlingen van " + scholen
                        + " scholen, " + CLIENTS + " clients", "",
                "| database | # | instellingen | meldingen | leerlingen/s | " + Resultaat.kolommen()
                        + " | JDBC-vloer (s) | rijen per leerling | verhouding / vloer |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        ObjectMapper json = new ObjectMapper();
        for (Database db : Opties.DATABASES) {
            int nummer = 0;
            for (Instellingen inst : Opties.volgorde()) {
                nummer++;
                try (var knoop = Knopen.knoop("verzuim", db, Knopen.nieuweDatabase(db, "verzuim-" + inst), inst, KLOK)) {
                    Knopen.richtSchoolIn(knoop);
                    JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
                    // The node's own warm-up (Opties.OPWARMEN_KNOOP): the same day's files of other schools first,
                    // unmeasured, with as many pupils and reports as the measured ones.
                    int warmScholen = Math.min(scholen, (Opties.opwarmenKnoop(leerlingen) + perSchool - 1) / perSchool);
                    List<String> alle = scholen(knoop, warmScholen + scholen);
                    // The template pupil (and a warm-up import of its school: JIT, caches, pool).
                    Meting.driver.upload(knoop, Knopen.csv(1, "V"), 1);
                    int meldingenPerSchool = (perSchool + ELKE - 1) / ELKE;
                    assertThat(zaai(jdbc, alle, perSchool)).isEqualTo(meldingenPerSchool * alle.size());
                    int verwacht = meldingenPerSchool * scholen;
                    Knopen.analyseer(knoop);
                    Meting.driver.postCsv(knoop, List.of(pad(Knopen.SCHOOL)), List.of(KOP + regel(Knopen.SCHOOL,
                            Testdossiers.bsn(30_000_000), "2")), 1);

                    if (warmScholen > 0) {
                        List<String> warm = Meting.driver.postCsv(knoop, paden(alle, 0, warmScholen),
                                bestanden(alle, 0, warmScholen, perSchool), CLIENTS);
                        assertThat(klaargezet(json, warm, perSchool)).as("opwarmen")
                                .isEqualTo(meldingenPerSchool * warmScholen);
                    }
                    List<String> paden = paden(alle, warmScholen, alle.size());
                    List<String> bestanden = bestanden(alle, warmScholen, alle.size(), perSchool);
                    Map<String, Long> voor = Knopen.rijenPerTabel(jdbc, db);
                    Meting meting = Meting.begin(db, List.of(knoop));
                    List<String> antwoorden = Meting.driver.postCsv(knoop, paden, bestanden, CLIENTS);
                    Resultaat r = meting.stop(leerlingen);
                    int klaargezet = klaargezet(json, antwoorden, perSchool);
                    assertThat(klaargezet).as("verzuimmeldingen klaargezet").isEqualTo(verwacht);
                    Map<String, Long> nieuw = Knopen.verschil(voor, Knopen.rijenPerTabel(jdbc, db));
                    int perTransactie = knoop.getEnvironment().getRequiredProperty(
                            "eenplan.verzuim.leerlingen-per-transactie", Integer.class);
                    var vloer = Vloeren.jdbc(knoop, db, nieuw, leerlingen, leerlingen, perTransactie, CLIENTS,
                            warmScholen * perSchool, false);
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, inst.name(), "leerling", r);
                    Rapport.SAMENVATTING.voegToe(SCENARIO, db, Samenvatting.JDBC_VLOER + inst, "leerling", vloer.meting());
                    Rapport.regel("| %s | %d | %s | %d | %.0f | %s | %.1f | %.1f | %.1f |".formatted(db, nummer, inst,
                            klaargezet, leerlingen / r.seconden(), r.cellen(), vloer.meting().seconden(),
                            vloer.rijenPerInstantie(), r.seconden() / vloer.meting().seconden()));
                }
            }
        }
        Rapport.regel("", "Per school one file of the day, one line per pupil; every " + ELKE + "th pupil had 3 × 4 hours "
                + "in the three weeks before and reaches 16 hours today (a report drafted, checked against the generator), "
                + "the others 2 hours. Seeded with plain JDBC (copies of one real dossier), ANALYZE after; the same "
                + "day's files of as many other schools imported unmeasured first (`bench.opwarmen.knoop`). "
                + "The floor writes "
                + "the same new rows with plain JDBC in the same transaction shape. CPU, statements and commits per pupil.", "");
    }

    static final String KOP = "brin;bsn;voornaam;achternaam;geboortedatum;datum;uren;soort\n";

    /** The import paths of schools {@code van} (inclusive) to {@code tot} of {@code brins}. */
    private static List<String> paden(List<String> brins, int van, int tot) {
        return brins.subList(van, tot).stream().map(Verzuimdag::pad).toList();
    }

    /** Today's files of schools {@code van} to {@code tot}; a school's pupils are numbered by its place in the list. */
    private static List<String> bestanden(List<String> brins, int van, int tot, int perSchool) {
        List<String> bestanden = new ArrayList<>();
        for (int s = van; s < tot; s++) {
            bestanden.add(bestand(brins.get(s), s, perSchool));
        }
        return bestanden;
    }

    /** The reports the imports drafted, after checking each file's pupils were found and their days stored. */
    private static int klaargezet(ObjectMapper json, List<String> antwoorden, int perSchool) throws Exception {
        int klaargezet = 0;
        for (String antwoord : antwoorden) {
            JsonNode telling = json.readTree(antwoord);
            assertThat(telling.get("leerlingenGevonden").asInt()).as(antwoord).isEqualTo(perSchool);
            assertThat(telling.get("dagenOpgeslagen").asInt()).as(antwoord).isEqualTo(perSchool);
            klaargezet += telling.get("meldingenKlaargezet").asInt();
        }
        return klaargezet;
    }

    /** The schools, and the bench zorgcoördinator working for each. */
    private static List<String> scholen(ConfigurableApplicationContext knoop, int aantal) {
        List<String> brins = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String brin = "92" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + "0" + i / 676;
            knoop.getBean(SchoolService.class).registreer(new NieuweSchool(brin, "Verzuimschool " + i, "Benchstad",
                    "SWV Bench", Regio.MIDDEN));
            knoop.getBean(Organisaties.class).voegToeAanSchool(Knopen.ZC, brin);
            brins.add(brin);
        }
        return brins;
    }

    /**
     * Copies of the template pupil (the class upload's one, BSN from 30,000,000) for every pupil of every school, and
     * the history of every ELKE-th; answers the number of reports today's files must draft.
     */
    private static int zaai(JdbcTemplate jdbc, List<String> brins, int perSchool) {
        Map<String, Object> leerling = jdbc.queryForMap("select * from leerling where bsn = ?", Testdossiers.bsn(30_000_000));
        Map<String, Object> dossier = jdbc.queryForMap("select * from dossier where leerling_id = ?", leerling.get("id"));
        Map<String, Object> plan = jdbc.queryForMap("select * from plan where dossier_id = ?", dossier.get("id"));
        long leerlingId = jdbc.queryForObject("select max(id) from leerling", Long.class) + 1;
        long dossierId = jdbc.queryForObject("select max(id) from dossier", Long.class) + 1;
        long planId = jdbc.queryForObject("select max(id) from plan", Long.class) + 1;
        int jaar = ((Timestamp) dossier.get("aangemaakt_op")).toInstant().atZone(ZoneId.of("Europe/Amsterdam")).getYear();
        Timestamp nu = Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"));
        List<Object[]> leerlingen = new ArrayList<>();
        List<Object[]> dossiers = new ArrayList<>();
        List<Object[]> plannen = new ArrayList<>();
        List<Object[]> dagen = new ArrayList<>();
        int verwacht = 0;
        for (int s = 0; s < brins.size(); s++) {
            long school = jdbc.queryForObject("select id from school where brin = ?", Long.class, brins.get(s));
            for (int j = 0; j < perSchool; j++) {
                String bsn = bsn(s, perSchool, j);
                leerlingen.add(kopie(leerling, Map.of("id", leerlingId, "bsn", bsn, "school_id", school)));
                dossiers.add(kopie(dossier, Map.of("id", dossierId, "leerling_id", leerlingId, "school_id", school,
                        "open_sleutel", brins.get(s) + "|bsn|" + bsn)));
                plannen.add(kopie(plan, Map.of("id", planId++, "dossier_id", dossierId)));
                if (j % ELKE == 0) {
                    String nummer = String.format("%d-%05d", jaar, dossierId);
                    for (String dag : HISTORIE) {
                        dagen.add(new Object[] {nummer, java.sql.Date.valueOf(dag), new java.math.BigDecimal("4"),
                                "ONGEOORLOOFD", false, Knopen.ZC, nu});
                    }
                    verwacht++;
                }
                leerlingId++;
                dossierId++;
            }
        }
        voegIn(jdbc, "leerling", leerling.keySet(), leerlingen);
        voegIn(jdbc, "dossier", dossier.keySet(), dossiers);
        voegIn(jdbc, "plan", plan.keySet(), plannen);
        voegIn(jdbc, "verzuim_dag", List.of("dossier_nummer", "datum", "uren", "soort", "alle_lessen_gemist",
                "geregistreerd_door", "geregistreerd_op"), dagen);
        return verwacht;
    }

    /** The template row's values in its columns' order, with these columns (lower case) changed. */
    private static Object[] kopie(Map<String, Object> sjabloon, Map<String, Object> anders) {
        return sjabloon.entrySet().stream().map(e -> anders.getOrDefault(e.getKey().toLowerCase(java.util.Locale.ROOT),
                e.getValue())).toArray();
    }

    private static void voegIn(JdbcTemplate jdbc, String tabel, java.util.Collection<String> kolommen, List<Object[]> rijen) {
        String sql = "insert into " + tabel + " (" + String.join(", ", kolommen) + ") values ("
                + String.join(", ", kolommen.stream().map(k -> "?").toList()) + ")";
        for (int i = 0; i < rijen.size(); i += 1000) {
            jdbc.batchUpdate(sql, rijen.subList(i, Math.min(rijen.size(), i + 1000)));
        }
    }

    private static String bsn(int school, int perSchool, int j) {
        return Testdossiers.bsn(BSN_BASIS + school * perSchool + j);
    }

    /** School s's file of today: a line per pupil, 4 hours for those with the history, 2 for the others. */
    private static String bestand(String brin, int s, int perSchool) {
        StringBuilder csv = new StringBuilder(KOP);
        for (int j = 0; j < perSchool; j++) {
            csv.append(regel(brin, bsn(s, perSchool, j), j % ELKE == 0 ? "4" : "2"));
        }
        return csv.toString();
    }

    private static String regel(String brin, String bsn, String uren) {
        return String.join(";", brin, bsn, "V", "B", "2014-05-01", VANDAAG, uren, "ongeoorloofd") + "\n";
    }

    private static String pad(String brin) {
        return "/api/scholen/" + brin + "/verzuim/import";
    }
}
