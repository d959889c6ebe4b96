package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitor on a data set whose true values are known: six pupils of a school in gemeente
 * "Monitorstad" with chosen dates and scores, and cells of three and four pupils that must be suppressed.
 * The figures are read by the gemeente's own user, whose view holds only this school: other tests' schools
 * (which a process owner sees too) cannot change what is suppressed here.
 */
class MonitorIT extends IntegratieTest {

    static final String PERIODE = "periode=2026-2027";

    @Autowired
    Organisaties organisaties;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Monitorwachtrij wachtrij;

    List<String> nummers = new ArrayList<>();
    /** Every test opens six pupils of its own: without BSN, name and birth date make the pupil. */
    static final java.util.concurrent.atomic.AtomicInteger KLAS = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void eenSchoolInMonitorstadMetZesLeerlingen() {
        if (jdbc.queryForObject("select count(*) from school where brin = '95MM00'", Integer.class) == 0) {
            http().als("admin").post("/api/scholen", """
                    {"brin": "95MM00", "naam": "Monitorschool", "gemeente": "Monitorstad",
                     "samenwerkingsverband": "SWV Monitor", "regio": "MIDDEN"}""");
            // The demo zorgcoördinator opens the dossiers there; a gemeente user of Monitorstad reads the figures.
            organisaties.voegToeAanSchool("zorgcoordinator", "95MM00");
            gebruikers.maakAlsNieuw("gemeenteMonitorstad", "Test", "gemeente", "demo", Groepen.GEMEENTE);
            organisaties.voegToeAanOrganisatie("gemeenteMonitorstad", Organisaties.gemeenteGroep("Monitorstad"));
        }
        int klas = KLAS.incrementAndGet();
        for (int i = 0; i < 6; i++) {
            nummers.add(http().als("zorgcoordinator").post("/api/dossiers", """
                    {"leerling": {"voornaam": "M%d", "achternaam": "Monitor%d", "geboortedatum": "2013-01-01",
                      "schoolBrin": "95MM00", "onderwijssoort": "PO", "leerjaar": 8}}""".formatted(i, klas))
                    .json().get("nummer").asText());
        }
    }

