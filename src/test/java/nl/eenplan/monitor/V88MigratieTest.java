package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.database.Databasesoort;
import nl.eenplan.security.Toegang;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue #25: V88 on an installation in use. The shares' cases not decided yet were read from the facts at every
 * request; V88 puts every school with such a case in the cells' outbox, and until the worker has done those rows the
 * monitor reads them from the facts as before (never the steps of some schools beside the facts of others). After
 * that the rows' steps ({@link OpenAandelen}) give the same cells at every moment, without reading the facts; a row
 * without steps (a node of an older version wrote it) has its school's cases read from the facts again.
 */
class V88MigratieTest {

    private static final Toegang.Zicht ALLES = new Toegang.Zicht(true, Set.of());
    /** A user of two of the three schools: the cells of those schools, and their rows' steps ({@code LEES}). */
    private static final Toegang.Zicht TWEE = new Toegang.Zicht(false, Set.of("82AA00", "82BB00"));
    /** A thuiszitter's 12 weeks and 1 August, in Dutch time. */
    private static final Instant EERSTE = Instant.parse("2024-12-24T23:00:00Z");
    private static final Instant TWEEDE = Instant.parse("2025-07-31T22:00:00Z");
    private static final List<Instant> MOMENTEN = List.of(EERSTE.minusSeconds(1), EERSTE, TWEEDE.minusSeconds(1),
            TWEEDE);
    private static final Periode JAAR = Periode.schooljaar(2024);
    private static final List<Periode> PERIODEN = List.of(JAAR, Periode.maand(java.time.YearMonth.of(2024, 10)),
            Periode.maand(java.time.YearMonth.of(2025, 3)));

