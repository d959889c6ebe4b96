package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Tijd;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #25 (S5): the monitor's facts are kept as work happens. Work done through EenPlan's own API puts the dossier
 * in the outbox in the same transaction, the worker turns it into facts; work that rolls back leaves nothing; a
 * dossier past its retention takes its facts along.
 */
class MonitorFeitenSchrijfIT extends IntegratieTest {

    @Autowired
    Monitorwachtrij wachtrij;
    @Autowired
    Monitorcellen cellen;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    DossierService dossiers;
    @Autowired
    Voorbeeldregio regio;
    @Autowired
    nl.eenplan.security.GebruikerService gebruikers;
    @Autowired
    nl.eenplan.organisatie.Gemeenten gemeenten;
    @Autowired
    MonitorService monitor;
    @Autowired
    DirecteBron direct;
    @Autowired
    Celtabel celtabel;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void eenIntakeEnEenHandelingsplanWordenFeiten() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        wachtrij.verwerkAlles();
        assertThat(http().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", Testdossiers.AANMELDING).status())
                .isEqualTo(201);
        assertThat(inWachtrij(id)).as("de aanmelding zet het dossier in de wachtrij").isPositive();
        wachtrij.verwerkAlles();
        assertThat(inWachtrij(id)).isZero();
        assertThat(feiten(id)).as("nog geen intake: geen feit").isEmpty();

        // The intake is a task with a deadline: done through /api/taken, the referral gets its intake (JPA) and the
        // step its row (StapTermijnen, JDBC).
        assertThat(http().als("zorgcoordinator").post(voltooi(taakVan(nummer, "intake")), """
                {"verslag": "Leerachterstand rekenen.", "gesprekOudersGevoerd": true, "gesprekLeerlingGevoerd": true,
                 "signalenOnveiligheid": false}""").status()).isEqualTo(204);
        assertThat(inWachtrij(id)).isPositive();
        wachtrij.verwerkAlles();
        List<Map<String, Object>> feiten = feiten(id);
        assertThat(feiten).extracting(f -> f.get("indicator")).contains("signaalTotIntake", "termijnGehaald");
        Map<String, Object> termijn = feiten.stream().filter(f -> f.get("indicator").equals("termijnGehaald")).findFirst()
                .orElseThrow();
        assertThat(termijn.get("onderdeel")).isEqualTo("aanmelding: Intakegesprek voeren");
        assertThat(((Number) termijn.get("ja")).intValue()).as("op dezelfde dag gedaan: op tijd").isEqualTo(1);
        assertThat(termijn.get("peildag").toString()).isNotNull();
        assertThat(feiten).extracting(f -> f.get("indicator")).doesNotContain("intakeTotPlan");

        // The plan's goals (JPA entity Doel, through its plan's dossier): the first goal after the intake.
        assertThat(http().als("zorgcoordinator").post(voltooi(taakVan(nummer, "toestemmingVragen")), "{\"gegeven\": []}")
                .status()).isEqualTo(204);
        assertThat(http().als("zorgcoordinator").post(voltooi(taakVan(nummer, "handelingsplan")),
                "{\"doelen\": [\"Tafels tot 10 automatiseren\"]}").status()).isEqualTo(204);
        wachtrij.verwerkAlles();
        assertThat(feiten(id)).extracting(f -> f.get("indicator")).contains("intakeTotPlan");
        // Rebuilding again gives the same rows: a dossier's facts are replaced as a whole.
        int aantal = feiten(id).size();
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        assertThat(feiten(id)).hasSize(aantal);
        assertThat(cel("signaalTotIntake", id)).as("de cel van school en maand telt het dossier").isPositive();
        cellenKloppen();
    }

