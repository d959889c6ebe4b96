package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Statementteller;
import nl.eenplan.Testdossiers;
import nl.eenplan.TweedeGemeente;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.verzuim.proces.VerzuimVariabelen;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily absence import reads a block of pupils at once (issue #25): one query per table for the block instead of
 * every pupil's days, reports and signals two or three times. Same outcome: two schools get the same generated pupils
 * with the same varied histories; school A's file goes through the import over HTTP, school B's (the same file) through
 * the import as it was before, pupil by pupil ({@link VerzuimImportPerLeerling}, the oracle). Per pupil the database
 * must then hold the same days, reports (kind, period, hours, status, why late) and thuiszitter signals, and both
 * answers must be the same. The statements per pupil are counted for both (counts, not time: the machine is shared).
 * <p>
 * Histories (Leerplichtwet 1969 art. 21a, 16 uur in 4 lesweken; test clock Saturday 28 November 2026): 16 hours
 * reached exactly in the file, 12 before and 4 in the file (exactly 16), 15 hours (just below) plus a luxe day, leave
 * (art. 14), illness (art. 11 onder d), an exemption (art. 5), 20 whole days before and more in the file (thuiszitter,
 * LRV), late in the LAS (why late), a changed day inside a report already made, a line with a mistake, a BSN of
 * another child, a pupil without BSN (name and birth date); and lines for a pupil without a dossier and for a pupil of
 * another school, who is not touched.
 */
@Productiehistorie
class VerzuimImportGelijkIT extends IntegratieTest {

    static final String KOP = "brin;bsn;voornaam;achternaam;geboortedatum;datum;lesuur;uren;soort;heledag;"
            + "registratiedatum\n";
    static final String GEBRUIKER = "zcVerzuimdag";
    /** Pupils per school: more than one block of the import (eenplan.verzuim.leerlingen-per-transactie, 50). */
    static final int LEERLINGEN = 72;
    static final int PROFIELEN = 12;
    static final String[] WEEK_3 = {"2026-11-16", "2026-11-17", "2026-11-18"};
    static final String[] DEZE_WEEK = {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"};

    @Autowired
    SchoolService scholen;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    VerzuimService verzuim;
    @Autowired
    VerzuimdagRepository dagen;
    @Autowired
    VerzuimmeldingRepository meldingen;
    @Autowired
    DossierService dossiers;
    @Autowired
    Toegang toegang;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    /** The BSNs of this class's pupils (another range for the PostgreSQL twin: separate schools, fresh pupils). */
    int bsnBasis() {
        return 910_000;
    }

    /** The two schools (A: the new import, B: the oracle), in Utrecht like the demo school. */
    String[] scholen() {
        return new String[] {"91VD01", "91VD02"};
    }

    @Test
    void hetBlokLaatDezelfdeStandAchterAlsPerLeerling_enKostMinderStatements() throws Exception {
        String a = scholen()[0];
        String b = scholen()[1];
        richtIn(a, b);
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        // A pupil of another school (Amersfoort) whose BSN is in school A's file: never touched.
        String vreemdBsn = Testdossiers.bsn(bsnBasis() + 900);
        Http.Antwoord vreemd = http().als("zorgcoordinatorAmersfoort").post("/api/dossiers",
                Testdossiers.metBsn(vreemdBsn).replace("99ZZ00", TweedeGemeente.SCHOOL));
        assertThat(vreemd.status()).as(vreemd.body()).isEqualTo(201);
        String vreemdNummer = vreemd.json().get("nummer").asText();

        List<String> nummersA = new ArrayList<>();
        List<String> nummersB = new ArrayList<>();
        for (int i = 0; i < LEERLINGEN; i++) {
            nummersA.add(leerlingMetHistorie(a, i));
            nummersB.add(leerlingMetHistorie(b, i));
        }
        String bestandA = bestand(a, vreemdBsn);
        String bestandB = bestand(b, vreemdBsn);

        // Warm-up outside the count (caches of school, calendar, users): an import of a file without known pupils.
        school().postCsv(pad(a), KOP + a + ";" + Testdossiers.bsn(bsnBasis() + 950) + ";Sam;Jansen;2-3-2014;"
                + "2026-11-23;;1;ongeoorloofd;;\n");

        Statementteller.opnieuw("http-nio");
        Http.Antwoord antwoordA = school().postCsv(pad(a), bestandA);
        Statementteller.Telling nieuw = Statementteller.telling();
        assertThat(antwoordA.status()).as(antwoordA.body()).isEqualTo(400);

        VerzuimImportPerLeerling oud = new VerzuimImportPerLeerling(verzuim, dagen, meldingen, dossiers, scholen,
                toegang, transactie, clock);
        Statementteller.opnieuw(Thread.currentThread().getName());
        VerzuimImportPerLeerling.Resultaat resultaatB = oud.importeer(b,
                new ByteArrayInputStream(bestandB.getBytes(StandardCharsets.UTF_8)), GEBRUIKER);
        Statementteller.Telling perLeerling = Statementteller.telling();

        double statementsNieuw = nieuw.statements() / (double) LEERLINGEN;
        double statementsOud = perLeerling.statements() / (double) LEERLINGEN;
        System.out.printf("Verzuimimport per leerling: %.2f statements (%.2f rondreizen) in blokken, %.2f (%.2f) per "
                        + "leerling%n", statementsNieuw, nieuw.rondreizen() / (double) LEERLINGEN, statementsOud,
                perLeerling.rondreizen() / (double) LEERLINGEN);
        // The same answer (ids of new reports and of reports named in a mistake differ per school; the counts not).
        JsonNode verwacht = zonderIds(json.readTree(json.writeValueAsString(resultaatB)), b);
        JsonNode gekregen = zonderIds(antwoordA.json(), a);
        for (String veld : List.of("regelsGelezen", "leerlingenGevonden", "leerlingenZonderDossier",
                "leerlingenNietOpgeslagen", "dagenOpgeslagen", "dagenOngewijzigd", "regelsGeoorloofd", "regelsDubbel",
                "meldingenKlaargezet", "meldingenTeLaat", "aantalFouten", "nieuweMeldingen", "fouten")) {
            assertThat(gekregen.get(veld).toString()).as(veld).isEqualTo(verwacht.get(veld).toString());
        }
        assertThat(gekregen.get("meldingenKlaargezet").asInt()).as("meldingen klaargezet").isGreaterThan(20);
        assertThat(gekregen.get("aantalFouten").asInt()).as("fouten").isGreaterThan(10);

        // The same state per pupil.
        for (int i = 0; i < LEERLINGEN; i++) {
            assertThat(stand(nummersA.get(i))).as("leerling %d (profiel %d)", i, i % PROFIELEN)
                    .isEqualTo(stand(nummersB.get(i)));
        }
        // Every kind of outcome happened (else the comparison proves little).
        assertThat(jdbc.queryForObject("select count(*) from thuiszitter where dossier_nummer in ("
                + String.join(",", nummersA.stream().map(n -> "'" + n + "'").toList()) + ")", Integer.class))
                .as("thuiszittersignalen").isGreaterThan(0);
        assertThat(jdbc.queryForObject("select count(*) from verzuimmelding where te_laat_oorzaak is not null and "
                + "dossier_nummer in (" + String.join(",", nummersA.stream().map(n -> "'" + n + "'").toList()) + ")",
                Integer.class)).as("te late meldingen").isGreaterThan(0);
        // The other school's pupil named in the file: nothing of it stored.
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Integer.class,
                vreemdNummer)).isZero();

        // Half of these pupils get a report (its process start costs the same both ways): fewer all the same.
        assertThat(statementsNieuw).as("statements per leerling in blokken").isLessThan(statementsOud * 0.8);
    }

    /**
     * A usual day: most pupils absent an hour or two, no report. Then what the import itself costs per pupil shows:
     * pupil by pupil it read the dossier, the pupil's days, reports and signals two or three times and the calendar
     * each time; in blocks one query per table per block, and the day's insert. Measured on H2: 22.0 statements per
     * pupil before, 2.4 in blocks of 50; the days' inserts of a block go in one JDBC batch (ids from a sequence, V78):
     * 0.5 round trips per pupil (1.4 when each day was an insert of its own). With half the pupils drafting a report
     * (the test above) 48.3 and 32.6 statements, the report's process start being the same both ways.
     */
    @Test
    void eenGewoneDag_kostPerLeerlingEenFractieVanDeStatements() {
        String a = scholen()[0];
        String b = scholen()[1];
        richtIn(a, b);
        int n = 60;
        StringBuilder bestandA = new StringBuilder(KOP);
        StringBuilder bestandB = new StringBuilder(KOP);
        for (int i = 0; i < n; i++) {
            String bsnA = Testdossiers.bsn(bsnBasis() + 1000 + i);
            String bsnB = Testdossiers.bsn(bsnBasis() + 1100 + i);
            dossier(a, bsnA, "Gewoon" + i, true);
            dossier(b, bsnB, "Gewoon" + i, true);
            bestandA.append(regel(a, bsnA, "Sam", "Gewoon" + i, "2026-11-27", "2", "ongeoorloofd", "", ""));
            bestandB.append(regel(b, bsnB, "Sam", "Gewoon" + i, "2026-11-27", "2", "ongeoorloofd", "", ""));
        }
        school().postCsv(pad(a), KOP + a + ";" + Testdossiers.bsn(bsnBasis() + 951) + ";Sam;Jansen;2-3-2014;"
                + "2026-11-23;;1;ongeoorloofd;;\n");

        Statementteller.opnieuw("http-nio");
        Http.Antwoord antwoord = school().postCsv(pad(a), bestandA.toString());
        Statementteller.Telling nieuw = Statementteller.telling();
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().get("dagenOpgeslagen").asInt()).isEqualTo(n);

        VerzuimImportPerLeerling oud = new VerzuimImportPerLeerling(verzuim, dagen, meldingen, dossiers, scholen,
                toegang, transactie, clock);
        Statementteller.opnieuw(Thread.currentThread().getName());
        assertThat(oud.importeer(b, new ByteArrayInputStream(bestandB.toString().getBytes(StandardCharsets.UTF_8)),
                GEBRUIKER).dagenOpgeslagen()).isEqualTo(n);
        Statementteller.Telling perLeerling = Statementteller.telling();

        double statementsNieuw = nieuw.statements() / (double) n;
        double statementsOud = perLeerling.statements() / (double) n;
        System.out.printf("Verzuimimport, gewone dag, per leerling: %.2f statements (%.2f rondreizen) in blokken, "
                        + "%.2f (%.2f) per leerling%n", statementsNieuw, nieuw.rondreizen() / (double) n, statementsOud,
                perLeerling.rondreizen() / (double) n);
        assertThat(statementsNieuw).as("statements per leerling in blokken").isLessThan(MAX_STATEMENTS);
        assertThat(statementsNieuw).as("een fractie van per leerling").isLessThan(statementsOud / 4);
        assertThat(nieuw.rondreizen() / (double) n).as("rondreizen per leerling: de dagen van een blok in één batch (V78)")
                .isLessThan(MAX_RONDREIZEN);
    }

    /**
     * All or nothing per pupil inside a block: when storing one pupil fails in the database (here a check the test adds
     * for a moment, standing in for a concurrent registration or any database error), the block is rolled back and
     * redone pupil by pupil; only that pupil is not stored, named on its line, the others are.
     */
    @Test
    void eenLeerlingDieInHetBlokFaalt_kostAlleenZichzelf() {
        String a = scholen()[0];
        richtIn(a, scholen()[1]);
        List<String> nummers = new ArrayList<>();
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < 3; i++) {
            String bsn = Testdossiers.bsn(bsnBasis() + 1200 + i);
            nummers.add(dossier(a, bsn, "Blok" + i, true));
            csv.append(regel(a, bsn, "Sam", "Blok" + i, "2026-11-27", i == 1 ? "5,55" : "2", "ongeoorloofd", "", ""));
        }
        jdbc.execute("alter table verzuim_dag add constraint verzuim_dag_test_blok check (uren <> 5.55)");
        Http.Antwoord antwoord;
        try {
            antwoord = school().postCsv(pad(a), csv.toString());
        } finally {
            jdbc.execute("alter table verzuim_dag drop constraint verzuim_dag_test_blok");
        }
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().get("dagenOpgeslagen").asInt()).isEqualTo(2);
        assertThat(antwoord.json().get("leerlingenNietOpgeslagen").asInt()).isEqualTo(1);
        assertThat(antwoord.json().get("fouten")).singleElement().satisfies(f -> {
            assertThat(f.get("regel").asInt()).isEqualTo(3);
            assertThat(f.get("melding").asText()).startsWith("Deze leerling is niet opgeslagen");
        });
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Integer.class,
                    nummers.get(i))).as("leerling " + i).isEqualTo(i == 1 ? 0 : 1);
        }
    }

    /**
     * A failure that is not the database's (here the engine refusing to start the report's process: the process
     * definition is suspended for a moment) costs only that pupil too: the block is redone pupil by pupil, the pupil
     * whose 20 hours call for a report is named on its first line with a message for the school, the others are stored,
     * and nothing of that pupil is half written (no day, no report).
     */
    @Test
    void eenLeerlingDieHetProcesNietKanStarten_kostAlleenZichzelf() {
        String a = scholen()[0];
        richtIn(a, scholen()[1]);
        List<String> nummers = new ArrayList<>();
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < 3; i++) {
            String bsn = Testdossiers.bsn(bsnBasis() + 1300 + i);
            nummers.add(dossier(a, bsn, "Proces" + i, true));
            for (String dag : i == 1 ? List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27")
                    : List.of("2026-11-27")) {
                csv.append(regel(a, bsn, "Sam", "Proces" + i, dag, i == 1 ? "4" : "2", "ongeoorloofd", "", ""));
            }
        }
        repositoryService.suspendProcessDefinitionByKey(VerzuimVariabelen.PROCES);
        Http.Antwoord antwoord;
        try {
            antwoord = school().postCsv(pad(a), csv.toString());
        } finally {
            repositoryService.activateProcessDefinitionByKey(VerzuimVariabelen.PROCES);
        }
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().get("leerlingenNietOpgeslagen").asInt()).isEqualTo(1);
        assertThat(antwoord.json().get("dagenOpgeslagen").asInt()).isEqualTo(2);
        assertThat(antwoord.json().get("fouten")).singleElement().satisfies(f -> {
            assertThat(f.get("regel").asInt()).isEqualTo(3);
            assertThat(f.get("melding").asText()).startsWith("Deze leerling is niet opgeslagen: er ging iets mis in EenPlan");
        });
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Integer.class,
                    nummers.get(i))).as("dagen van leerling " + i).isEqualTo(i == 1 ? 0 : 1);
        }
        assertThat(jdbc.queryForObject("select count(*) from verzuimmelding where dossier_nummer = ?", Integer.class,
                nummers.get(1))).as("geen halve melding").isZero();
    }

    /** Statements per pupil of the block path on a usual day, with a little headroom over what was measured. */
    static final double MAX_STATEMENTS = 4.0;

    /** Round trips per pupil of the block path on a usual day (0.5 measured), under one: the days are batched. */
    static final double MAX_RONDREIZEN = 0.75;

    @Test
    void eenGebruikerVanEenAndereSchoolWordtGeweigerd_enErWordtNietsGeschreven() {
        String a = scholen()[0];
        richtIn(a, scholen()[1]);
        TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        String bsn = Testdossiers.bsn(bsnBasis() + 800);
        String nummer = dossier(a, bsn, "Jansen", true);
        String csv = KOP + regel(a, bsn, "Sam", "Jansen", "2026-11-23", "4", "ongeoorloofd", "", "");
        Http.Antwoord aanval = http().als("zorgcoordinatorAmersfoort").postCsv(pad(a), csv);
        assertThat(aanval.status()).isEqualTo(403);
        assertThat(aanval.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Integer.class,
                nummer)).isZero();
        // The school's own zorgcoördinator may.
        assertThat(school().postCsv(pad(a), csv).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from verzuim_dag where dossier_nummer = ?", Integer.class,
                nummer)).isEqualTo(1);
    }

    private void richtIn(String a, String b) {
        for (String brin : List.of(a, b)) {
            if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(brin))) {
                scholen.registreer(new NieuweSchool(brin, "School " + brin + " (test)", "Utrecht",
                        "SWV Passend Onderwijs Utrecht (demo)", Regio.MIDDEN, "GM0344"));
            }
        }
        gebruikers.maakAlsNieuw(GEBRUIKER, "Test", "Verzuimdag", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool(GEBRUIKER, a);
        organisaties.voegToeAanSchool(GEBRUIKER, b);
    }

    /** Pupil {@code i} of school {@code brin}, with the history of its profile ({@code i % PROFIELEN}). */
    private String leerlingMetHistorie(String brin, int i) {
        int profiel = i % PROFIELEN;
        String nummer = dossier(brin, bsn(brin, i), achternaam(i), profiel != 11);
        switch (profiel) {
            case 1, 2 -> registreer(nummer, dagen(WEEK_3, "4", false));
            case 3 -> {
                registreer(nummer, dagen(WEEK_3, "4", false));
                post("/api/dossiers/" + nummer + "/verlof", school(), """
                        {"soort": "GEWICHTIGE_OMSTANDIGHEDEN", "van": "2026-11-23", "tot": "2026-11-24",
                         "beslotenDoor": "HOOFD", "besluitDatum": "2026-11-20"}
                        """);
            }
            case 4 -> post("/api/dossiers/" + nummer + "/ziekmeldingen", school(), """
                    {"van": "2026-11-23"}
                    """);
            case 5 -> post("/api/dossiers/" + nummer + "/vrijstellingen", http().als("leerplicht"), """
                    {"grond": "ART_5_A", "van": "2026-11-16", "verleendDoor": "LEERPLICHTAMBTENAAR",
                     "besluitDatum": "2026-11-10"}
                    """);
            case 6 -> {
                // 20 school days, every lesson missed: one day short of more than 4 lesweken.
                List<String> hele = new ArrayList<>();
                for (java.time.LocalDate d = java.time.LocalDate.of(2026, 10, 26);
                     d.isBefore(java.time.LocalDate.of(2026, 11, 21)); d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5) {
                        hele.add(d.toString());
                    }
                }
                registreer(nummer, dagen(hele.toArray(String[]::new), "6", true));
            }
            case 8 -> registreer(nummer, dagen(new String[] {"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"},
                    "4", false));
            default -> {
            }
        }
        return nummer;
    }

    /** The same file for either school: each pupil's lines by profile, and the lines of pupils that are not theirs. */
    private String bestand(String brin, String vreemdBsn) {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < LEERLINGEN; i++) {
            String bsn = bsn(brin, i);
            String naam = achternaam(i);
            switch (i % PROFIELEN) {
                case 0 -> {
                    // Per lesuur on the first day, per day after: 16 hours exactly on Thursday.
                    for (int uur = 1; uur <= 4; uur++) {
                        csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[0], "", "ongeoorloofd", "", "")
                                .replaceFirst(";;ongeoorloofd", ";" + uur + ";;ongeoorloofd"));
                    }
                    for (int d = 1; d < 4; d++) {
                        csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[d], "4", "ongeoorloofd", "", DEZE_WEEK[d]));
                    }
                }
                case 1 -> csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[0], "4", "ongeoorloofd", "", ""));
                case 2 -> {
                    csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[0], "3", "ongeoorloofd", "", ""));
                    csv.append(regel(brin, bsn, "Sam", naam, "2026-11-27", "2", "luxe", "", ""));
                }
                case 3, 4, 5 -> {
                    for (String dag : DEZE_WEEK) {
                        csv.append(regel(brin, bsn, "Sam", naam, dag, "4", "ongeoorloofd", "", ""));
                    }
                }
                case 6 -> {
                    for (String dag : DEZE_WEEK) {
                        csv.append(regel(brin, bsn, "Sam", naam, dag, "6", "ongeoorloofd", "ja", ""));
                    }
                }
                case 7 -> {
                    for (String dag : List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05")) {
                        csv.append(regel(brin, bsn, "Sam", naam, dag, "4", "ongeoorloofd", "", "2026-11-13"));
                    }
                }
                case 8 -> {
                    // A changed day inside the report the history drafted, and a new day.
                    csv.append(regel(brin, bsn, "Sam", naam, "2026-11-17", "3", "ongeoorloofd", "", ""));
                    csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[1], "2", "ongeoorloofd", "", ""));
                }
                case 9 -> {
                    csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[0], "4", "ongeoorloofd", "", ""));
                    csv.append(regel(brin, bsn, "Sam", naam, DEZE_WEEK[1], "vier", "ongeoorloofd", "", ""));
                }
                case 10 -> csv.append(regel(brin, bsn, "Sam", "Anders", DEZE_WEEK[0], "4", "ongeoorloofd", "", ""));
                case 11 -> {
                    for (String dag : DEZE_WEEK) {
                        csv.append(regel(brin, "", "Sam" + i, naam, dag, "4", "ongeoorloofd", "", ""));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        csv.append(regel(brin, Testdossiers.bsn(bsnBasis() + 901), "Sam", "Jansen", DEZE_WEEK[0], "4", "ongeoorloofd",
                "", ""));
        csv.append(regel(brin, vreemdBsn, "Sam", "Jansen", DEZE_WEEK[0], "4", "ongeoorloofd", "", ""));
        csv.append(regel("99ZZ00", bsn(brin, 0), "Sam", achternaam(0), DEZE_WEEK[0], "4", "ongeoorloofd", "", ""));
        return csv.toString();
    }

    /** Pupil {@code i}'s BSN at this school: another child at each school (a BSN at two schools is a school change). */
    private String bsn(String brin, int i) {
        return Testdossiers.bsn(bsnBasis() + (brin.equals(scholen()[0]) ? 0 : 400) + i);
    }

    private static String achternaam(int i) {
        return "Jansen" + i;
    }

    private String dossier(String brin, String bsn, String achternaam, boolean metBsn) {
        String body = Testdossiers.metBsn(bsn).replace("99ZZ00", brin).replace("\"Jansen\"", "\"" + achternaam + "\"");
        if (!metBsn) {
            body = body.replace("\"bsn\": \"" + bsn + "\", ", "").replace("\"voornaam\": \"Sam\"",
                    "\"voornaam\": \"Sam" + achternaam.substring("Jansen".length()) + "\"");
        }
        Http.Antwoord d = school().post("/api/dossiers", body);
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return d.json().get("nummer").asText();
    }

    private void registreer(String nummer, String dagenJson) {
        post("/api/dossiers/" + nummer + "/verzuim", school(), dagenJson);
    }

    private static void post(String pad, Http als, String body) {
        Http.Antwoord antwoord = als.post(pad, body);
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body()).isEqualTo(201);
    }

    private static String dagen(String[] datums, String uren, boolean heleDag) {
        List<String> dagen = new ArrayList<>();
        for (String d : datums) {
            dagen.add("{\"datum\": \"" + d + "\", \"uren\": " + uren + ", \"alleLessenGemist\": " + heleDag + "}");
        }
        return "{\"dagen\": [" + String.join(", ", dagen) + "]}";
    }

    private static String regel(String brin, String bsn, String voornaam, String achternaam, String datum, String uren,
                                String soort, String heleDag, String registratiedatum) {
        return String.join(";", brin, bsn, voornaam, achternaam, "2-3-2014", datum, "", uren, soort, heleDag,
                registratiedatum) + "\n";
    }

    /** A pupil's absence as the database holds it, without ids, times and who: what must be equal for both schools. */
    private List<List<Map<String, Object>>> stand(String nummer) {
        return List.of(
                jdbc.queryForList("select datum, uren, soort, alle_lessen_gemist, geregistreerd_door from verzuim_dag "
                        + "where dossier_nummer = ? order by datum", nummer),
                jdbc.queryForList("select soort, startdatum, einddatum, uren, alle_lessen_gemist, status, te_laat, "
                        + "te_laat_oorzaak, uureenheid, versturen_voor from verzuimmelding where dossier_nummer = ? "
                        + "order by id", nummer),
                jdbc.queryForList("select sinds, tot, bron, vastgesteld_op from thuiszitter where dossier_nummer = ? "
                        + "order by sinds", nummer));
    }

    /** The answer with the school's BRIN and the ids of reports left out (they differ per school). */
    private static JsonNode zonderIds(JsonNode antwoord, String brin) {
        ObjectNode kopie = antwoord.deepCopy();
        kopie.put("nieuweMeldingen", antwoord.get("nieuweMeldingen").size());
        String fouten = antwoord.get("fouten").toString().replace(brin, "BRIN")
                .replaceAll("verzuimmelding \\d+", "verzuimmelding N");
        try {
            kopie.set("fouten", new ObjectMapper().readTree(fouten));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return kopie;
    }

    private static String pad(String brin) {
        return "/api/scholen/" + brin + "/verzuim/import";
    }

    private Http school() {
        return http().als(GEBRUIKER);
    }
}