    @Test
    void deOpenZakenKomenUitDeFeitenTotDeWerkerDeScholenHeeftHerberekendEnDaarnaUitDeStappen() {
        JdbcDataSource db = V85MigratieTest.tot82("v88");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(db);
        // School 2 in October: pupil 9 with a decided share and an open one in the same cell (counted once), pupil 10
        // with two open ones (counted from the first). School 4 in March: one open case, nothing decided, so before
        // V88 that school and month had no cells and no row.
        LocalDate oktober = LocalDate.of(2024, 10, 1);
        feit(jdbc, 9, 2, oktober, 1, null);
        feit(jdbc, 9, 2, oktober, null, EERSTE);
        feit(jdbc, 10, 2, oktober, null, TWEEDE);
        feit(jdbc, 10, 2, oktober, null, EERSTE);
        feit(jdbc, 11, 4, LocalDate.of(2025, 3, 3), null, TWEEDE);
        feit(jdbc, 12, 4, LocalDate.of(2025, 3, 3), null, null); // never "no" by time: counts nowhere
        // School 6: a decided case only, nothing to recompute.
        jdbc.update("insert into school values (6, '82CC00', 'Nieuwdorp', 'SWV Oud')");
        feit(jdbc, 13, 6, oktober, 0, null);
        // The cells as the worker kept them before V88: the decided cases only.
        for (String periode : List.of("2024-10", "2024-2025")) {
            for (long school : List.of(2L, 6L)) {
                jdbc.update("insert into monitor_cel (school_id, periode, indicator, aantal, leerlingen, ja, som,"
                        + " gemeente, samenwerkingsverband) select ?, ?, 'zorgplichtBinnen6Weken', 1, 1, ja, 0,"
                        + " gemeente, samenwerkingsverband from monitor_feit join school on school.id = school_id"
                        + " where dossier_id = ? and ja is not null", school, periode, school == 2 ? 9 : 13);
            }
        }
        V82MigratieTest.voer(db, "V85__monitor_schoolperiode.sql");
        try (var c = db.getConnection()) {
            V86__SchoolperiodenUitDeCellen.vul(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        V85MigratieTest.v88(db);

        assertThat(jdbc.queryForList("select school_id from monitor_cel_wachtrij where maand is null"
                + " order by school_id", Long.class)).as("elke school met een open zaak in de wachtrij")
                .containsExactly(2L, 4L);
        assertThat(jdbc.queryForObject("select waarde from monitor_status where naam = 'open_vulling_tot'", Long.class))
                .isEqualTo(jdbc.queryForObject("select max(id) from monitor_cel_wachtrij", Long.class));
        assertThat(jdbc.queryForList("select school_id || ' ' || periode from monitor_schoolperiode where"
                + " open_aandelen is not null order by periode", String.class))
                .as("de rijen van een school zonder open zaak: stappen zonder zaken").containsExactly("6 2024-10",
                        "6 2024-2025");
        Feitenbron feiten = new Feitenbron(named);
        long uitFeiten = Celtabel.OPEN_UIT_FEITEN.sum();
        List<String> voor = vergelijk(new Celtabel(named), feiten, "voor de werker");
        assertThat(Celtabel.OPEN_UIT_FEITEN.sum() - uitFeiten).as("uit de feiten, elke keer").isEqualTo(voor.size());
        // The worker halfway: school 2 has its steps, school 4 not yet. Still every school's cases from the facts,
        // never school 2's steps beside them.
        Monitorcellen werker = new Monitorcellen(named, Mockito.mock(Databasesoort.class));
        werker.herberekenOnderSlot(Map.of(2L, new HashSet<>(Arrays.asList((LocalDate) null))));
        jdbc.update("delete from monitor_cel_wachtrij where school_id = 2");
        assertThat(vergelijk(new Celtabel(named), feiten, "werker halverwege")).isEqualTo(voor);

        // The worker does V88's rows.
        Map<Long, Set<LocalDate>> scholen = new HashMap<>();
        jdbc.queryForList("select school_id from monitor_cel_wachtrij", Long.class).forEach(school -> scholen.put(
                school, new HashSet<>(Arrays.asList((LocalDate) null))));
        werker.herberekenOnderSlot(scholen);
        jdbc.update("delete from monitor_cel_wachtrij");

        assertThat(jdbc.queryForList("select school_id || ' ' || periode from monitor_schoolperiode where"
                + " open_aandelen is not null order by school_id, periode", String.class))
                .as("school 4 nu met een rij zonder cellen").containsExactly("2 2024-10", "2 2024-2025",
                        "4 2024-2025", "4 2025-03", "6 2024-10", "6 2024-2025");
        uitFeiten = Celtabel.OPEN_UIT_FEITEN.sum();
        List<String> na = vergelijk(new Celtabel(named), feiten, "uit de stappen");
        assertThat(Celtabel.OPEN_UIT_FEITEN.sum()).as("geen open zaak uit de feiten").isEqualTo(uitFeiten);
        assertThat(na).isEqualTo(voor);

        // A row without steps after all (written by a node of an older version): that school's cases from the facts.
        jdbc.update("update monitor_schoolperiode set open_aandelen = null where school_id = 2");
        assertThat(vergelijk(new Celtabel(named), feiten, "rij zonder stappen")).isEqualTo(voor);
        assertThat(Celtabel.OPEN_UIT_FEITEN.sum()).as("uit de feiten voor die school").isGreaterThan(uitFeiten);
    }

    /**
     * The kept cells and the facts read alike at each moment, in every view of a whole-region reader (per school, and
     * by group from the rows per school) and of a reader of two schools (their cells); answers what they read.
     */
    private static List<String> vergelijk(Celtabel celtabel, Feitenbron feiten, String wanneer) {
        List<String> gelezen = new ArrayList<>();
        for (Toegang.Zicht zicht : List.of(ALLES, TWEE)) {
            for (Periode periode : PERIODEN) {
                for (Instant nu : MOMENTEN) {
                    String verwacht = cellen(feiten.lees(periode, zicht, nu));
                    for (Indeling per : Indeling.values()) {
                        assertThat(cellen(celtabel.lees(periode, zicht, nu, per))).as("%s: %s, %s om %s, %s", wanneer,
                                zicht.scholen(), periode.code(), nu, per).isEqualTo(verwacht);
                        gelezen.add(verwacht);
                    }
                }
            }
        }
        assertThat(gelezen).as("de open zaken tellen mee").anyMatch(g -> g.contains("82BB00"))
                .anyMatch(g -> g.contains("82AA00 null 3 1 2"));
        return gelezen;
    }

    /** The schools read and every share's cell: school, part, cases, yes, pupils. */
    private static String cellen(Celbron.Gelezen gelezen) {
        List<String> uit = new ArrayList<>(List.of(String.join(",", gelezen.brins())));
        for (Celbron.Figuur figuur : gelezen.figuren()) {
            figuur.cellen().forEach((cel, t) -> uit.add(figuur.naam() + " " + cel.brin() + " " + cel.onderdeel() + " "
                    + t.aantal + " " + t.ja + " " + t.aantalLeerlingen()));
        }
        uit.subList(1, uit.size()).sort(null);
        return String.join("; ", uit);
    }

    private static void feit(JdbcTemplate jdbc, long dossier, long school, LocalDate peildag, Integer ja,
                             Instant neeVanaf) {
        jdbc.update("insert into monitor_feit (indicator, dossier_id, school_id, peildag, ja, nee_vanaf) values"
                + " ('zorgplichtBinnen6Weken', ?, ?, ?, ?, ?)", dossier, school, Date.valueOf(peildag), ja,
                neeVanaf == null ? null : Timestamp.from(neeVanaf));
    }
}
