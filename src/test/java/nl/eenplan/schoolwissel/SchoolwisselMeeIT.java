package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Webapp;
import nl.eenplan.opp.OppService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.thuiszitterstafel.Bron;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.tlv.Tlv;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.Tlvregel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What runs for Sam moves along when De Regenboog (99ZZ00) confirms the change to Het Baken College (99YY00), same SWV
 * (issue #23, docs/processen/schoolwissel.md "Wat meegaat"): the OPP with its versions and the parents' instemming and
 * its process at the step it waited at, the TLV with its process and herindicatie date, the curator, the open
 * thuiszitterstafel (still the gemeente's), and an objection that runs makes the confirmation wait (409). Through
 * /api, /engine-rest and Tasklist the old school writes nothing that moved; a third school sees nothing.
 */
class SchoolwisselMeeIT extends IntegratieTest {

    static final String OUD = SchoolwisselIT.OUD;
    static final String NIEUW = SchoolwisselIT.NIEUW;

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    OppService opp;
    @Autowired
    TlvService tlvs;
    @Autowired
    ThuiszitterstafelService tafels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    nl.eenplan.dossier.SchoolService scholen;

    String bsn;
    String oud;

    @BeforeEach
    void gegevenSamBijDeRegenboog() {
        gebruikers.maakAlsNieuw("zcRegenboogMee", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogMee", OUD);
        gebruikers.maakAlsNieuw("zcBakenMee", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBakenMee", NIEUW);
        bsn = Testdossiers.nieuwBsn();
        nl.eenplan.TweedeGemeente.richtIn(scholen, organisaties, gebruikers);
        Http.Antwoord geopend = oudeSchool().post("/api/dossiers", Testdossiers.metBsn(bsn));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        oud = geopend.json().get("nummer").asText();
    }

    @Test
    void oppTlvCuratorEnThuiszitterstafelGaanMee_deOudeSchoolSchrijftNiets_eenDerdeZietNiets() throws Exception {
        // The OPP: version 1 with the parents' instemming, then a change asked (version 2 is drawn up, task opstellen).
        oppMetInstemming();
        opp.bijstellen(new OppService.Aanvrager(oud, OUD, "PO", "zcRegenboogMee"));
        Task opstellenOud = taak(oud, "opstellen");
        // The TLV (same SWV), its process waiting for the herindicatie signal 3 months before the end.
        Long tlv = tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)));
        ProcessInstance tlvOud = proces("tlv", oud);
        Date herindicatie = timer(tlvOud.getId()).getDuedate();
        // A curator (set before 18, in force from 18) and an open thuiszitterstafel at the gemeente.
        assertThat(oudeSchool().post("/api/dossiers/" + oud + "/vertegenwoordigers",
                "{\"soort\": \"CURATOR\", \"naam\": \"Jan de Vries\", \"beschikkingOp\": \"2026-11-01\"}").status())
                .isEqualTo(201);
        tafels.meld(oud, Bron.SCHOOL, "Dreigt thuis te komen zitten.");
        ProcessInstance tafelOud = proces("thuiszitterstafel", oud);
        String eigenaar = jdbc.queryForObject("select eigenaar from thuiszitterstafel where open_dossier = ?", String.class,
                oud);

        String nieuw = wissel();

        // OPP: the versions are the pupil's history at the new school (the old school's draft, version 2, among them);
        // the new board sets its own OPP on version 3 (OppService.gewisseld), version 1's instemming stays as history.
        JsonNode o = nieuweSchool().get("/api/dossiers/" + nieuw + "/opp").json();
        assertThat(o.get("geldendeVersie").asInt()).isEqualTo(1);
        assertThat(o.get("huidig").get("versie").asInt()).isEqualTo(3);
        assertThat(o.get("huidig").get("status").asText()).isEqualTo("CONCEPT");
        assertThat(o.get("huidig").get("aanleiding").asText()).isEqualTo("SCHOOLWISSEL");
        assertThat(o.get("versies").get(2).get("status").asText()).isEqualTo("INGESTEMD");
        assertThat(o.get("versies").get(2).get("instemming").get("naam").asText()).isEqualTo("Anna Jansen");
        assertThat(oudeSchool().get("/api/dossiers/" + oud + "/opp").status()).isEqualTo(404);
        // ... and its process at opstellen, in the new school's tenant, for the new school's zorgcoördinator.
        ProcessInstance oppNieuw = proces("opp", nieuw);
        assertThat(oppNieuw.getTenantId()).isEqualTo(NIEUW);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(oud)
                .processDefinitionKey("opp").count()).isZero();
        Task opstellen = taak(nieuw, "opstellen");
        assertThat(taskService.createTaskQuery().taskId(opstellenOud.getId()).count()).isZero();
        assertThat(nieuweSchool().get("/api/taken").body()).contains(opstellen.getId());
        assertThat(oudeSchool().get("/api/taken").body()).doesNotContain(opstellen.getId());

        // TLV: in the new dossier, still valid; its process at the new school, the herindicatie on its date.
        JsonNode t = nieuweSchool().get("/api/dossiers/" + nieuw + "/tlvs").json().get(0);
        assertThat(t.get("id").asLong()).isEqualTo(tlv);
        assertThat(t.get("status").asText()).isEqualTo("GELDIG");
        ProcessInstance tlvNieuw = proces("tlv", nieuw);
        assertThat(tlvNieuw.getTenantId()).isEqualTo(NIEUW);
        assertThat(runtimeService.getActiveActivityIds(tlvNieuw.getId())).containsExactly("herindicatieSignaal");
        assertThat(timer(tlvNieuw.getId()).getDuedate()).isEqualTo(herindicatie);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(tlvOud.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select proces_instantie_id from tlv where id = ?", String.class, tlv))
                .isEqualTo(tlvNieuw.getId());
        // The old school can no longer end it: 409 with the reason, not "does not exist"; a third school: 404.
        Http.Antwoord terugOud = oudeSchool().post("/api/tlvs/" + tlv + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}");
        assertThat(terugOud.status()).as(terugOud.body()).isEqualTo(409);
        assertThat(terugOud.contentType()).startsWith("application/problem+json");
        assertThat(terugOud.body()).contains("overgestapt", "alleen nog te lezen");
        assertThat(derdeSchool().post("/api/tlvs/" + tlv + "/terug-naar-regulier", "{\"op\": \"2027-02-01\"}").status())
                .isEqualTo(404);
        assertThat(oudeSchool().get("/api/dossiers/" + oud + "/tlvs").status()).isEqualTo(404);

        // The curator goes with the parents.
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw + "/vertegenwoordigers").body()).contains("Jan de Vries",
                "CURATOR");

        // The thuiszitterstafel: the same table for the new dossier and school, still in the gemeente's tenant.
        assertThat(jdbc.queryForObject("select school_brin from thuiszitterstafel where open_dossier = ?", String.class,
                nieuw)).isEqualTo(NIEUW);
        assertThat(jdbc.queryForObject("select eigenaar from thuiszitterstafel where open_dossier = ?", String.class,
                nieuw)).isEqualTo(eigenaar);
        assertThat(jdbc.queryForObject("select count(*) from thuiszitterstafel where open_dossier = ?", Integer.class,
                oud)).isZero();
        ProcessInstance tafelNieuw = proces("thuiszitterstafel", nieuw);
        assertThat(tafelNieuw.getTenantId()).isEqualTo(tafelOud.getTenantId()).isNotEqualTo(OUD);
        assertThat(runtimeService.getVariable(tafelNieuw.getId(), "schoolBrin")).isEqualTo(NIEUW);

        // The one door: through /engine-rest and Tasklist the old school can neither complete the moved task nor write
        // the moved instances' variables; a third school neither.
        for (Http wie : List.of(oudeSchool(), derdeSchool())) {
            assertThat(wie.post("/engine-rest/task/" + opstellen.getId() + "/complete", "{}").status()).isIn(403, 404);
            assertThat(wie.post("/api/taken/" + opstellen.getId() + "/voltooien", "{}").status()).isIn(403, 404);
            assertThat(wie.put("/engine-rest/process-instance/" + tlvNieuw.getId() + "/variables/tlvId",
                    "{\"value\": 1, \"type\": \"Long\"}").status()).isIn(403, 404);
            // 200 first: an error page would not contain them either.
            Http.Antwoord instanties = wie.get("/engine-rest/process-instance?businessKey=" + nieuw);
            assertThat(instanties.status()).as(instanties.body()).isEqualTo(200);
            assertThat(instanties.body()).doesNotContain(nieuw);
            Http.Antwoord taken = wie.get("/engine-rest/task?processInstanceBusinessKey=" + nieuw);
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(taken.body()).doesNotContain(opstellen.getId());
        }
        Webapp tasklist = new Webapp(port);
        assertThat(tasklist.meldAan("zcRegenboogMee", "demo", "tasklist")).isEqualTo(200);
        Http.Antwoord viaTasklist = tasklist.post("/api/engine/engine/default/task/" + opstellen.getId()
                + "/submit-form", "{\"variables\": {}}");
        assertThat(viaTasklist.status()).isEqualTo(404);
        assertThat(viaTasklist.body()).contains("Er is geen taak " + opstellen.getId());
        assertThat(taskService.createTaskQuery().taskId(opstellen.getId()).count()).isEqualTo(1);
        for (Http wie : List.of(oudeSchool(), derdeSchool())) {
            assertThat(wie.get("/api/dossiers/" + nieuw + "/opp").status()).isEqualTo(404);
            assertThat(wie.get("/api/dossiers/" + nieuw + "/tlvs").status()).isEqualTo(404);
            assertThat(wie.get("/api/dossiers/" + nieuw + "/vertegenwoordigers").status()).isEqualTo(404);
        }
        assertThat(derdeSchool().get("/api/dossiers/" + oud + "/opp").status()).isEqualTo(404);

        // The new school goes on with the OPP: the parents (who came along) are at the OOGO of version 2, and its
        // uitstroomprofiel fits the pupil in the vo now.
        Http.Antwoord opgesteld = nieuweSchool().post("/api/taken/" + opstellen.getId() + "/voltooien", opstellen()
                .replace("VMBO_KADER", "VERVOLGONDERWIJS"));
        assertThat(opgesteld.status()).as(opgesteld.body()).isEqualTo(204);
        assertThat(runtimeService.getActiveActivityIds(oppNieuw.getId())).containsExactly("instemmingVastleggen");
    }

    @Test
    void eenVerhuisdeTimerHoudtZijnOudeDatum_perJobdefinitie() {
        // The OPP no longer moves (the new board sets its own OPP); the TLV does, with its herindicatie timer.
        // Two timers of one task (reminder and escalation): ProcesverhuizingIT.
        // The TLV waits at its herindicatie timer, which procesbeheer moved (Cockpit): not the date the model computes.
        tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)));
        ProcessInstance tlvOud = proces("tlv", oud);
        Job herindicatie = timer(tlvOud.getId());
        managementService.setJobDuedate(herindicatie.getId(), Date.from(herindicatie.getDuedate().toInstant()
                .minus(Duration.ofDays(3))));
        Map<String, Instant> tlvTimers = perJobdefinitie(tlvOud.getId());

        // A week later: nothing starts counting again.
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(7))));
        String nieuw;
        try {
            nieuw = wissel();
        } finally {
            klok.zetOpStart();
        }

        ProcessInstance tlvNieuw = proces("tlv", nieuw);
        assertThat(runtimeService.getActiveActivityIds(tlvNieuw.getId())).containsExactly("herindicatieSignaal");
        assertThat(perJobdefinitie(tlvNieuw.getId())).isEqualTo(tlvTimers);
    }

    @Test
    void termijnenDieNaDeVerhuizingNietTerugKonden_gaanNaarProcesbeheerVanDeNieuweSchool() {
        events.publishEvent(new nl.eenplan.engine.Instantiedatums.DatumsNietGezet("instantie-x", "opp", NIEUW,
                oud, "hun datums van vóór de schoolwissel", "verbinding weg"));
        assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger_groep = 'procesbeheer' "
                + "and dossier_nummer = ? and tekst like '%instantie-x%vóór de schoolwissel%verbinding weg%'", Integer.class, oud)).isEqualTo(1);
    }

    /** Every timer of the instance: its due date per job definition (each definition once). */
    private Map<String, Instant> perJobdefinitie(String instantie) {
        Map<String, Instant> timers = new java.util.HashMap<>();
        for (Job j : managementService.createJobQuery().processInstanceId(instantie).timers().list()) {
            assertThat(timers.put(j.getJobDefinitionId(), j.getDuedate().toInstant())).as(j.getJobDefinitionId()).isNull();
        }
        return timers;
    }

    /**
     * WPO art. 40a lid 1 en 3 (WEC art. 41a, WVO 2020 art. 2.44 lid 1-2 en 4): the board of the school where the pupil
     * is enrolled sets the OPP within 6 weeks after the enrolment, after OOGO, with the parents' instemming on the
     * handelingsdeel. After a school change the new board does so, its 6 weeks counted from the enrolment there.
     */
    @Test
    void eenOppInWerking_deNieuweSchoolSteltHaarEigenOppOpBinnen6WekenNaDeInschrijving_deOudersStemmenOpnieuwIn() {
        oppMetInstemming();
        LocalDate eerdereInstemming = vandaag();
        ProcessInstance oppOud = proces("opp", oud);
        assertThat(runtimeService.getActiveActivityIds(oppOud.getId())).containsExactly("wachten");

        // Sam was enrolled at Het Baken on Monday 30 November; the change is reported and confirmed on 10 December.
        LocalDate ingeschreven = LocalDate.of(2026, 11, 30);
        java.time.ZoneId nl = java.time.ZoneId.of("Europe/Amsterdam");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(
                LocalDate.of(2026, 12, 10).atTime(10, 0).atZone(nl).toInstant()));
        try {
            String nieuw = wissel(ingeschreven);

            // The old school's process ended; at the new school the board draws up its own OPP (task opstellen).
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(oppOud.getId()).count()).isZero();
            ProcessInstance oppNieuw = proces("opp", nieuw);
            assertThat(oppNieuw.getTenantId()).isEqualTo(NIEUW);
            assertThat(runtimeService.getActiveActivityIds(oppNieuw.getId())).containsExactly("opstellen");
            Task opstellen = taak(nieuw, "opstellen");
            assertThat(nieuweSchool().get("/api/taken").body()).contains(opstellen.getId());

            // 6 weeks from the enrolment (Monday 11 January 2027, end of day), not from the move (21 January): the
            // task's deadline and its escalation go exactly then, not a second earlier.
            Date grens = Date.from(LocalDate.of(2027, 1, 11).atTime(23, 59, 59).atZone(nl).toInstant());
            assertThat(opstellen.getDueDate()).isEqualTo(grens);
            assertThat(managementService.createJobQuery().processInstanceId(oppNieuw.getId()).timers()
                    .duedateHigherThan(new Date(grens.getTime() - 1000)).list()).extracting(j -> j.getDuedate().getTime())
                    .containsExactly(grens.getTime());
            assertThat(managementService.createJobQuery().processInstanceId(oppNieuw.getId()).timers()
                    .duedateHigherThan(grens).count()).isZero();

            // The previous OPP is the starting point: version 2 begins as a copy of version 1; version 1 with the
            // parents' instemming stays as history and in force until the new board's handelingsdeel is agreed.
            JsonNode o = nieuweSchool().get("/api/dossiers/" + nieuw + "/opp").json();
            assertThat(o.get("huidig").get("versie").asInt()).isEqualTo(2);
            assertThat(o.get("huidig").get("status").asText()).isEqualTo("CONCEPT");
            assertThat(o.get("huidig").get("aanleiding").asText()).isEqualTo("SCHOOLWISSEL");
            assertThat(o.get("huidig").get("doelen").get(0).asText()).isEqualTo("Sam werkt 20 minuten zelfstandig");
            assertThat(o.get("huidig").get("uitstroomprofiel").asText()).isEqualTo("VMBO_KADER");
            assertThat(o.get("geldendeVersie").asInt()).isEqualTo(1);

            // The new board holds the OOGO and sets the OPP; the parents are asked again for instemming.
            Http.Antwoord opgesteld = nieuweSchool().post("/api/taken/" + opstellen.getId() + "/voltooien",
                    opstellen(LocalDate.of(2026, 12, 9)).replace("VMBO_KADER", "VERVOLGONDERWIJS"));
            assertThat(opgesteld.status()).as(opgesteld.body()).isEqualTo(204);
            assertThat(runtimeService.getActiveActivityIds(oppNieuw.getId())).containsExactly("instemmingVastleggen");
            Http.Antwoord ingestemd = nieuweSchool().post("/api/taken/" + taak(nieuw, "instemmingVastleggen").getId()
                    + "/voltooien", """
                    {"uitkomst": "INGESTEMD", "datum": "2026-12-10", "door": "OUDER", "ouder": "Anna Jansen",
                     "wijze": "SCHRIFTELIJK"}""");
            assertThat(ingestemd.status()).as(ingestemd.body()).isEqualTo(204);
            o = nieuweSchool().get("/api/dossiers/" + nieuw + "/opp").json();
            assertThat(o.get("geldendeVersie").asInt()).isEqualTo(2);
            assertThat(o.get("versies").get(0).get("instemming").get("op").asText()).isEqualTo("2026-12-10");
            assertThat(o.get("versies").get(1).get("status").asText()).isEqualTo("INGESTEMD");
            assertThat(o.get("versies").get(1).get("instemming").get("op").asText())
                    .isEqualTo(eerdereInstemming.toString());
            assertThat(runtimeService.getActiveActivityIds(oppNieuw.getId())).containsExactly("wachten");
        } finally {
            klok.zetOpStart();
        }
    }

    @Test
    void eenLopendBezwaarLaatDeBevestigingWachten_eenBezwaarEindigtNooitOngemerkt() {
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, onderwijs_bezwaar_ontvangen_op) "
                + "values (?, 'bezwaar-test', 'GEEN_PLAATS', ?)", oud, java.sql.Date.valueOf(vandaag()));
        String nieuw = dossierBijHetBaken();
        Http.Antwoord gemeld = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        Task bevestigen = taak(oud, "bevestigen");

        Http.Antwoord wacht = oudeSchool().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(wacht.status()).as(wacht.body()).isEqualTo(409);
        assertThat(wacht.contentType()).startsWith("application/problem+json");
        assertThat(wacht.body()).contains("bezwaar", "onderwijsdeel", "niet ongemerkt eindigen");
        // The same through the engine's own API; nothing moved, the task stays.
        assertThat(oudeSchool().post("/engine-rest/task/" + bevestigen.getId() + "/complete",
                "{\"variables\": {\"antwoord\": {\"value\": \"BEVESTIGD\", \"type\": \"String\"}}}").status())
                .isEqualTo(409);
        assertThat(taskService.createTaskQuery().taskId(bevestigen.getId()).count()).isEqualTo(1);
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(nieuweSchool().get("/api/dossiers/" + nieuw + "/schoolwissel").json().get(0).get("status").asText())
                .isEqualTo("GEVRAAGD");

        // Decided (here: withdrawn): now the change goes through; the old arrangement row is history, counted once.
        jdbc.update("update arrangement set onderwijs_bezwaar_uitkomst = 'INGETROKKEN' where dossier_nummer = ?", oud);
        Http.Antwoord bevestigd = oudeSchool().post("/api/taken/" + bevestigen.getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("GESLOTEN");
    }

    @Test
    void eenArrangementDatDoorlooptBijDeNieuweSchool_isBijDeOudeVoortgezetElders() {
        ProcessInstance arrangement = runtimeService.createProcessInstanceByKey("arrangement").businessKey(oud)
                .processDefinitionWithoutTenantId().setVariables(java.util.Map.of("dossierNummer", oud, "schoolBrin", OUD,
                        "onderwijssoort", "PO", "zorgcoordinator", "zcRegenboogMee")).execute();
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, registratie_ontvangen_op, "
                + "startdatum) values (?, ?, 'LOPEND', ?, ?)", oud, arrangement.getId(),
                java.sql.Date.valueOf(vandaag().minusDays(40)), java.sql.Date.valueOf(vandaag().minusDays(10)));

        String nieuw = wissel();

        assertThat(jdbc.queryForObject("select voortgezet_elders from arrangement where dossier_nummer = ?",
                Boolean.class, oud)).isTrue();
        assertThat(proces("arrangement", nieuw).getTenantId()).isEqualTo(NIEUW);
    }

    @Test
    void eenTlvBlijftGeldigBijEenSchoolVanEenAnderSamenwerkingsverband() {
        Long tlv = tlvs.verleen(oud, null, new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.MIDDEN,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30)));
        Date herindicatie = timer(proces("tlv", oud).getId()).getDuedate();
        String nieuw = wisselNaarAnderSwv(http(), gebruikers, organisaties, taskService, oud, bsn, vandaag());

        assertThat(jdbc.queryForObject("select status from tlv where id = ?", String.class, tlv)).isEqualTo("GELDIG");
        assertThat(jdbc.queryForObject("select swv from tlv where id = ?", String.class, tlv)).isNotEqualTo(ANDER_SWV);
        ProcessInstance tlvNieuw = proces("tlv", nieuw);
        assertThat(tlvNieuw.getTenantId()).isEqualTo(ANDERE_SCHOOL);
        // EENPLAN_TLV_BUITEN_SWV=GELDIG (default): landelijk geldig, the herindicatie on its own date.
        assertThat(timer(tlvNieuw.getId()).getDuedate()).isEqualTo(herindicatie);
        assertThat(jdbc.queryForObject("select tekst from melding where dossier_nummer = ? and onderwerp like 'TLV meegekomen%'"
                + " and ontvanger_gebruiker is not null", String.class, nieuw)).contains("landelijk geldig", ANDER_SWV);
    }

    static final String ANDERE_SCHOOL = "97SW11";
    static final String ANDER_SWV = "SWV Elders (schoolwissel)";

    /** The pupil goes to a school of another SWV, which reports it; the old school confirms: the new dossier. */
    static String wisselNaarAnderSwv(Http http, GebruikerService gebruikers, Organisaties organisaties,
                                     TaskService taskService, String oud, String bsn, LocalDate vandaag) {
        Http demo = http.als("demo");
        demo.post("/api/scholen", """
                {"brin": "%s", "naam": "Het Andere Lyceum (schoolwissel)", "gemeente": "Utrecht",
                 "samenwerkingsverband": "%s", "regio": "MIDDEN", "gemeentecode": "GM0344"}"""
                .formatted(ANDERE_SCHOOL, ANDER_SWV));
        assertThat(demo.put("/api/scholen/" + ANDERE_SCHOOL + "/bestuur", "{\"bestuursnummer\": \"99999\"}").status())
                .isEqualTo(200);
        gebruikers.maakAlsNieuw("zcAnderSwv", "Anne", "Ander", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcAnderSwv", ANDERE_SCHOOL);
        Http.Antwoord geopend = http.als("zcAnderSwv").post("/api/dossiers", Testdossiers.metBsn(bsn)
                .replace(OUD, ANDERE_SCHOOL).replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        String nieuw = geopend.json().get("nummer").asText();
        assertThat(http.als("zcAnderSwv").post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag + "\"}").status()).isEqualTo(201);
        Task bevestigen = taskService.createTaskQuery().processInstanceBusinessKey(oud)
                .taskDefinitionKey("bevestigen").singleResult();
        Http.Antwoord bevestigd = http.als("zcRegenboogMee").post("/api/taken/" + bevestigen.getId()
                + "/voltooien", "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
        return nieuw;
    }

    // ---- helpers

    /** OPP version 1 drawn up after the OOGO with Anna Jansen, who agreed on its handelingsdeel: in force. */
    private void oppMetInstemming() {
        opp.start(new OppService.Aanvrager(oud, OUD, "PO", "zcRegenboogMee"), "Regulier vo, vmbo.",
                List.of("Sam werkt 20 minuten zelfstandig"));
        assertThat(oudeSchool().post("/api/taken/" + taak(oud, "opstellen").getId() + "/voltooien", opstellen())
                .status()).isEqualTo(204);
        Http.Antwoord ingestemd = oudeSchool().post("/api/taken/" + taak(oud, "instemmingVastleggen").getId()
                + "/voltooien", """
                {"uitkomst": "INGESTEMD", "datum": "%s", "door": "OUDER", "ouder": "anna jansen",
                 "wijze": "SCHRIFTELIJK"}""".formatted(vandaag()));
        assertThat(ingestemd.status()).as(ingestemd.body()).isEqualTo(204);
    }

    private String opstellen() {
        return opstellen(vandaag().minusDays(1));
    }

    private String opstellen(LocalDate oogoOp) {
        return """
                {"oogoOp": "%s", "oogoMet": "Anna Jansen (moeder) en Sam",
                 "oogoNamensSchool": "R. Regenboog", "uitstroomprofiel": "VMBO_KADER",
                 "onderbouwing": "Sam leert praktisch; toetsen en observaties wijzen op de kaderberoepsgerichte leerweg.",
                 "doelen": ["Sam werkt 20 minuten zelfstandig"],
                 "aanpak": "Kleine klas drie dagen per week."}""".formatted(oogoOp);
    }

    /** Het Baken reports the change, De Regenboog confirms it: the new dossier's number. */
    private String wissel() {
        return wissel(vandaag());
    }

    private String wissel(LocalDate ingeschrevenOp) {
        String nieuw = dossierBijHetBaken();
        Http.Antwoord gemeld = nieuweSchool().post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + ingeschrevenOp + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        Http.Antwoord bevestigd = oudeSchool().post("/api/taken/" + taak(oud, "bevestigen").getId() + "/voltooien",
                "{\"antwoord\": \"BEVESTIGD\"}");
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(204);
        assertThat(oudeSchool().get("/api/dossiers/" + oud).json().get("status").asText()).isEqualTo("GESLOTEN");
        return nieuw;
    }

    private String dossierBijHetBaken() {
        Http.Antwoord a = nieuweSchool().post("/api/dossiers", Testdossiers.metBsn(bsn).replace(OUD, NIEUW)
                .replace("\"PO\"", "\"VO\"").replace("\"leerjaar\": 7", "\"leerjaar\": 1")
                .replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("nummer").asText();
    }

    private ProcessInstance proces(String sleutel, String nummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(sleutel).processInstanceBusinessKey(nummer)
                .singleResult();
    }

    private Task taak(String nummer, String sleutel) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskDefinitionKey(sleutel).singleResult();
    }

    private Job timer(String instantie) {
        return managementService.createJobQuery().processInstanceId(instantie).timers().singleResult();
    }

    private Http oudeSchool() {
        return http().als("zcRegenboogMee");
    }

    private Http nieuweSchool() {
        return http().als("zcBakenMee");
    }

    private Http derdeSchool() {
        return http().als("zorgcoordinatorAmersfoort");
    }
}