    @Test
    void deIndicatorenKloppenMetWatErIn() {
        // Signal to intake: 1 to 6 days → median 3 (nearest rank), 90th percentile 6.
        for (int i = 0; i < 6; i++) {
            Instant gemeld = Instant.parse("2026-09-07T07:00:00Z");
            jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning, "
                            + "signalen_onveiligheid, gemeld_door, gemeld_op, intake_op) values (?, 'LEREN', 'NORMAAL', 'x', false, "
                            + "false, 'mentor', ?, ?)", nummers.get(i), Timestamp.from(gemeld),
                    Timestamp.from(gemeld.plusSeconds(86_400L * (i + 1))));
        }
        // Zorgplicht (issue 23: from the admissions): six written applications on 1 September 2026, the 6 weeks ending
        // on Tuesday 13 October (beslistermijn). Decided on day 30, 30 and exactly 13 October (on the boundary: within);
        // temporarily enrolled on 13 October and decided later (within); decided on 14 October, one day late, within
        // the 10 weeks (to 10 November); term passed undecided. A seventh still runs within its term: not counted.
        LocalDate aanmelding = LocalDate.of(2026, 9, 1);
        LocalDate zesWeken = LocalDate.of(2026, 10, 13);
        Object[][] toelatingen = {
                {aanmelding.plusDays(30), null, null}, {aanmelding.plusDays(30), null, null}, {zesWeken, null, null},
                {zesWeken.plusDays(20), zesWeken, null}, {zesWeken.plusDays(1), null, null},
                {null, null, zesWeken.plusDays(28)}};
        for (int i = 0; i < 7; i++) {
            Object[] t = i < 6 ? toelatingen[i] : new Object[] {null, null, null};
            LocalDate besloten = (LocalDate) t[0];
            jdbc.update("insert into toelating (dossier_nummer, school_brin, bestuursnummer, aanmelding_ontvangen_op, "
                            + "beslistermijn, besloten_op, tijdelijk_ingeschreven_op, termijn_verstreken_op, status, gestart_door, "
                            + "gestart_op, lopend) values (?, '95MM00', '99999', ?, ?, ?, ?, ?, ?, 'test', ?, ?)", nummers.get(i % 6),
                    Date.valueOf(i < 6 ? aanmelding : LocalDate.of(2026, 11, 2)), Date.valueOf(zesWeken),
                    besloten == null ? null : Date.valueOf(besloten), t[1] == null ? null : Date.valueOf((LocalDate) t[1]),
                    t[2] == null ? null : Date.valueOf((LocalDate) t[2]), besloten == null ? "LOPEND" : "TOEGELATEN",
                    Timestamp.from(Instant.parse("2026-09-01T08:00:00Z")), besloten == null ? Boolean.TRUE : null);
        }
        // Arrangements: six requests registered on 1 September; started after 30, 30, 30, 60 and 80 days (the last
        // one still running) and one without place.
        int[] dagen = {30, 30, 30, 60, 80, -1};
        for (int i = 0; i < 6; i++) {
            LocalDate ontvangen = LocalDate.of(2026, 9, 1);
            boolean afgesloten = i < 4;
            jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, registratie_ontvangen_op, startdatum, "
                            + "status, tevredenheid_ouders, afgesloten_op) values (?, ?, ?, ?, ?, ?, ?)", nummers.get(i), "monitor-" + i,
                    Date.valueOf(ontvangen), dagen[i] < 0 ? null : Date.valueOf(ontvangen.plusDays(dagen[i])),
                    dagen[i] < 0 ? "GEEN_PLAATS" : afgesloten ? "AFGESLOTEN" : "LOPEND", afgesloten ? 6 + i : null,
                    afgesloten ? Timestamp.from(Instant.parse("2027-03-01T10:00:00Z")) : null);
        }
        // The closing survey as the parents filled it in themselves (issue #24): the four closed arrangements, four
        // pupils. The school's own entry (tevredenheid_ouders above) is history and does not count.
        for (int i = 0; i < 4; i++) {
            jdbc.update("insert into arrangement_enquete (arrangement_id, dossier_nummer, gever_sleutel, rol, tevredenheid,"
                    + " ervaren_baat, ingevuld_op) select id, dossier_nummer, 'gezin-test:OUDER', 'OUDER', 7, 7, ?"
                    + " from arrangement where proces_instantie_id = ? and dossier_nummer = ?",
                    Timestamp.from(Instant.parse("2027-03-05T10:00:00Z")), "monitor-" + i, nummers.get(i));
        }
        // Six escalations, but of only three pupils: too few to show.
        for (int i = 0; i < 6; i++) {
            jdbc.update("insert into leerplicht_escalatie (dossier_nummer, leerling_naam, geboortedatum, school_brin, school_naam, "
                    + "gemeente, reden, feiten, bron, contactpersoon, status, ontvangen_op, beoordeeld_op, eigenaar) values (?, 'M', ?, "
                    + "'95MM00', 'Monitorschool', 'Monitorstad', 'VERZUIM', 'x', 'test', 'zorgcoordinator', 'IN_BEHANDELING', ?, ?, "
                    + "'95MM00')",
                    nummers.get(i % 3), Date.valueOf("2013-01-01"), Timestamp.from(Instant.parse("2026-10-01T08:00:00Z")),
                    Timestamp.from(Instant.parse("2026-10-03T08:00:00Z")));
        }

        feitenBijwerken();
        JsonNode cijfers = http().als("gemeenteMonitorstad").get("/api/monitor?" + PERIODE + "&per=GEMEENTE").json();
        JsonNode intake = cel(cijfers, "signaalTotIntake");
        assertThat(intake.get("aantal").asInt()).isEqualTo(6);
        assertThat(intake.get("mediaan").asDouble()).isEqualTo(3.0);
        assertThat(intake.get("p90").asDouble()).isEqualTo(6.0);
        assertThat(cel(cijfers, "zorgplichtBinnen6Weken").get("aantal").asInt()).isEqualTo(6);
        assertThat(cel(cijfers, "zorgplichtBinnen6Weken").get("waarde").asDouble()).isEqualTo(4.0 / 6);
        assertThat(cel(cijfers, "zorgplichtBinnen10Weken").get("waarde").asDouble()).isEqualTo(5.0 / 6);
        assertThat(cel(cijfers, "aanvraagTotStartArrangement").get("mediaan").asDouble()).isEqualTo(30.0);
        assertThat(cel(cijfers, "uitval").get("waarde").asDouble()).isEqualTo(1.0 / 6);
        JsonNode tevreden = cel(cijfers, "tevredenheidOuders");
        assertThat(tevreden.get("onderdrukt").asBoolean()).as("4 leerlingen: te weinig").isTrue();
        assertThat(tevreden.has("aantal")).as("ook de aantallen niet").isFalse();
        assertThat(tevreden.has("waarde")).isFalse();
        JsonNode escalaties = cel(cijfers, "escalatieTotBeoordeling");
        assertThat(escalaties.get("onderdrukt").asBoolean()).as("6 escalaties, maar 3 leerlingen").isTrue();
        assertThat(escalaties.has("aantal")).isFalse();
        assertThat(escalaties.has("leerlingen")).isFalse();
        assertThat(escalaties.has("mediaan")).isFalse();

        Http.Antwoord csv = http().als("gemeenteMonitorstad").get("/api/monitor.csv?" + PERIODE + "&per=GEMEENTE");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("indicator;groep;onderdeel;aantal;leerlingen;onderdrukt;waarde;mediaan;p90;eenheid")
                .contains("signaalTotIntake;Monitorstad;;6;6;false;;3.0;6.0;dagen");
    }

    @Test
    void eenMaandTeltAlleenZijnEigenDagen() {
        for (int i = 0; i < 6; i++) {
            // Signalled on 30 September or on 1 October at 00:30 Dutch time (still 30 September in UTC). A school
            // year of its own: the other tests' figures are in 2026-2027.
            Instant gemeld = Instant.parse(i < 5 ? "2025-09-30T10:00:00Z" : "2025-09-30T22:30:00Z");
            jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning, "
                            + "signalen_onveiligheid, gemeld_door, gemeld_op, intake_op) values (?, 'LEREN', 'NORMAAL', 'x', false, "
                            + "false, 'mentor', ?, ?)", nummers.get(i), Timestamp.from(gemeld), Timestamp.from(gemeld.plusSeconds(86_400L)));
        }

        feitenBijwerken();
        JsonNode september = http().als("gemeenteMonitorstad").get("/api/monitor?periode=2025-09&per=GEMEENTE").json();
        assertThat(cel(september, "signaalTotIntake").get("aantal").asInt()).isEqualTo(5);
        JsonNode oktober = http().als("gemeenteMonitorstad").get("/api/monitor?periode=2025-10&per=GEMEENTE").json();
        assertThat(cel(oktober, "signaalTotIntake").get("onderdrukt").asBoolean()).as("1 leerling in oktober").isTrue();
        JsonNode schooljaar = http().als("gemeenteMonitorstad").get("/api/monitor?periode=2025-2026&per=GEMEENTE").json();
        assertThat(cel(schooljaar, "signaalTotIntake").get("aantal").asInt()).isEqualTo(6);
        assertThat(http().als("gemeenteMonitorstad").get("/api/monitor?periode=2024-2025&per=GEMEENTE").json()
                .findValuesAsText("groep")).doesNotContain("Monitorstad");
    }

    @Test
    void alleenVoorWieStuurtEnMetEenGeldigePeriode() {
        assertThat(http().als("zorgcoordinator").get("/api/monitor?" + PERIODE).status()).isEqualTo(403);
        assertThat(http().als("leerplicht").get("/api/monitor?" + PERIODE).status()).isEqualTo(403);
        assertThat(http().als("swv").get("/api/monitor?" + PERIODE).status()).isEqualTo(200);
        // Without a period: the last complete school year.
        assertThat(http().als("procesbeheer").get("/api/monitor").status()).isEqualTo(200);
        assertThat(http().als("procesbeheer").get("/api/monitor.csv?periode=2026-11").headers()
                .firstValue("Content-Disposition").orElseThrow())
                .contains("monitor-2026-11.csv");
        // The dashboard's own paths: the same figures and download, for the same people.
        assertThat(http().als("zorgcoordinator").get("/monitor/cijfers?" + PERIODE).status()).isEqualTo(403);
        assertThat(http().als("zorgcoordinator").get("/monitor/cijfers.csv?" + PERIODE).status()).isEqualTo(403);
        assertThat(http().als("swv").get("/monitor/cijfers?" + PERIODE).body())
                .isEqualTo(http().als("swv").get("/api/monitor?" + PERIODE).body());
        assertThat(http().als("procesbeheer").get("/monitor/cijfers.csv?periode=2026-11").headers()
                .firstValue("Content-Disposition").orElseThrow()).contains("monitor-2026-11.csv");
    }

    @Test
    void vrijeDatumsEnAndereTijdvakkenWordenGeweigerd() {
        // Two free periods that overlap but for one day would isolate that day's cases.
        for (String pad : List.of("/api/monitor?van=2026-08-01&tot=2027-07-31", "/api/monitor.csv?van=2026-08-01&tot=2026-08-02",
                "/api/monitor?periode=2026-2027&van=2026-08-02")) {
            Http.Antwoord antwoord = http().als("procesbeheer").get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(400);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
            assertThat(antwoord.json().at("/fouten/0/veld").asText()).isEqualTo("van");
            assertThat(antwoord.json().at("/fouten/0/melding").asText()).contains("periode", "2026-2027");
        }
        assertThat(http().als("procesbeheer").get("/api/monitor?tot=2027-07-31").json().at("/fouten/0/veld").asText())
                .isEqualTo("tot");
        for (String periode : List.of("2026-13", "2026-00", "2026-2028", "2027-2026", "2026", "2026-11-01", "2026-8",
                "2026-08-01/2027-07-31", "schooljaar", "")) {
            Http.Antwoord antwoord = http().als("procesbeheer").get("/api/monitor?periode=" + periode);
            assertThat(antwoord.status()).as(periode).isEqualTo(400);
            assertThat(antwoord.json().at("/fouten/0/veld").asText()).isEqualTo("periode");
            assertThat(antwoord.json().at("/fouten/0/melding").asText()).contains("Kies een maand", "schooljaar");
        }
    }

    @Test
    void eenArrangementDatMetEenSchoolwisselMeeging_teltEenKeer() {
        // School year 2023-2024 of its own. Six requests registered on 1 September 2023: five started after 30 days,
        // one without place (uitval 1 of 6). The first pupil changed school: the old school's row, marked "voortgezet
        // elders" (V47, nl.eenplan.schoolwissel), is history and counts neither as a started arrangement nor in uitval.
        LocalDate ontvangen = LocalDate.of(2023, 9, 1);
        for (int i = 0; i < 7; i++) {
            boolean geenPlaats = i == 5;
            jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, registratie_ontvangen_op, startdatum, "
                            + "status, voortgezet_elders) values (?, ?, ?, ?, ?, ?)", nummers.get(i % 6), "wissel-" + i,
                    Date.valueOf(ontvangen), geenPlaats ? null : Date.valueOf(ontvangen.plusDays(30)),
                    geenPlaats ? "GEEN_PLAATS" : "LOPEND", i == 6);
        }

        feitenBijwerken();
        JsonNode cijfers = http().als("gemeenteMonitorstad").get("/api/monitor?periode=2023-2024&per=GEMEENTE").json();
        assertThat(cel(cijfers, "uitval").get("aantal").asInt()).isEqualTo(6);
        assertThat(cel(cijfers, "uitval").get("waarde").asDouble()).isEqualTo(1.0 / 6);
        assertThat(cel(cijfers, "aanvraagTotStartArrangement").get("aantal").asInt()).isEqualTo(5);
    }

    /**
     * Issue #23: a table closed as SAMENGEVOEGD (a school change merged the pupil's two open tables into the older one,
     * thuiszitterstafel.ThuiszitterstafelService) is the kept table's history, not a thuiszitter of its own: it counts in
     * neither thuiszitter figure. School year 2022-2023 of its own: six pupils, each with a table back at school within
     * 12 weeks; the first pupil's second table, from the old school, was merged (closed without a return). Counted, it
     * would make 7 tables, of which 6 back within 12 weeks.
     */
    @Test
    void eenSamengevoegdeThuiszitterstafelTeltNietMee() {
        LocalDate thuisSinds = LocalDate.of(2022, 10, 3);
        for (int i = 0; i < 7; i++) {
            boolean samengevoegd = i == 6;
            jdbc.update("insert into thuiszitterstafel (dossier_nummer, school_brin, eigenaar, routering, behandelaar, "
                            + "bron, gemeld_op, thuis_sinds, teruggekeerd_op, status, uitkomst, afgesloten_op) "
                            + "values (?, '95MM00', 'Monitorstad', 'WOONGEMEENTE', 'leerplicht', 'SCHOOL', ?, ?, ?, "
                            + "'AFGESLOTEN', ?, ?)", nummers.get(i % 6),
                    Timestamp.from(thuisSinds.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                    Date.valueOf(thuisSinds), samengevoegd ? null : Date.valueOf(thuisSinds.plusWeeks(6)),
                    samengevoegd ? "SAMENGEVOEGD" : "TERUG_OP_SCHOOL",
                    Timestamp.from(thuisSinds.plusWeeks(samengevoegd ? 2 : 6).atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()));
        }

        feitenBijwerken();
        JsonNode cijfers = http().als("gemeenteMonitorstad").get("/api/monitor?periode=2022-2023&per=GEMEENTE").json();
        assertThat(cel(cijfers, "thuiszitters").get("aantal").asInt()).as(cijfers.toString()).isEqualTo(6);
        assertThat(cel(cijfers, "thuiszittersTerugBinnen12Weken").get("aantal").asInt()).as(cijfers.toString())
                .isEqualTo(6);
        assertThat(cel(cijfers, "thuiszittersTerugBinnen12Weken").get("waarde").asDouble()).isEqualTo(1.0);
    }

    /**
     * The rows above are written with JDBC, past the outbox's listener: their dossiers go into the outbox by hand, and
     * the worker rebuilds them (a read would too: eenplan.monitor.feiten.bij-lezen in the tests).
     */
    private void feitenBijwerken() {
        wachtrij.zet(nummers.stream().map(DirecteBron::dossierId).toList());
        wachtrij.verwerkAlles();
    }

    private static JsonNode cel(JsonNode cijfers, String indicator) {
        for (JsonNode c : cijfers) {
            if (c.get("indicator").asText().equals(indicator) && c.get("groep").asText().equals("Monitorstad")) {
                return c;
            }
        }
        throw new AssertionError("geen " + indicator + " voor Monitorstad in " + cijfers);
    }
}
