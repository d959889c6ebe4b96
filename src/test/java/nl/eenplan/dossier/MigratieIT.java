package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.eenplan.IntegratieTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migrations that bring today's duplicates in line, on a database of their own: Flyway up to V14, the rows
 * as EenPlan wrote them before, then the rest of the migrations, as at an upgrade. H2 here, PostgreSQL in
 * {@link MigratiePostgresIT}.
 */
class MigratieIT extends IntegratieTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.boot.autoconfigure.jdbc.DataSourceProperties instellingen;
    @Autowired
    List<JavaMigration> javaMigraties;

    SingleConnectionDataSource db;
    JdbcTemplate jdbc;

    @BeforeEach
    void eenLegeDatabaseTotVersie14() throws SQLException {
        db = new SingleConnectionDataSource(nieuweDatabase(), instellingen.getUsername(), instellingen.getPassword(), true);
        jdbc = new JdbcTemplate(db);
        flyway("14").migrate();
        jdbc.update("insert into school (brin, naam, gemeente, samenwerkingsverband, regio) "
                + "values ('97MG00', 'Migratieschool', 'Migratiestad', 'SWV Migratie', 'MIDDEN')");
    }

    @Test
    void dubbeleToestemmingenWordenEen() {
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        toestemming(1, "JEUGDHULP", "OUDERS", "2026-01-10", null);
        toestemming(1, "JEUGDHULP", "OUDERS", "2026-02-01", null);
        // Withdrawn while a duplicate was in force: the withdrawal was meant for the consent.
        toestemming(1, "SWV", "OUDERS", "2026-01-10", null);
        toestemming(1, "SWV", "OUDERS", "2026-01-15", "2026-03-01");
        // Withdrawn before the other was given: the later one is new consent and stays.
        toestemming(1, "ONDERSTEUNINGSTEAM", "OUDERS", "2026-01-01", "2026-02-01");
        toestemming(1, "ONDERSTEUNINGSTEAM", "OUDERS", "2026-02-10", null);
        toestemming(1, "JEUGDHULP", "LEERLING", "2026-01-10", null);

        flyway("latest").migrate();

        assertThat(rijen("JEUGDHULP", "OUDERS")).containsExactly("2026-01-10/-/true");
        assertThat(rijen("SWV", "OUDERS")).containsExactly("2026-01-10/2026-03-01/null", "2026-01-15/2026-03-01/null");
        assertThat(rijen("ONDERSTEUNINGSTEAM", "OUDERS")).containsExactly("2026-01-01/2026-02-01/null", "2026-02-10/-/true");
        assertThat(rijen("JEUGDHULP", "LEERLING")).containsExactly("2026-01-10/-/true");
        assertThat(jdbc.queryForList("select ontvanger_gebruiker, school, dossier_nummer, tekst from melding"))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("ontvanger_gebruiker")).isEqualTo("zorgcoordinator");
                    assertThat(m.get("school")).isEqualTo("97MG00");
                    assertThat(m.get("dossier_nummer")).isEqualTo("2026-00001");
                    assertThat((String) m.get("tekst")).contains("samenwerkingsverband", "2026-03-01");
                });

        // From now on the database itself refuses a second consent in force, and one that is neither in force nor withdrawn.
        assertThatThrownBy(() -> jdbc.update("insert into toestemming (dossier_id, gegeven_door, scope, gegeven_op, actief) "
                + "values (1, 'OUDERS', 'JEUGDHULP', date '2026-04-01', true)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> toestemming(1, "LEERPLICHT", "OUDERS", "2026-04-01", null))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void dubbeleOpenDossiersBijEenSchoolWordenGesloten() {
        jdbc.update("insert into school (brin, naam, gemeente, samenwerkingsverband, regio) "
                + "values ('97MH00', 'Andere school', 'Migratiestad', 'SWV Migratie', 'MIDDEN')");
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        dossier(2, "2026-03-02T10:00:00Z", "111222333", "Sam", "Jansen");
        toestemming(2, "JEUGDHULP", "OUDERS", "2026-03-02", null);
        // Without BSN the name and birth date make the pupil, whatever the case and spaces in the file.
        dossier(3, "2026-03-03T10:00:00Z", null, "Noor", "de  Vries");
        dossier(4, "2026-03-04T10:00:00Z", null, "noor ", "De Vries");
        dossier(5, "2026-03-05T10:00:00Z", null, "Noor", "Bakker");
        // The same BSN at another school is that school's pupil; a closed dossier is not in the way.
        dossier(6, "2026-03-06T10:00:00Z", "111222333", "Sam", "Jansen");
        jdbc.update("update leerling set school_id = (select id from school where brin = '97MH00') where id = 6");
        dossier(7, "2026-01-01T10:00:00Z", "111222333", "Sam", "Jansen");
        jdbc.update("update dossier set status = 'GESLOTEN', sluitreden = 'Vertrokken' where id = 7");

        flyway("latest").migrate();

        assertThat(status()).containsExactly("1 OPEN", "2 GESLOTEN", "3 OPEN", "4 GESLOTEN", "5 OPEN", "6 OPEN", "7 GESLOTEN");
        assertThat(jdbc.queryForObject("select sluitreden from dossier where id = 2", String.class))
                .contains("Dubbel dossier", "2026-00001");
        assertThat(jdbc.queryForObject("select sluitreden from dossier where id = 4", String.class)).contains("2026-00003");
        assertThat(jdbc.queryForObject("select sluitreden from dossier where id = 7", String.class)).isEqualTo("Vertrokken");
        assertThat(jdbc.queryForObject("select count(*) from dossier where status = 'GESLOTEN' and open_sleutel is not null",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select gesloten_op from dossier where id = 2", Object.class)).isNotNull();
        // Nothing moved: the duplicate keeps its own consent.
        assertThat(jdbc.queryForObject("select count(*) from toestemming where dossier_id = 2", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select dossier_nummer from melding order by dossier_nummer", String.class))
                .containsExactly("2026-00002", "2026-00004");

        // From now on the database itself refuses a second open dossier for the pupil at that school.
        assertThatThrownBy(() -> jdbc.update("update dossier set open_sleutel = (select open_sleutel from dossier where id = 1) "
                + "where id = 5")).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void vanDezelfdeZorgTeltAlleenDeLaatsteAanmeldingAlsLopend() {
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        for (String instantie : new String[] {"p1", "p2", "p3"}) {
            aanmelding("LEREN", "NORMAAL", instantie);
        }
        aanmelding("LEREN", "HOOG", "p4");
        aanmelding("GEDRAG,LEREN", "NORMAAL", null);

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select proces_instantie_id, lopend from aanmelding order by id").stream()
                .map(r -> r.get("proces_instantie_id") + "/" + r.get("lopend")).toList())
                .containsExactly("p1/null", "p2/null", "p3/true", "p4/true", "null/null");
        assertThatThrownBy(() -> jdbc.update("update aanmelding set lopend = true where proces_instantie_id = 'p2'"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /**
     * V25, DUO's report types: RELATIEF is 16 uur verzuim; a Thuiszitter report or escalation is langdurig relatief
     * verzuim, open when it still stands and leerplicht has not closed it, with a thuiszitter signal beside it.
     */
    @Test
    void v25_thuiszittermeldingenWordenLangdurigRelatiefVerzuimMetEenThuiszittersignaal() {
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        long lopend = escalatie("THUISZITTER", "GEREGISTREERD", "verzuim", null);
        long afgesloten = escalatie("THUISZITTER", "AFGESLOTEN", "verzuim", "2026-12-15T12:00:00Z");
        long zonderMelding = escalatie("THUISZITTER", "AFGESLOTEN", "test", "2026-12-20T12:00:00Z");
        long verzuim = escalatie("VERZUIM", "GEREGISTREERD", "verzuim", null);
        melding(1, "THUISZITTER", "VERSTUURD", "2026-10-05", lopend);
        melding(2, "THUISZITTER", "VERSTUURD", "2026-10-05", afgesloten);
        melding(3, "RELATIEF", "CONCEPT", "2026-11-06", null);
        melding(4, "THUISZITTER", "INGETROKKEN", "2026-10-05", null);
        melding(5, "RELATIEF", "VERSTUURD", "2026-11-13", verzuim);

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select id, soort, einddatum, drempeldatum from verzuimmelding order by id").stream()
                .map(r -> r.get("id") + " " + r.get("soort") + " " + r.get("einddatum") + " " + r.get("drempeldatum"))
                .toList()).containsExactly(
                "1 LANGDURIG_RELATIEF null 2026-10-30",
                "2 LANGDURIG_RELATIEF 2026-10-30 2026-10-30",
                "3 ZESTIEN_UUR 2026-11-09 2026-11-09",
                "4 LANGDURIG_RELATIEF 2026-10-30 2026-10-30",
                "5 ZESTIEN_UUR 2026-11-16 2026-11-16");
        assertThat(jdbc.queryForList("select sinds, tot, bron, vastgesteld_op from thuiszitter order by bron, tot").stream()
                .map(r -> r.get("bron") + " " + r.get("sinds") + " " + r.get("tot") + " " + r.get("vastgesteld_op"))
                .toList()).containsExactlyInAnyOrder(
                "THUISZITTERMELDING 2026-10-05 null 2026-10-30",
                "THUISZITTERMELDING 2026-10-05 2026-10-30 2026-10-30",
                "THUISZITTERESCALATIE 2026-11-01 2026-12-20 2026-11-01");
        assertThat(jdbc.queryForList("select reden from leerplicht_escalatie order by id", String.class))
                .containsExactly("LANGDURIG_VERZUIM", "LANGDURIG_VERZUIM", "LANGDURIG_VERZUIM", "VERZUIM");
    }

    /**
     * V39, the OPP with the parents' instemming: per dossier the latest started arrangement's perspective and goals
     * become version 1, explicitly "vastgesteld vóór instemming was vastgelegd"; a request not started has no OPP yet.
     */
    @Test
    void v39_hetOppVanEenGestartArrangementWordtVersie1VoorInstemmingsrecht() {
        arrangement("2026-00001", "Eerst regulier.", "Oud doel", "2026-01-05");
        arrangement("2026-00001", "Regulier vo, havo.", "Sam werkt zelfstandig\nSam leest vlot", "2026-06-01");
        arrangement("2026-00002", "Nog niet gestart.", "Doel", null);
        arrangement("2026-00003", null, null, "2026-02-01");

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select dossier_nummer, versie, status, aanleiding, onderbouwing, doelen, "
                + "instemming_op from opp_versie order by dossier_nummer").stream()
                .map(r -> r.get("dossier_nummer") + " " + r.get("versie") + " " + r.get("status") + " "
                        + r.get("aanleiding") + " " + r.get("onderbouwing") + " " + r.get("doelen") + " "
                        + r.get("instemming_op")).toList())
                .containsExactly("2026-00001 1 VOOR_INSTEMMINGSRECHT OVERGENOMEN Regulier vo, havo. "
                        + "Sam werkt zelfstandig\nSam leest vlot null");
    }

    void arrangement(String dossier, String perspectief, String doelen, String startdatum) {
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, perspectief, opp_doelen, status, "
                + "startdatum) values (?, 'p', ?, ?, ?, ?)", dossier, perspectief, doelen,
                startdatum == null ? "AANGEVRAAGD" : "LOPEND",
                startdatum == null ? null : java.time.LocalDate.parse(startdatum));
    }

    long escalatie(String reden, String status, String bron, String afgeslotenOp) {
        jdbc.update("insert into leerplicht_escalatie (dossier_nummer, leerling_naam, geboortedatum, school_brin, "
                        + "school_naam, gemeente, reden, feiten, bron, contactpersoon, status, ontvangen_op, afgesloten_op) "
                        + "values ('2026-00001', 'Sam Jansen', date '2014-03-02', '97MG00', 'Migratieschool', "
                        + "'Migratiestad', ?, 'x', ?, 'zorgcoordinator', ?, ?, ?)", reden, bron, status,
                java.time.OffsetDateTime.parse("2026-11-01T12:00:00Z"),
                afgeslotenOp == null ? null : java.time.OffsetDateTime.parse(afgeslotenOp));
        return jdbc.queryForObject("select max(id) from leerplicht_escalatie", Long.class);
    }

    void melding(long id, String soort, String status, String van, Long escalatie) {
        java.time.LocalDate start = java.time.LocalDate.parse(van);
        java.time.LocalDate eind = soort.equals("THUISZITTER") ? start.plusDays(25) : start.plusDays(3);
        jdbc.update("insert into verzuimmelding (id, dossier_nummer, soort, startdatum, einddatum, uren, alle_lessen_gemist, "
                        + "status, aangemaakt_op, te_laat, escalatie_id) values (?, '2026-00001', ?, ?, ?, 16, true, ?, ?, "
                        + "false, ?)", id, soort, start, eind, status,
                java.time.OffsetDateTime.parse("2026-11-01T12:00:00Z"), escalatie);
    }

    void aanmelding(String categorieen, String urgentie, String instantie) {
        jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning, "
                + "signalen_onveiligheid, gemeld_door, gemeld_op, proces_instantie_id) values ('2026-00001', ?, ?, 'x', "
                + "false, false, 'mentor', ?, ?)", categorieen, urgentie,
                java.time.OffsetDateTime.parse("2026-03-02T10:00:00Z"), instantie);
    }

    /**
     * V42: each report its own DUO key. One that may have reached DUO (on its way, or with DUO's kenmerk) keeps the key
     * it was sent with, so a retry stays the same submission; the others get a UUID.
     */
    @Test
    void v42_eenMeldingDieAlBijDuoKanZijnHoudtHaarSleutelDeAndereKrijgenEenUuid() {
        flyway("36").migrate(); // before V42 (V36 is the last one every branch has)
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        String[][] meldingen = {{"11", "NAAR_DUO", null}, {"12", "VERSTUURD", "DUO-4711"}, {"13", "CONCEPT", null},
                {"14", "VERSTUURD", null}};
        for (String[] m : meldingen) {
            jdbc.update("insert into verzuimmelding (id, dossier_nummer, soort, startdatum, einddatum, drempeldatum, uren, "
                    + "alle_lessen_gemist, status, aangemaakt_op, te_laat, duo_kenmerk) values (?, '2026-00001', "
                    + "'ZESTIEN_UUR', date '2026-11-02', date '2026-11-05', date '2026-11-05', 16, true, ?, ?, false, ?)",
                    Long.parseLong(m[0]), m[1], java.time.OffsetDateTime.parse("2026-11-06T12:00:00Z"), m[2]);
        }

        flyway("latest").migrate();

        Map<Long, String> sleutels = new java.util.HashMap<>();
        jdbc.queryForList("select id, duo_sleutel from verzuimmelding").forEach(r ->
                sleutels.put(((Number) r.get("id")).longValue(), (String) r.get("duo_sleutel")));
        assertThat(sleutels.get(11L)).isEqualTo("EENPLAN-97MG00-VZM11-1");
        assertThat(sleutels.get(12L)).isEqualTo("EENPLAN-97MG00-VZM12-1");
        assertThat(UUID.fromString(sleutels.get(13L))).isNotNull();
        assertThat(UUID.fromString(sleutels.get(14L))).isNotNull();
        assertThat(sleutels.get(13L)).isNotEqualTo(sleutels.get(14L));
        // Unique and required from now on.
        assertThatThrownBy(() -> jdbc.update("update verzuimmelding set duo_sleutel = ? where id = 14", sleutels.get(13L)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /**
     * V79 (issue #25): each dossier gets its pupil's school, so the pupil list reads a school's page from an index; a
     * dossier without a school is refused from then on.
     */
    @Test
    void v79_elkDossierKrijgtDeSchoolVanZijnLeerling() {
        flywayTotVoor("79").migrate();
        dossier(1, "2026-03-01T10:00:00Z", "111222333", "Sam", "Jansen");
        jdbc.update("insert into school (brin, naam, gemeente, samenwerkingsverband, regio) "
                + "values ('97MH00', 'Tweede school', 'Migratiestad', 'SWV Migratie', 'MIDDEN')");
        long tweede = jdbc.queryForObject("select id from school where brin = '97MH00'", Long.class);
        dossier(2, "2026-03-02T10:00:00Z", "111222345", "Kim", "Bakker");
        jdbc.update("update leerling set school_id = ? where id = 2", tweede);
        jdbc.update("update dossier set status = 'GESLOTEN' where id = 2");

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select d.id || '/' || s.brin from dossier d join school s on s.id = d.school_id "
                + "order by d.id", String.class)).containsExactly("1/97MG00", "2/97MH00");
        jdbc.update("insert into leerling (voornaam, achternaam, geboortedatum, school_id, onderwijssoort, leerjaar) "
                + "values ('Lou', 'Smit', date '2014-03-02', ?, 'PO', 7)", tweede);
        long leerling = jdbc.queryForObject("select id from leerling where voornaam = 'Lou'", Long.class);
        assertThatThrownBy(() -> jdbc.update("insert into dossier (id, leerling_id, status, zorgcoordinator, aangemaakt_op) "
                + "values (3, ?, 'OPEN', 'zorgcoordinator', current_timestamp)", leerling))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private List<String> status() {
        return jdbc.queryForList("select id, status from dossier order by id").stream()
                .map(r -> r.get("id") + " " + r.get("status")).toList();
    }

    /** Flyway with EenPlan's migrations, SQL and Java, up to this version ("latest": all). */
    /**
     * V57: the deskundigen of a TLV are kept with the TLV, so they move with it to the pupil's new school; those of TLVs
     * granted before are copied from the arrangement that granted them (name, discipline, organisation, BRIN, date;
     * never the advice). A TLV without an arrangement, or an arrangement without advices, gets none.
     */
    @Test
    void deDeskundigenVanEenTlvKomenBijDeTlv_V57() {
        flywayTotVoor("57").migrate();
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, advies1_door, advies1, "
                + "advies1_discipline, advies1_organisatie, advies1_datum, advies2_door, advies2, advies2_discipline, "
                + "advies2_organisatie, advies2_brin, advies2_datum) values ('2026-00001', 'p1', 'LOPEND', 'Orthopedagoog A', "
                + "'TLV nodig.', 'ORTHOPEDAGOOG', 'Bureau SWV', date '2026-11-02', 'Jeugdarts B', 'TLV nodig.', 'ARTS', "
                + "'GGD regio Utrecht', null, date '2026-11-03')");
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status) values ('2026-00002', 'p2', "
                + "'LOPEND')");
        long metAdviezen = jdbc.queryForObject("select id from arrangement where proces_instantie_id = 'p1'", Long.class);
        long zonder = jdbc.queryForObject("select id from arrangement where proces_instantie_id = 'p2'", Long.class);
        for (Object[] tlv : new Object[][] {{"2026-00001", metAdviezen}, {"2026-00002", zonder}, {"2026-00003", null}}) {
            jdbc.update("insert into tlv (dossier_nummer, arrangement_id, school_brin, swv, status, aan_te_vullen, "
                    + "verleend_op) values (?, ?, '97MG00', 'SWV Migratie', 'GELDIG', false, current_timestamp)", tlv);
        }

        flyway("latest").migrate();

        assertThat(jdbc.queryForList("select t.dossier_nummer || '/' || d.volgorde || '/' || d.naam || '/' "
                + "|| d.discipline || '/' || d.organisatie || '/' || d.datum from tlv_deskundige d join tlv t "
                + "on t.id = d.tlv_id order by t.dossier_nummer, d.volgorde", String.class)).containsExactly(
                "2026-00001/0/Orthopedagoog A/ORTHOPEDAGOOG/Bureau SWV/2026-11-02",
                "2026-00001/1/Jeugdarts B/ARTS/GGD regio Utrecht/2026-11-03");
    }

    Flyway flyway(String totVersie) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .javaMigrations(javaMigraties.toArray(JavaMigration[]::new)).target(totVersie).load();
    }

    /** Flyway up to the migration just before this version, whichever number that one has. */
    Flyway flywayTotVoor(String versie) {
        return flyway(java.util.Arrays.stream(flyway("latest").info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion).filter(java.util.Objects::nonNull)
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(versie)) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion());
    }

    void dossier(long id, String aangemaaktOp, String bsn, String voornaam, String achternaam) {
        long school = jdbc.queryForObject("select id from school where brin = '97MG00'", Long.class);
        jdbc.update("insert into leerling (id, voornaam, achternaam, geboortedatum, bsn, school_id, onderwijssoort, leerjaar) "
                + "values (?, ?, ?, date '2014-03-02', ?, ?, 'PO', 7)", id, voornaam, achternaam, bsn, school);
        jdbc.update("insert into dossier (id, leerling_id, status, zorgcoordinator, aangemaakt_op) "
                + "values (?, ?, 'OPEN', 'zorgcoordinator', ?)", id, id, java.time.OffsetDateTime.parse(aangemaaktOp));
        jdbc.update("insert into plan (id, dossier_id) values (?, ?)", id, id);
    }

    void toestemming(long dossier, String scope, String gever, String gegevenOp, String ingetrokkenOp) {
        jdbc.update("insert into toestemming (dossier_id, gegeven_door, scope, gegeven_op, ingetrokken_op) values (?, ?, ?, ?, ?)",
                dossier, gever, scope, java.time.LocalDate.parse(gegevenOp),
                ingetrokkenOp == null ? null : java.time.LocalDate.parse(ingetrokkenOp));
    }

    /** A pupil's consents of one scope and giver as "given/withdrawn/actief", in the order they were given. */
    List<String> rijen(String scope, String gever) {
        return jdbc.queryForList("select gegeven_op, ingetrokken_op, actief from toestemming where scope = ? "
                        + "and gegeven_door = ? order by gegeven_op, id", scope, gever).stream()
                .map(r -> r.get("gegeven_op") + "/" + (r.get("ingetrokken_op") == null ? "-" : r.get("ingetrokken_op"))
                        + "/" + r.get("actief"))
                .toList();
    }

    /** An empty database next to the application's: in memory on H2, a new database on the PostgreSQL server. */
    private String nieuweDatabase() throws SQLException {
        String naam = "migratie_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (url.startsWith("jdbc:h2:")) {
                return "jdbc:h2:mem:" + naam + ";DB_CLOSE_DELAY=-1";
            }
            c.createStatement().execute("create database " + naam);
            return url.replaceFirst("/[^/?]+(\\?|$)", "/" + naam + "$1");
        }
    }
}
