package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.IntegratieTest;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue #25 (S5): the monitor from its facts gives exactly the figures of the direct computation over the tables,
 * suppression included: on the example region (Voorbeeldregio, two school years, two gemeenten in one SWV), for every
 * grouping, for school years and months (two with a change to or from summer time), for the views of a process owner,
 * a gemeente, an SWV and a single school, and on moments either side of the two figures that change with time: a
 * thuiszitter's 12 weeks and 1 August for a warm handover. Issue #25 (S6): the same for the per-school cells kept
 * from the facts ({@link Celtabel}), and the durations' histograms kept per group for a view of every school.
 */
class MonitorFeitenGelijkIT extends IntegratieTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final List<String> GELIJKSTAD = List.of("93GA00", "93GB00", "93GC00");
    private static final String GELIJKDORP = "93GD00";
    /** The first day at home of the tables still open: 12 weeks later it is 24 December, "no" from 25 December. */
    private static final LocalDate THUIS_SINDS = LocalDate.of(2024, 10, 1);

    @Autowired
    Voorbeeldregio regio;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    MonitorService monitor;
    @Autowired
    DirecteBron direct;
    @Autowired
    Feitenbron feiten;
    @Autowired
    Celtabel cellen;
    @Autowired
    Monitorwachtrij wachtrij;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void deFeitenGevenPreciesDeDirecteCijfers() {
        gebruikers.maakAlsNieuw("zcGelijk", "Test", "Gelijk", "demo", Groepen.ZORGCOORDINATOR);
        regio.genereer(new Voorbeeldregio.Opdracht("Gelijkstad", "SWV Gelijk", GELIJKSTAD, 40, 2024, "zcGelijk", 11));
        regio.genereer(new Voorbeeldregio.Opdracht("Gelijkdorp", "SWV Gelijk", List.of(GELIJKDORP), 30, 2025, "zcGelijk", 12));
        nogNietBeslist();
        // Other tests in this JVM wrote the capabilities' tables with JDBC too, past the outbox: every dossier rebuilt
        // (the full rebuild of docs/beheer.md), so the process owner's view is complete as well.
        wachtrij.zetAlles();
        wachtrij.verwerkAlles();
        assertThat(jdbc.queryForObject("select count(*) from monitor_wachtrij", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij", Integer.class)).isZero();

        Instant twaalfWeken = THUIS_SINDS.plusDays(85).atStartOfDay(NL).toInstant();
        Instant eersteAugustus = LocalDate.of(2025, 8, 1).atStartOfDay(NL).toInstant();
        List<Instant> momenten = List.of(twaalfWeken.minusSeconds(1), twaalfWeken, eersteAugustus.minusSeconds(1),
                eersteAugustus);
        // A process owner is a member of every school: sees every one without being an administrator.
        Toegang.Zicht elkeSchool = new Toegang.Zicht(false, Set.copyOf(jdbc.queryForList("select brin from school",
                String.class)));
        List<Toegang.Zicht> zichten = List.of(new Toegang.Zicht(true, Set.of()), elkeSchool,
                new Toegang.Zicht(false, Set.copyOf(GELIJKSTAD)),
                new Toegang.Zicht(false, Set.of(GELIJKSTAD.get(0), GELIJKSTAD.get(1), GELIJKSTAD.get(2), GELIJKDORP)),
                new Toegang.Zicht(false, Set.of(GELIJKSTAD.get(0))), new Toegang.Zicht(false, Set.of()));
        List<Periode> perioden = List.of(Periode.schooljaar(2024), Periode.schooljaar(2025),
                Periode.maand(YearMonth.of(2024, 10)), Periode.maand(YearMonth.of(2025, 3)), Periode.maand(YearMonth.of(2024, 12)));
        int vergeleken = 0;
        int getoond = 0;
        long perRij = Celtabel.PER_RIJ.sum();
        long openUitFeiten = Celtabel.OPEN_UIT_FEITEN.sum();
        for (Toegang.Zicht zicht : zichten) {
            for (Periode periode : perioden) {
                // The moments matter for the school year the open cases are in; other periods once.
                for (Instant nu : periode.equals(Periode.schooljaar(2024)) ? momenten : List.of(twaalfWeken)) {
                    for (Indeling per : Indeling.values()) {
                        List<Indicator> uitTabellen = monitor.indicatoren(periode, per, zicht, nu, direct);
                        List<Indicator> uitFeiten = monitor.indicatoren(periode, per, zicht, nu, feiten);
                        assertThat(uitFeiten).as("%s, %s, %s, %s", zicht, periode.code(), nu, per).isEqualTo(uitTabellen);
                        // Issue #25 (S6): the per-school cells kept from the facts, and the shares not decided yet.
                        List<Indicator> uitCellen = monitor.indicatoren(periode, per, zicht, nu, cellen);
                        assertThat(uitCellen).as("cellen: %s, %s, %s, %s", zicht, periode.code(), nu, per).isEqualTo(uitTabellen);
                        // Issue #25: a view of every school takes a gemeente's, an SWV's or the total's percentiles
                        // from the kept group cells (not from every school's histograms), with the same result.
                        assertThat(cellen.lees(periode, zicht, nu, per).gehouden()).as("groepcellen: %s, %s", zicht, per)
                                .isEqualTo((zicht.alles() || zicht == elkeSchool) && per != Indeling.SCHOOL ? per : null);
                        vergeleken++;
                        getoond += (int) uitFeiten.stream().filter(i -> !i.onderdrukt()).count();
                    }
                }
            }
        }
        assertThat(vergeleken).isEqualTo(6 * (4 + 4) * 4);
        // Issue #25: a view of every school per school (an administrator's, a process owner's: 2 × 8 periods and
        // moments, read twice above) came from the rows per school and the durations' histograms each time.
        assertThat(Celtabel.PER_RIJ.sum() - perRij).as("weergave per school uit de rijen per school")
                .isEqualTo(2 * 8 * 2);
        // Issue #25 (V88): the open cases at each moment above came from the rows' steps, never from the facts.
        assertThat(Celtabel.OPEN_UIT_FEITEN.sum()).as("open zaken uit de feiten gelezen").isEqualTo(openUitFeiten);
        eenRijDieNietKlopt(new Toegang.Zicht(true, Set.of()));
        eenRijDieNietKlopt(elkeSchool);

        // The kept cells read each school's BRIN and groups once, before its cells; a school that is not among those
        // (made in the moment between the two statements) is read on its own, with the same figures.
        Celtabel schoolLaterGemaakt = new Celtabel(named) {
            @Override
            Map<Long, Celbron.School> scholen(MapSqlParameterSource p) {
                return new HashMap<>();
            }
        };
        for (Toegang.Zicht zicht : zichten) {
            for (Indeling per : Indeling.values()) {
                Periode jaar = Periode.schooljaar(2024);
                assertThat(monitor.indicatoren(jaar, per, zicht, twaalfWeken, schoolLaterGemaakt))
                        .as("school los gelezen: %s, %s", zicht, per)
                        .isEqualTo(monitor.indicatoren(jaar, per, zicht, twaalfWeken, direct));
            }
        }
        assertThat(getoond).as("getoonde cellen").isGreaterThan(500);

        // Issue #25: a user with as many schools as there are, whose schools all were among those read first, is read
        // without a list of schools. A school made in the moment after (here: left out of those read first) that the
        // user does not see must not count: the cells are read again for the user's own schools.
        String nieuw = GELIJKSTAD.get(0);
        Set<String> nietDeNieuwe = new HashSet<>(elkeSchool.scholen());
        nietDeNieuwe.remove(nieuw);
        nietDeNieuwe.add("ZZ99"); // as many schools as there are
        Toegang.Zicht zonderDeNieuwe = new Toegang.Zicht(false, nietDeNieuwe);
        Celtabel nieuweSchoolErna = new Celtabel(named) {
            @Override
            Map<Long, Celbron.School> scholen(MapSqlParameterSource p) {
                Map<Long, Celbron.School> gelezen = super.scholen(p);
                gelezen.values().removeIf(school -> school.brin().equals(nieuw));
                return gelezen;
            }
        };
        for (Indeling per : Indeling.values()) {
            Periode jaar = Periode.schooljaar(2024);
            assertThat(monitor.indicatoren(jaar, per, zonderDeNieuwe, twaalfWeken, nieuweSchoolErna))
                    .as("nieuwe school buiten zicht: %s", per)
                    .isEqualTo(monitor.indicatoren(jaar, per, zonderDeNieuwe, twaalfWeken, direct));
        }

        // The moments do matter: from each boundary on, the open cases count, as "no"; a second before, not at all. Seen
        // in the cells before suppression (a shown cell may be suppressed at one moment to protect a small other one).
        Toegang.Zicht school = new Toegang.Zicht(false, Set.of(GELIJKSTAD.get(0)));
        Periode jaar = Periode.schooljaar(2024);
        for (Celbron bron : List.of(direct, feiten, cellen)) {
            telOpenMee(bron, jaar, school, twaalfWeken, "thuiszittersTerugBinnen12Weken", OPEN_TAFELS);
            telOpenMee(bron, jaar, school, eersteAugustus, "warmeOverdrachtVoorSchooljaar", OPEN_OVERDRACHTEN);
        }
        // Exactly the direct computation's pupils, either side of the boundary: the first pupil has a decided and an
        // open table in the same cell and counts once.
        for (Instant moment : List.of(twaalfWeken.minusSeconds(1), twaalfWeken)) {
            for (String indicator : List.of("thuiszittersTerugBinnen12Weken", "warmeOverdrachtVoorSchooljaar")) {
                long verwacht = telling(direct.lees(jaar, school, moment), indicator).aantalLeerlingen();
                assertThat(telling(cellen.lees(jaar, school, moment), indicator).aantalLeerlingen())
                        .as("cellen: leerlingen van %s om %s", indicator, moment).isEqualTo(verwacht);
                assertThat(telling(feiten.lees(jaar, school, moment), indicator).aantalLeerlingen())
                        .as("feiten: leerlingen van %s om %s", indicator, moment).isEqualTo(verwacht);
            }
        }
    }

    /**
     * A school's row that does not hold its duration cell's cases (cannot happen through the worker, which writes both
     * in one transaction): the view per school of every school then reads every cell, with the direct figures.
     */
    private void eenRijDieNietKlopt(Toegang.Zicht alle) {
        Periode jaar = Periode.schooljaar(2024);
        MapSqlParameterSource p = new MapSqlParameterSource("periode", jaar.code()).addValue("brin", GELIJKSTAD.get(0));
        String waar = " where periode = :periode and school_id = (select id from school where brin = :brin)";
        byte[] rij = named.queryForObject("select cellen from monitor_schoolperiode" + waar, p, byte[].class);
        List<Schoolperioden.Schoolcel> anders = new ArrayList<>();
        Schoolperioden.lees(rij, anders::add);
        // One duration cell with a case more than its histogram holds.
        int duur = 0;
        while (Feitenbron.INDICATOREN.get(anders.get(duur).indicator()) != Celbron.Soort.DUUR) {
            duur++;
        }
        Schoolperioden.Schoolcel cel = anders.get(duur);
        anders.set(duur, new Schoolperioden.Schoolcel(cel.indicator(), cel.onderdeel(), cel.aantal() + 1,
                cel.leerlingen(), cel.ja(), cel.som()));
        named.update("update monitor_schoolperiode set cellen = :cellen" + waar,
                new MapSqlParameterSource(p.getValues()).addValue("cellen", Schoolperioden.schrijf(anders)));
        try {
            Instant nu = THUIS_SINDS.plusDays(85).atStartOfDay(NL).toInstant();
            long voor = Celtabel.PER_RIJ.sum();
            assertThat(monitor.indicatoren(jaar, Indeling.SCHOOL, alle, nu, cellen)).as("rij klopt niet: %s", alle)
                    .isEqualTo(monitor.indicatoren(jaar, Indeling.SCHOOL, alle, nu, direct));
            assertThat(Celtabel.PER_RIJ.sum()).as("alle cellen gelezen: %s", alle).isEqualTo(voor);
        } finally {
            named.update("update monitor_schoolperiode set cellen = :cellen" + waar,
                    new MapSqlParameterSource(p.getValues()).addValue("cellen", rij));
        }
    }

    private static void telOpenMee(Celbron bron, Periode periode, Toegang.Zicht zicht, Instant grens, String indicator,
                                   int open) {
        Celbron.Telling voor = telling(bron.lees(periode, zicht, grens.minusSeconds(1)), indicator);
        Celbron.Telling na = telling(bron.lees(periode, zicht, grens), indicator);
        String wat = bron.getClass().getSimpleName() + ": " + indicator;
        assertThat(na.aantal).as(wat + ": zaken").isEqualTo(voor.aantal + open);
        assertThat(na.ja).as(wat + ": ja").isEqualTo(voor.ja);
        assertThat(na.aantalLeerlingen()).as(wat + ": leerlingen").isGreaterThanOrEqualTo(voor.aantalLeerlingen())
                .isLessThanOrEqualTo(voor.aantalLeerlingen() + open);
        if (!(bron instanceof Celtabel)) {
            assertThat(na.leerlingen()).as(wat + ": leerlingen").hasSizeGreaterThanOrEqualTo(open)
                    .containsAll(voor.leerlingen());
        }
    }

    /** The school's one cell of an indicator, as a source reads it (empty when it has none). */
    private static Celbron.Telling telling(Celbron.Gelezen gelezen, String indicator) {
        Celbron.Figuur figuur = gelezen.figuren().stream().filter(f -> f.naam().equals(indicator)).findFirst().orElseThrow();
        assertThat(figuur.cellen().size()).as(indicator + ": één school").isLessThanOrEqualTo(1);
        return figuur.cellen().values().stream().findFirst().orElseGet(Celbron.Telling::new);
    }

    private static final int OPEN_TAFELS = 12;
    private static final int OPEN_OVERDRACHTEN = 6;

    /**
     * Pupils of the first school with a thuiszitter table still open since {@link #THUIS_SINDS}, and pupils (without a
     * transition of their own) with a warm handover needed that has not taken place: not counted until their boundary,
     * "no" from it. Written as a process would, with JDBC (the generator's way); their dossiers into the outbox by hand.
     */
    private void nogNietBeslist() {
        List<Map.Entry<Long, String>> dossiers = jdbc.query("select d.id, d.aangemaakt_op from dossier d"
                + " join leerling l on l.id = d.leerling_id join school s on s.id = l.school_id where s.brin = ? order by d.id",
                (rs, n) -> Map.entry(rs.getLong(1), Monitorfeiten.nummer(rs.getLong(1), rs.getTimestamp(2).toInstant())),
                GELIJKSTAD.get(0));
        Set<String> metOverstap = Set.copyOf(jdbc.queryForList("select dossier_nummer from overstap", String.class));
        List<Long> ids = new ArrayList<>();
        int overdrachten = 0;
        for (int i = 0; i < dossiers.size() && overdrachten < OPEN_OVERDRACHTEN; i++) {
            long id = dossiers.get(i).getKey();
            String nummer = dossiers.get(i).getValue();
            if (i == 0) {
                // Also a table of the same school year already decided (back within 12 weeks): the pupil is counted
                // once, whether the open one counts yet or not (Celtabel reads the open ones apart from the cells).
                jdbc.update("insert into thuiszitterstafel (dossier_nummer, school_brin, eigenaar, routering, behandelaar,"
                        + " bron, gemeld_op, thuis_sinds, escalaties, status, uitkomst, teruggekeerd_op, afgesloten_op)"
                        + " values (?, ?, ?, 'SCHOOL', 'leerplicht', 'VERZUIMSIGNAAL', ?, ?, 0, 'AFGESLOTEN',"
                        + " 'TERUG_OP_SCHOOL', ?, ?)", nummer, GELIJKSTAD.get(0), GELIJKSTAD.get(0),
                        Timestamp.from(LocalDate.of(2024, 8, 26).atTime(9, 0).atZone(NL).toInstant()),
                        Date.valueOf(LocalDate.of(2024, 8, 26)), Date.valueOf(LocalDate.of(2024, 9, 16)),
                        Timestamp.from(LocalDate.of(2024, 9, 16).atTime(15, 0).atZone(NL).toInstant()));
            }
            if (i < OPEN_TAFELS) {
                jdbc.update("insert into thuiszitterstafel (dossier_nummer, school_brin, eigenaar, routering, behandelaar,"
                        + " bron, gemeld_op, thuis_sinds, escalaties, status) values (?, ?, ?, 'SCHOOL', 'leerplicht',"
                        + " 'VERZUIMSIGNAAL', ?, ?, 0, 'PLAN')", nummer, GELIJKSTAD.get(0), GELIJKSTAD.get(0),
                        Timestamp.from(THUIS_SINDS.atTime(9, 0).atZone(NL).toInstant()), Date.valueOf(THUIS_SINDS));
            } else if (!metOverstap.contains(nummer)) {
                jdbc.update("insert into overstap (dossier_nummer, schooljaar, soort, proces_instantie_id, ingeschreven,"
                        + " aangemaakt_op, warme_overdracht_nodig, overgedragen_op) values (?, '2024-2025', 'PO_VO', ?, null, ?,"
                        + " true, null)", nummer, "gelijk-" + id, Timestamp.from(Instant.parse("2024-11-05T10:00:00Z")));
                overdrachten++;
            }
            ids.add(id);
        }
        assertThat(overdrachten).isEqualTo(OPEN_OVERDRACHTEN);
        wachtrij.zet(ids);
    }
}