    /**
     * Issue #25 (V88): a thuiszitter table still open is kept as a step in its school's row of the month (a row without
     * cells: nothing else of the school that month), counted from the day after its 12 weeks, as the direct computation
     * counts it; decided, its step gives way to a cell; removed, the month's row goes.
     */
    @Test
    void eenOpenZaakStaatAlsStapInDeRijTotZeBeslistIsOfVerdwijnt() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        wachtrij.verwerkAlles();
        Map<String, Object> school = jdbc.queryForMap("select s.id, s.brin from dossier d join leerling l on"
                + " l.id = d.leerling_id join school s on s.id = l.school_id where d.id = ?", id);
        String brin = (String) school.get("brin");
        LocalDate thuis = LocalDate.of(2031, 3, 3);
        jdbc.update("insert into thuiszitterstafel (dossier_nummer, school_brin, eigenaar, routering, behandelaar,"
                + " bron, gemeld_op, thuis_sinds, escalaties, status) values (?, ?, ?, 'SCHOOL', 'leerplicht',"
                + " 'VERZUIMSIGNAAL', ?, ?, 0, 'PLAN')", nummer, brin, brin,
                Timestamp.from(thuis.atTime(9, 0).atZone(Tijd.NL).toInstant()), java.sql.Date.valueOf(thuis));
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();

        Instant neeVanaf = jdbc.queryForObject("select nee_vanaf from monitor_feit where dossier_id = ?"
                + " and indicator = ?", Timestamp.class, id, Monitorfeiten.TERUG_BINNEN).toInstant();
        assertThat(neeVanaf).isEqualTo(thuis.plusDays(85).atStartOfDay(Tijd.NL).toInstant());
        MapSqlParameterSource maart = new MapSqlParameterSource("school", school.get("id"))
                .addValue("periode", "2031-03");
        Map<String, Object> rij = named.queryForMap("select cellen, open_aandelen from monitor_schoolperiode"
                + " where school_id = :school and periode = :periode", maart);
        List<Schoolperioden.Schoolcel> cellen = new java.util.ArrayList<>();
        Schoolperioden.lees((byte[]) rij.get("cellen"), cellen::add);
        assertThat(cellen).as("geen cellen in die maand").isEmpty();
        assertThat(OpenAandelen.lees((byte[]) rij.get("open_aandelen"))).containsExactly(new OpenAandelen.Cel(
                Monitorfeiten.TERUG_BINNEN, null, List.of(new OpenAandelen.Stap(OpenAandelen.micros(neeVanaf), 1, 1))));
        Toegang.Zicht zicht = new Toegang.Zicht(false, Set.of(brin));
        for (Instant nu : List.of(neeVanaf.minusSeconds(1), neeVanaf)) {
            for (Periode periode : List.of(Periode.maand(java.time.YearMonth.of(2031, 3)), Periode.schooljaar(2030))) {
                assertThat(monitor.indicatoren(periode, Indeling.SCHOOL, zicht, nu, celtabel))
                        .as("%s om %s", periode, nu)
                        .isEqualTo(monitor.indicatoren(periode, Indeling.SCHOOL, zicht, nu, direct));
            }
        }
        cellenKloppen();

        // Decided: back at school within the 12 weeks. A cell of the month, no step.
        jdbc.update("update thuiszitterstafel set status = 'AFGESLOTEN', uitkomst = 'TERUG_OP_SCHOOL',"
                + " teruggekeerd_op = ?, afgesloten_op = ? where dossier_nummer = ?",
                java.sql.Date.valueOf(thuis.plusDays(20)),
                Timestamp.from(thuis.plusDays(20).atTime(15, 0).atZone(Tijd.NL).toInstant()), nummer);
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        rij = named.queryForMap("select cellen, open_aandelen from monitor_schoolperiode"
                + " where school_id = :school and periode = :periode", maart);
        cellen.clear();
        Schoolperioden.lees((byte[]) rij.get("cellen"), cellen::add);
        assertThat(cellen).extracting(Schoolperioden.Schoolcel::indicator).contains(Monitorfeiten.TERUG_BINNEN);
        assertThat(OpenAandelen.lees((byte[]) rij.get("open_aandelen"))).as("beslist: geen stap meer").isEmpty();
        cellenKloppen();

        // Gone (the table removed): the month has nothing left, and no row.
        jdbc.update("delete from thuiszitterstafel where dossier_nummer = ?", nummer);
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        assertThat(named.queryForObject("select count(*) from monitor_schoolperiode where school_id = :school"
                + " and periode = :periode", maart, Integer.class)).isZero();
        cellenKloppen();
    }

    @Test
    void werkDatTeruggedraaidWordtLaatGeenRijAchter() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        wachtrij.verwerkAlles();
        transactie.executeWithoutResult(status -> {
            leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur in 4 weken", "test");
            status.setRollbackOnly();
        });
        assertThat(inWachtrij(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from leerplicht_escalatie where dossier_nummer = ?", Integer.class,
                nummer)).isZero();
        // The same work committed: the dossier is in the outbox, once per transaction.
        transactie.executeWithoutResult(status -> leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur in 4 weken", "test"));
        assertThat(inWachtrij(id)).isEqualTo(1);
    }

    @Test
    void naDeBewaartermijnGaanDeFeitenMee() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        Instant gemeld = Instant.parse("2026-09-07T07:00:00Z");
        aanmelding(nummer, gemeld);
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        assertThat(feiten(id)).isNotEmpty();
        long school = schoolVan(id);
        long inCel = celVan(school, "2026-09", "signaalTotIntake");
        long inJaar = celVan(school, "2026-2027", "signaalTotIntake");
        assertThat(inCel).isPositive();

        dossiers.sluit(nummer, "Leerling van school");
        wachtrij.zet(List.of(id)); // a rebuild still pending when the dossier goes
        transactie.executeWithoutResult(status -> dossiers.verwijder(nummer));
        assertThat(feiten(id)).isEmpty();
        assertThat(inWachtrij(id)).as("ook wat de verwijdering zelf in de wachtrij zette").isZero();
        // Privacy: once the removal commits, the pupil counts in no cell of the school, before any worker round.
        assertThat(celVan(school, "2026-09", "signaalTotIntake")).as("maand").isEqualTo(inCel - 1);
        assertThat(celVan(school, "2026-2027", "signaalTotIntake")).as("schooljaar").isEqualTo(inJaar - 1);
        groepcellenKloppen(); // and from the gemeente's, SWV's and total's histograms, before any worker round
        schoolperiodenKloppen(); // and from the school's rows that the view of every school reads
        cellenKloppen();
    }

    /**
     * A school change moves a TLV or a thuiszitterstafel to the new school's dossier (Tlv.meegegaan,
     * Thuiszitterstafel.gewisseld): the dossier the row left is rebuilt too, so its facts stop counting it. Shown on a
     * referral moved the same way (any monitored row that names its dossier).
     */
    @Test
    void eenRijDieNaarEenAnderDossierGaatVerdwijntUitDeFeitenVanHetDossierDatZeVerliet() {
        String van = nieuwDossier();
        String naar = nieuwDossier();
        Instant gemeld = Instant.parse("2026-09-07T07:00:00Z");
        aanmelding(van, gemeld);
        wachtrij.zet(List.of(DirecteBron.dossierId(van)));
        wachtrij.verwerkAlles();
        assertThat(feiten(DirecteBron.dossierId(van))).extracting(f -> f.get("indicator")).contains("signaalTotIntake");

        transactie.executeWithoutResult(status -> {
            Object aanmelding = entityManager.createQuery("select a from Aanmelding a where a.dossierNummer = :nummer")
                    .setParameter("nummer", van).getSingleResult();
            ReflectionTestUtils.setField(aanmelding, "dossierNummer", naar);
        });
        wachtrij.verwerkAlles();

        assertThat(feiten(DirecteBron.dossierId(van))).extracting(f -> f.get("indicator")).doesNotContain("signaalTotIntake");
        assertThat(feiten(DirecteBron.dossierId(naar))).extracting(f -> f.get("indicator")).contains("signaalTotIntake");
        cellenKloppen();
    }

    /**
     * A dossier whose facts cannot be built (here a transition with a school year that is no school year) does not hold
     * up the others: the worker goes on dossier by dossier, sets the failing one aside and tries it again an hour later.
     */
    @Test
    void eenDossierWaarvanDeFeitenNietOpTeBouwenZijnHoudtDeAnderenNietOp() {
        String kapot = nieuwDossier();
        String goed = nieuwDossier();
        wachtrij.verwerkAlles();
        jdbc.update("insert into overstap (dossier_nummer, schooljaar, soort, proces_instantie_id, ingeschreven, aangemaakt_op,"
                + " warme_overdracht_nodig, overgedragen_op) values (?, 'kapot', 'PO_VO', 'geen', null, ?, true, null)", kapot,
                Timestamp.from(Instant.parse("2026-09-07T07:00:00Z")));
        Instant gemeld = Instant.parse("2026-09-07T07:00:00Z");
        aanmelding(goed, gemeld);
        long kapotId = DirecteBron.dossierId(kapot);
        long goedId = DirecteBron.dossierId(goed);
        // The broken one first, so it is in the same block as the good one.
        wachtrij.zet(List.of(kapotId));
        wachtrij.zet(List.of(goedId));

        wachtrij.verwerkAlles();

        assertThat(feiten(goedId)).extracting(f -> f.get("indicator")).contains("signaalTotIntake");
        assertThat(inWachtrij(goedId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from monitor_wachtrij where dossier_id = ? and mislukt_op is not null",
                Integer.class, kapotId)).as("apart gezet, niet weg").isEqualTo(1);
        // Set aside: the next round does not try it again within the hour.
        assertThat(wachtrij.verwerkAlles()).isZero();
        jdbc.update("delete from overstap where dossier_nummer = ?", kapot);
        jdbc.update("delete from monitor_wachtrij where dossier_id = ?", kapotId);
    }

    /**
     * Privacy: a fact that moved to another month a moment ago (its referral's date corrected) leaves the old month's
     * cell only when the cells' outbox row is done; a removal before that must recompute that month too, so the pupil
     * counts nowhere once the removal commits.
     */
    @Test
    void eenVerwijderingNeemtOokDeMaandMeeDieNogInDeCellenwachtrijStaat() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        Instant gemeld = Instant.parse("2026-09-07T07:00:00Z");
        aanmelding(nummer, gemeld);
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        long school = schoolVan(id);
        long september = celVan(school, "2026-09", "signaalTotIntake");
        long oktober = celVan(school, "2026-10", "signaalTotIntake");

        Instant later = Instant.parse("2026-10-05T07:00:00Z");
        jdbc.update("update aanmelding set gemeld_op = ?, intake_op = ? where dossier_nummer = ?", Timestamp.from(later),
                Timestamp.from(later.plusSeconds(86_400L)), nummer);
        wachtrij.zet(List.of(id));
        while (wachtrij.verwerk() > 0) {
            // the facts only: the cells' rows of September and October wait
        }
        assertThat(celVan(school, "2026-09", "signaalTotIntake")).as("nog niet bijgewerkt").isEqualTo(september);

        dossiers.sluit(nummer, "Leerling van school");
        transactie.executeWithoutResult(status -> dossiers.verwijder(nummer));

        assertThat(celVan(school, "2026-09", "signaalTotIntake")).as("september").isEqualTo(september - 1);
        assertThat(celVan(school, "2026-10", "signaalTotIntake")).as("oktober").isEqualTo(oktober);
        cellenKloppen();
    }

    /**
     * Most work on a dossier (a note, a task, a plan's text) changes none of its facts: the rebuild then rewrites no fact
     * and gives the cell worker nothing to do; a change that moves one fact queues only the school-months it left and
     * entered, not every month the dossier has facts in.
     */
    @Test
    void eenHerbouwZonderVeranderdFeitSchrijftNietsEnZetGeenCelInDeWachtrij() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        aanmelding(nummer, Instant.parse("2026-09-07T07:00:00Z"));
        jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning, "
                + "signalen_onveiligheid, gemeld_door, gemeld_op, intake_op) values (?, 'LEREN', 'NORMAAL', 'x', false, "
                + "false, 'mentor', ?, ?)", nummer, Timestamp.from(Instant.parse("2026-11-02T07:00:00Z")),
                Timestamp.from(Instant.parse("2026-11-03T07:00:00Z")));
        wachtrij.zet(List.of(id));
        wachtrij.verwerkAlles();
        long school = schoolVan(id);
        List<Long> ids = jdbc.queryForList("select id from monitor_feit where dossier_id = ? order by id", Long.class, id);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);

        wachtrij.zet(List.of(id));
        while (wachtrij.verwerk() > 0) {
            // the facts only
        }
        assertThat(jdbc.queryForList("select id from monitor_feit where dossier_id = ? order by id", Long.class, id))
                .as("niet opnieuw geschreven").isEqualTo(ids);
        assertThat(celwachtrij(school)).as("niets voor de cellen").isEmpty();

        // The November referral moves to October: November and October are queued, September (unchanged) is not.
        jdbc.update("update aanmelding set gemeld_op = ?, intake_op = ? where dossier_nummer = ? and gemeld_op = ?",
                Timestamp.from(Instant.parse("2026-10-05T07:00:00Z")), Timestamp.from(Instant.parse("2026-10-06T07:00:00Z")),
                nummer, Timestamp.from(Instant.parse("2026-11-02T07:00:00Z")));
        wachtrij.zet(List.of(id));
        while (wachtrij.verwerk() > 0) {
            // the facts only
        }
        assertThat(celwachtrij(school)).containsExactly("2026-10-01", "2026-11-01");
        cellenKloppen();
    }

    /** The months of this school waiting in the cells' outbox (null: all its periods), in order. */
    private List<String> celwachtrij(long school) {
        return jdbc.queryForList("select distinct maand from monitor_cel_wachtrij where school_id = ? order by maand",
                java.sql.Date.class, school).stream().map(String::valueOf).toList();
    }

    /**
     * A school whose cells cannot be computed (here a check the test adds for a moment refuses its cell of one month)
     * does not hold up the other schools' cells: the worker goes on school by school, sets the failing one's rows aside
     * for an hour and does not throw (a monitor request with eenplan.monitor.feiten.bij-lezen would fail otherwise).
     */
    @Test
    void eenSchoolWaarvanDeCellenNietTeBerekenenZijnHoudtDeAnderenNietOp() {
        String nummer = nieuwDossier();
        long id = DirecteBron.dossierId(nummer);
        Instant gemeld = Instant.parse("2031-09-08T07:00:00Z");
        aanmelding(nummer, gemeld);
        wachtrij.zet(List.of(id));
        while (wachtrij.verwerk() > 0) {
            // the facts only
        }
        long kapot = schoolVan(id);
        long ander = jdbc.queryForObject("select min(id) from school where id <> ?", Long.class, kapot);
        jdbc.update("insert into monitor_cel_wachtrij (school_id, maand) values (?, null)", ander);
        jdbc.execute("alter table monitor_cel add constraint monitor_cel_test_kapot check (periode <> '2031-09')");
        try {
            wachtrij.verwerkAlles();
            assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij where school_id = ?", Integer.class,
                    ander)).as("de andere school is gedaan").isZero();
            assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij where school_id = ? and mislukt_op is null",
                    Integer.class, kapot)).as("apart gezet").isZero();
            assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij where school_id = ?", Integer.class,
                    kapot)).as("niet weg").isPositive();
            // Set aside: the next round does not try it again within the hour, and does not throw.
            wachtrij.verwerkAlles();
            assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij where school_id = ?", Integer.class,
                    kapot)).isPositive();
        } finally {
            jdbc.execute("alter table monitor_cel drop constraint monitor_cel_test_kapot");
        }
        jdbc.update("update monitor_cel_wachtrij set mislukt_op = null where school_id = ?", kapot);
        wachtrij.verwerkAlles();
        assertThat(celVan(kapot, "2031-09", "signaalTotIntake")).as("daarna wel").isPositive();
        jdbc.update("delete from aanmelding where dossier_nummer = ?", nummer);
        wachtrij.zet(List.of(id));
        cellenKloppen();
    }

    /** The cases of this dossier's school in the school cell of the month of its (one) fact of this indicator. */
    private long cel(String indicator, long dossier) {
        Map<String, Object> feit = jdbc.queryForMap("select school_id, peildag from monitor_feit where dossier_id = ?"
                + " and indicator = ?", dossier, indicator);
        return celVan(((Number) feit.get("school_id")).longValue(),
                java.time.YearMonth.from(((java.sql.Date) feit.get("peildag")).toLocalDate()).toString(), indicator);
    }

    /**
     * Issue #25: a school whose gemeente changes (here: the gemeente registered with its CBS code, under its proper
     * capitals) takes its durations from its old group cell to the new one once the worker recomputed it; meanwhile
     * the monitor computes the gemeenten from the school cells: the same figures as the direct computation throughout.
     */
    @Test
    void eenSchoolDieVanGemeenteVerandertNeemtZijnDuurMeeNaarDeNieuweGroep() {
        gebruikers.maakAlsNieuw("zcGroep", "Test", "Groep", "demo", nl.eenplan.security.Groepen.ZORGCOORDINATOR);
        regio.genereer(new Voorbeeldregio.Opdracht("groepdorp", "SWV Groepdorp", List.of("97GR00"), 40, 2024, "zcGroep", 21));
        wachtrij.verwerkAlles();
        long school = jdbc.queryForObject("select id from school where brin = '97GR00'", Long.class);
        Periode jaar = Periode.schooljaar(2024);
        Instant nu = Instant.parse("2025-09-01T08:00:00Z");
        Toegang.Zicht alles = new Toegang.Zicht(true, Set.of());
        assertThat(groepen(jaar, "GEMEENTE")).contains("groepdorp");
        assertThat(gelijkAanDirect(jaar, alles, nu)).as("uit de groepcellen").isEqualTo(Indeling.GEMEENTE);

        gemeenten.registreer("GM9921", "Groepdorp");
        assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij where school_id = ? and maand is null",
                Integer.class, school)).as("de school opnieuw in de cellenwachtrij").isEqualTo(1);
        assertThat(gelijkAanDirect(jaar, alles, nu)).as("nog onder de oude gemeente geteld: uit de scholen").isNull();

        wachtrij.verwerkAlles();
        assertThat(groepen(jaar, "GEMEENTE")).contains("Groepdorp").doesNotContain("groepdorp");
        assertThat(gelijkAanDirect(jaar, alles, nu)).as("weer uit de groepcellen").isEqualTo(Indeling.GEMEENTE);
        cellenKloppen();
    }

    /** The monitor's gemeenten from the cells equal the direct computation's; answers the grouping kept read, if any. */
    private Indeling gelijkAanDirect(Periode periode, Toegang.Zicht zicht, Instant nu) {
        assertThat(monitor.indicatoren(periode, Indeling.GEMEENTE, zicht, nu, celtabel))
                .isEqualTo(monitor.indicatoren(periode, Indeling.GEMEENTE, zicht, nu, direct));
        return celtabel.lees(periode, zicht, nu, Indeling.GEMEENTE).gehouden();
    }

    private List<String> groepen(Periode periode, String indeling) {
        return jdbc.queryForList("select distinct groep from monitor_groepcel where periode = ? and indeling = ?",
                String.class, periode.code(), indeling);
    }

    private long celVan(long school, String periode, String indicator) {
        return jdbc.queryForObject("select coalesce(sum(aantal), 0) from monitor_cel where school_id = ? and periode = ?"
                + " and indicator = ?", Long.class, school, periode, indicator);
    }

    /**
     * The kept cells are exactly what the facts give once the worker is done: recomputing every school's cells from
     * scratch (in a transaction rolled back) changes no row.
     */
    void cellenKloppen() {
        wachtrij.verwerkAlles();
        List<String> bewaard = celrijen();
        List<String> opnieuw = transactie.execute(status -> {
            Map<Long, Set<LocalDate>> alles = new HashMap<>();
            for (Long school : jdbc.queryForList("select id from school", Long.class)) {
                alles.put(school, new HashSet<>(java.util.Collections.singleton(null)));
            }
            cellen.herberekenOnderSlot(alles);
            status.setRollbackOnly();
            return celrijen();
        });
        assertThat(bewaard).isNotEmpty().isEqualTo(opnieuw);
        groepcellenKloppen();
        schoolperiodenKloppen();
    }

    /**
     * Issue #25: every school's row of a period holds exactly the counts of its cells of that period, under the same
     * groups, and a school and period without cells has no row ({@link Schoolperioden}), unless it has a share's case
     * not decided yet: then a row without cells, with the case's steps (V88, {@link OpenAandelen}).
     */
    void schoolperiodenKloppen() {
        Map<String, List<String>> verwacht = new java.util.TreeMap<>();
        jdbc.query("select school_id, periode, gemeente, samenwerkingsverband, indicator, onderdeel, aantal, leerlingen,"
                + " ja, som from monitor_cel", rs -> {
                    verwacht.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                            + rs.getString(4), k -> new java.util.ArrayList<>()).add(rs.getString(5) + "|"
                            + rs.getString(6) + "|" + rs.getLong(7) + "|" + rs.getLong(8) + "|" + rs.getLong(9) + "|"
                            + rs.getLong(10));
                });
        verwacht.values().forEach(cellen -> cellen.sort(null));
        Map<String, List<String>> bewaard = new java.util.TreeMap<>();
        jdbc.query("select school_id, periode, gemeente, samenwerkingsverband, cellen, open_aandelen"
                + " from monitor_schoolperiode", rs -> {
                    List<String> cellen = new java.util.ArrayList<>();
                    Schoolperioden.lees(rs.getBytes(5), c -> cellen.add(c.indicator() + "|" + c.onderdeel() + "|"
                            + c.aantal() + "|" + c.leerlingen() + "|" + c.ja() + "|" + c.som()));
                    cellen.sort(null);
                    String sleutel = rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                            + rs.getString(4);
                    if (cellen.isEmpty()) {
                        assertThat(OpenAandelen.lees(rs.getBytes(6))).as("rij zonder cellen: %s", sleutel).isNotEmpty();
                    } else {
                        bewaard.put(sleutel, cellen);
                    }
                });
        assertThat(bewaard).as("rijen per school en periode").isNotEmpty().isEqualTo(verwacht);
    }

    /**
     * Issue #25: every group cell is the sum of the day histograms of the school cells of its groups, and every school
     * cell is counted under its school's gemeente and SWV as they are now.
     */
    void groepcellenKloppen() {
        Map<String, java.util.TreeMap<Double, Long>> verwacht = new java.util.TreeMap<>();
        jdbc.query("select c.periode, c.indicator, c.onderdeel, c.gemeente, c.samenwerkingsverband, c.dagen, s.gemeente,"
                + " s.samenwerkingsverband, s.brin from monitor_cel c join school s on s.id = c.school_id", rs -> {
                    assertThat(rs.getString(4)).as("gemeente van de cel van %s", rs.getString(9)).isEqualTo(rs.getString(7));
                    assertThat(rs.getString(5)).as("SWV van de cel van %s", rs.getString(9)).isEqualTo(rs.getString(8));
                    if (rs.getBytes(6) == null) {
                        return;
                    }
                    Celbron.Histogram h = Monitorcellen.lees(rs.getBytes(6));
                    String onderdeel = rs.getString(3) == null ? "" : rs.getString(3);
                    for (String groep : List.of("GEMEENTE|" + rs.getString(4), "SWV|" + rs.getString(5), "TOTAAL|totaal")) {
                        java.util.TreeMap<Double, Long> dagen = verwacht.computeIfAbsent(rs.getString(1) + "|"
                                + rs.getString(2) + "|" + onderdeel + "|" + groep, k -> new java.util.TreeMap<>());
                        for (int i = 0; i < h.waarden().length; i++) {
                            dagen.merge(h.waarden()[i], h.aantallen()[i], Long::sum);
                        }
                    }
                });
        Map<String, java.util.TreeMap<Double, Long>> bewaard = new java.util.TreeMap<>();
        jdbc.query("select periode, indicator, onderdeel, indeling, groep, dagen from monitor_groepcel", rs -> {
            Celbron.Histogram h = Monitorcellen.lees(rs.getBytes(6));
            java.util.TreeMap<Double, Long> dagen = new java.util.TreeMap<>();
            for (int i = 0; i < h.waarden().length; i++) {
                dagen.put(h.waarden()[i], h.aantallen()[i]);
            }
            bewaard.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                    + rs.getString(5), dagen);
        });
        assertThat(bewaard).as("groepcellen").isNotEmpty().isEqualTo(verwacht);
    }

    private List<String> celrijen() {
        List<String> rijen = new java.util.ArrayList<>(jdbc.query("select school_id, periode, indicator, onderdeel,"
                + " aantal, leerlingen, ja, som, dagen from monitor_cel"
                + " order by school_id, periode, indicator, onderdeel",
                (rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getLong(5) + "|" + rs.getLong(6) + "|" + rs.getLong(7) + "|" + rs.getLong(8) + "|"
                        + java.util.HexFormat.of().formatHex(rs.getBytes(9) == null ? new byte[0] : rs.getBytes(9))));
        // Issue #25 (V88): and the steps of the shares' cases not decided yet, per school, period and cell.
        List<String> open = new java.util.ArrayList<>();
        jdbc.query("select school_id, periode, open_aandelen from monitor_schoolperiode", rs -> {
            String rij = rs.getLong(1) + "|" + rs.getString(2);
            assertThat(rs.getBytes(3)).as("stappen van %s", rij).isNotNull();
            OpenAandelen.lees(rs.getBytes(3)).forEach(cel -> open.add(rij + "|open|" + cel.indicator() + "|"
                    + cel.onderdeel() + "|" + cel.stappen()));
        });
        open.sort(null);
        rijen.addAll(open);
        return rijen;
    }

    /** The school of a dossier, as its facts carry it. */
    long schoolVan(long dossier) {
        return jdbc.queryForObject("select school_id from monitor_feit where dossier_id = ? fetch first 1 rows only",
                Long.class, dossier);
    }

    /** A referral of this dossier signalled at {@code gemeld}, its intake a day later, as the process leaves it. */
    void aanmelding(String nummer, Instant gemeld) {
        jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning, "
                + "signalen_onveiligheid, gemeld_door, gemeld_op, intake_op) values (?, 'LEREN', 'NORMAAL', 'x', false, "
                + "false, 'mentor', ?, ?)", nummer, Timestamp.from(gemeld), Timestamp.from(gemeld.plusSeconds(86_400L)));
    }

    String nieuwDossier() {
        return http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    int inWachtrij(long dossier) {
        return jdbc.queryForObject("select count(*) from monitor_wachtrij where dossier_id = ?", Integer.class, dossier);
    }

    List<Map<String, Object>> feiten(long dossier) {
        return jdbc.queryForList("select indicator, onderdeel, peildag, dagen, ja, cijfer, nee_vanaf from monitor_feit"
                + " where dossier_id = ? order by id", dossier);
    }

    private JsonNode taakVan(String nummer, String taak) {
        for (JsonNode t : http().als("zorgcoordinator").get("/api/taken?maximaal=1000").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && taak.equals(t.get("taak").asText())) {
                return t;
            }
        }
        throw new AssertionError("geen taak " + taak + " voor " + nummer);
    }

    private static String voltooi(JsonNode taak) {
        return "/api/taken/" + taak.get("id").asText() + "/voltooien";
    }
}
