package nl.eenplan.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.security.Toegang;
import nl.eenplan.termijn.Schooljaar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitor's cells computed straight from the capabilities' tables, per request: every indicator reads its own
 * table for the period, after the school of every dossier of the user's schools is read once. The facts
 * ({@link Monitorfeiten}) are checked against this computation (MonitorFeitenGelijkIT); it answers too while the
 * facts' first fill is not done, or with {@code eenplan.monitor.bron: direct}.
 */
@Component
class DirecteBron implements Celbron {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final NamedParameterJdbcTemplate jdbc;

    DirecteBron(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu) {
        Bron b = new Bron(schoolPerDossier(zicht), new MapSqlParameterSource()
                .addValue("van", Timestamp.from(periode.van().atStartOfDay(NL).toInstant()))
                .addValue("tot", Timestamp.from(periode.tot().plusDays(1).atStartOfDay(NL).toInstant()))
                .addValue("vanDag", periode.van()).addValue("totDag", periode.tot()), nu);
        List<Kaart> kaarten = new ArrayList<>();
        kaarten.add(duur("signaalTotIntake", """
                select a.dossier_nummer, a.gemeld_op as begin_, a.intake_op as eind_ from aanmelding a
                where a.intake_op is not null and a.gemeld_op >= :van and a.gemeld_op < :tot""", b));
        kaarten.add(intakeTotPlan(b));
        kaarten.add(duur("aanvraagTotStartArrangement", """
                select ar.dossier_nummer, ar.registratie_ontvangen_op as begin_, ar.startdatum as eind_ from arrangement ar
                where ar.startdatum is not null and ar.voortgezet_elders = false
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", b));
        kaarten.add(duur("escalatieTotBeoordeling", """
                select e.dossier_nummer, e.ontvangen_op as begin_, e.beoordeeld_op as eind_ from leerplicht_escalatie e
                where e.beoordeeld_op is not null and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", b));
        kaarten.add(duur("escalatiesPerReden", """
                select e.dossier_nummer, e.reden as onderdeel, e.ontvangen_op as begin_, e.beoordeeld_op as eind_
                from leerplicht_escalatie e
                where e.beoordeeld_op is not null and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", b));
        kaarten.add(zorgplichtBinnen(6, b));
        kaarten.add(zorgplichtBinnen(10, b));
        // The thuiszittersaanpak's tables (issue #23), not the raw signal: tables that began in the period and closed
        // with the pupil back in education; from the first day at home (or the signal) to the return (or the closing).
        kaarten.add(duur("thuiszitters", "select t.dossier_nummer, " + THUIS_VANAF + " as begin_, " + THUIS_TOT
                + " as eind_ from thuiszitterstafel t where t.status = 'AFGESLOTEN'"
                + " and t.uitkomst in ('TERUG_OP_SCHOOL', 'ANDER_ONDERWIJS')"
                + " and " + THUIS_VANAF + " >= :vanDag and " + THUIS_VANAF + " <= :totDag", b));
        kaarten.add(thuiszittersTerugBinnen(b));
        // The TLV's outcome (issue #23, process tlv): of the TLVs that ended in the period (not replaced by a new
        // one), the share whose pupil went back to regular education.
        kaarten.add(aandeel("tlvTerugNaarRegulier", """
                select t.dossier_nummer, case when t.status = 'TERUG_NAAR_REGULIER' then 1 else 0 end as ja from tlv t
                where t.status in ('TERUG_NAAR_REGULIER', 'VERLOPEN')
                  and t.beeindigd_op >= :vanDag and t.beeindigd_op <= :totDag""", b));
        kaarten.add(doelrealisatie(b));
        // The closing survey as parents and pupils filled it in themselves (issue #24, table arrangement_enquete), of
        // arrangements closed in the period; what the school entered on their behalf before (arrangement's own
        // columns) is history and does not count.
        kaarten.add(enquete("tevredenheidOuders", "tevredenheid", "OUDER", b));
        kaarten.add(enquete("tevredenheidLeerling", "tevredenheid", "LEERLING", b));
        kaarten.add(enquete("ervarenBaatOuders", "ervaren_baat", "OUDER", b));
        kaarten.add(enquete("ervarenBaatLeerling", "ervaren_baat", "LEERLING", b));
        kaarten.add(aandeel("ingeschrevenNaOverstap", """
                select o.dossier_nummer, case when o.ingeschreven then 1 else 0 end as ja from overstap o
                where o.ingeschreven is not null and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot""", b));
        kaarten.add(aandeel("warmeOverdrachtVoorSchooljaar", """
                select o.dossier_nummer, o.schooljaar, o.overgedragen_op from overstap o
                where o.warme_overdracht_nodig = true and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot""",
                b, rs -> voorHetSchooljaar(rs, b.nu())));
        kaarten.add(aandeel("termijnGehaald", """
                select t.dossier_nummer, concat(t.proces, ': ', t.stap_naam) as onderdeel,
                       case when t.afgerond_op <= t.termijn then 1 else 0 end as ja from stap_termijn t
                where t.termijn >= :van and t.termijn < :tot""", b));
        // An arrangement a school change moved (V47, "voortgezet elders") counts once: at the new school.
        kaarten.add(aandeel("uitval", """
                select o.dossier_nummer, case when o.ingeschreven then 0 else 1 end as ja from overstap o
                where o.ingeschreven is not null and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot
                union all
                select ar.dossier_nummer, case when ar.status = 'GEEN_PLAATS' then 1 else 0 end as ja from arrangement ar
                where ar.status in ('LOPEND', 'AFGESLOTEN', 'GEEN_PLAATS') and ar.voortgezet_elders = false
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", b));
        return Cellen.uit(kaarten, b.scholen().values());
    }

    /** Where a pupil's time at home starts and ends, in a table of the thuiszittersaanpak. */
    static final String THUIS_VANAF = "coalesce(t.thuis_sinds, cast(t.gemeld_op as date))";
    static final String THUIS_TOT = "coalesce(t.teruggekeerd_op, cast(t.afgesloten_op as date))";
    /**
     * The Thuiszitterspact's aim (2016): no pupil longer than 3 months at home without a suitable offer; 12 weeks.
     */
    static final int TERUG_BINNEN_WEKEN = 12;

    /**
     * The share of tables begun in the period whose pupil was back in education (the school, or other education)
     * within 12 weeks of the first day at home. Decided once closed, or once 12 weeks passed without the return.
     */
    private Kaart thuiszittersTerugBinnen(Bron b) {
        LocalDate vandaag = LocalDate.ofInstant(b.nu(), NL);
        int dagen = TERUG_BINNEN_WEKEN * 7;
        return aandeel(Monitorfeiten.TERUG_BINNEN, "select t.dossier_nummer, "
                + THUIS_VANAF + " as begin_, " + THUIS_TOT + " as eind_, t.uitkomst from thuiszitterstafel t where "
                // A table merged into the pupil's older one (a school change) is that one's: counted once, there.
                + "(t.uitkomst is null or t.uitkomst <> 'SAMENGEVOEGD') and "
                + THUIS_VANAF + " >= :vanDag and " + THUIS_VANAF + " <= :totDag", b, rs -> {
                    LocalDate begin = rs.getDate("begin_").toLocalDate();
                    java.sql.Date eind = rs.getDate("eind_");
                    String uitkomst = rs.getString("uitkomst");
                    if (uitkomst != null) {
                        return terugBinnen(uitkomst, begin, eind);
                    }
                    return vandaag.isAfter(begin.plusDays(dagen)) ? false : null;
                });
    }

    /** A closed table's outcome: the pupil went back to the school or to other education. */
    static boolean terug(String uitkomst) {
        return "TERUG_OP_SCHOOL".equals(uitkomst) || "ANDER_ONDERWIJS".equals(uitkomst);
    }

    /** A closed table: back in education within 12 weeks (TERUG_BINNEN_WEKEN) of the first day at home. */
    static boolean terugBinnen(String uitkomst, LocalDate begin, java.sql.Date eind) {
        return terug(uitkomst) && eind != null && !eind.toLocalDate().isAfter(begin.plusDays(TERUG_BINNEN_WEKEN * 7L));
    }

    /**
     * The share of admissions (process toelating, issue 23: the zorgplicht runs there, not on the request to the SWV)
     * whose written application came in in the period and on which the board decided, or temporarily enrolled the
     * pupil, within 6 weeks (the zorgplicht: termijn.WettelijkeTermijnen.ZORGPLICHT) or within 10 (extended
     * once by at most 4 weeks). The 6 weeks end on the admission's beslistermijn (termijnen.dmn, toelating /
     * zorgplicht: moved to a werkdag), or 42 days after the application if it has none; the 10 weeks 28 days later.
     * Counted are the admissions decided, temporarily enrolled, or whose term passed undecided: one still within its
     * term is not yet a failure, one past it is. An admission ended by hand in Cockpit (BEEINDIGD) was not decided: it
     * counts only when its term passed, as not met.
     */
    private Kaart zorgplichtBinnen(int weken, Bron b) {
        return aandeel("zorgplichtBinnen" + weken + "Weken", "select t.dossier_nummer, " + zorgplichtGehaald(weken)
                + " as ja from toelating t where " + ZORGPLICHT_TELT
                + " and t.aanmelding_ontvangen_op >= :vanDag and t.aanmelding_ontvangen_op <= :totDag", b);
    }

    /** An admission counts once decided, temporarily enrolled, or its term passed undecided (see zorgplichtBinnen). */
    static final String ZORGPLICHT_TELT = "(t.status not in ('LOPEND', 'BEEINDIGD') or t.tijdelijk_ingeschreven_op is not null"
            + " or t.termijn_verstreken_op is not null)";

    /** 1 when the admission was decided or the pupil temporarily enrolled within {@code weken} (see zorgplichtBinnen). */
    static String zorgplichtGehaald(int weken) {
        String grens = "coalesce(t.beslistermijn, t.aanmelding_ontvangen_op + 42) + " + (weken - 6) * 7;
        return """
                case when (t.status <> 'BEEINDIGD' and t.besloten_op <= %1$s)
                       or t.tijdelijk_ingeschreven_op <= %1$s then 1 else 0 end""".formatted(grens);
    }

    /**
     * The school of every dossier of the user's schools, read once per request: each indicator then reads only
     * its own table. (Joining every figure's rows to the pupil's school through the dossier number made H2 read the
     * whole dossier table per row: minutes at 100,000 pupils.)
     */
    private Map<Long, School> schoolPerDossier(Toegang.Zicht zicht) {
        Map<Long, School> scholen = new HashMap<>();
        Map<String, School> perBrin = new HashMap<>();
        jdbc.query("select d.id, s.brin, s.gemeente, s.samenwerkingsverband from dossier d join leerling l on l.id = d.leerling_id"
                        + " join school s on s.id = l.school_id where :alleScholen = true or s.brin in (:scholen)",
                new MapSqlParameterSource("alleScholen", zicht.alles()).addValue("scholen", zicht.scholenVoorQuery()),
                rs -> {
                    School school = perBrin.computeIfAbsent(rs.getString(2), brin -> new School(brin, tekst(rs, 3), tekst(rs, 4)));
                    scholen.put(rs.getLong(1), school);
                });
        return scholen;
    }

    /** A column's text, or "" (a school without gemeente or SWV counts in the group ""). */
    private static String tekst(ResultSet rs, int kolom) {
        try {
            String waarde = rs.getString(kolom);
            return waarde == null ? "" : waarde;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The school per dossier, the period for the indicators' queries, and the moment of reading. */
    private record Bron(Map<Long, School> scholen, MapSqlParameterSource periode, Instant nu) {
    }

    /** What one row adds to its school's cell; answers whether it counted (a row not decided yet does not). */
    @FunctionalInterface
    private interface Rij {
        boolean tel(Telling telling, long leerling, ResultSet rs) throws SQLException;
    }

    /** Whether a row counts for a share (true or false), or not yet (null). */
    @FunctionalInterface
    private interface Beoordeling {
        Boolean ja(ResultSet rs) throws SQLException;
    }

    /**
     * Reads the rows of one indicator (each with a {@code dossier_nummer}, some with an {@code onderdeel}) and
     * hands each row of one of the user's schools to its school's cell; a cell keeps the distinct pupils of the rows
     * that counted, and a cell without any is left out.
     */
    private Map<Cel, Telling> lees(String sql, Bron b, Rij rij) {
        boolean metOnderdeel = sql.contains(" as onderdeel");
        Map<Cel, Telling> cellen = new HashMap<>();
        jdbc.query(sql, b.periode(), rs -> {
            Long dossier = dossierId(rs.getString("dossier_nummer"));
            School school = dossier == null ? null : b.scholen().get(dossier);
            if (school == null) {
                return; // not one of the user's schools
            }
            Telling telling = cellen.computeIfAbsent(new Cel(school.brin(), metOnderdeel ? rs.getString("onderdeel") : null),
                    c -> new Telling());
            if (rij.tel(telling, dossier, rs)) {
                telling.leerling(dossier);
            }
        });
        cellen.values().removeIf(t -> t.leerlingen().isEmpty());
        return cellen;
    }

    /** The dossier id in a dossier number (2026-00042), or null; plain parsing, as it runs for every row. */
    static Long dossierId(String nummer) {
        int streep = nummer == null ? -1 : nummer.indexOf('-');
        if (streep < 0) {
            return null;
        }
        try {
            return Long.parseLong(nummer, streep + 1, nummer.length(), 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The days between two moments, per cell (median and 90th percentile). */
    private Kaart duur(String naam, String sql, Bron b) {
        return new Kaart(naam, lees(sql, b, (telling, leerling, rs) -> {
            Double dagen = dagenTussen(rs);
            if (dagen == null) {
                return false; // no end yet
            }
            telling.dag(dagen);
            telling.aantal++;
            return true;
        }));
    }

    /**
     * Days from the intake (of concerns signalled in the period) to the first goal that came into the pupil's
     * plan after it; concerns without a plan yet are left out. The goals are read once, per dossier.
     */
    private Kaart intakeTotPlan(Bron b) {
        Map<Long, List<Instant>> doelenPerDossier = new HashMap<>();
        jdbc.query("select pl.dossier_id, dl.toegevoegd_op from doel dl join plan pl on pl.id = dl.plan_id"
                + " where dl.toegevoegd_op >= :van", b.periode(), rs -> {
                    doelenPerDossier.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant());
                });
        return new Kaart("intakeTotPlan", lees("""
                select a.dossier_nummer, a.intake_op from aanmelding a
                where a.intake_op is not null and a.gemeld_op >= :van and a.gemeld_op < :tot""", b, (telling, leerling, rs) -> {
            Instant intake = rs.getTimestamp("intake_op").toInstant();
            Optional<Instant> plan = doelenPerDossier.getOrDefault(leerling, List.of()).stream()
                    .filter(d -> !d.isBefore(intake)).min(Comparator.naturalOrder());
            plan.ifPresent(p -> {
                telling.dag(dagen(intake, p));
                telling.aantal++;
            });
            return plan.isPresent();
        }));
    }

    /**
     * The share of goals of arrangements closed in the period that were reached ({@code BEHAALD}) at their last
     * evaluation. The evaluations are read in order and the last one per goal is kept (a correlated "latest"
     * subquery per row was the slowest figure at 100,000 pupils).
     */
    private Kaart doelrealisatie(Bron b) {
        Map<List<Long>, String> laatsteScore = new HashMap<>();
        Map<List<Long>, Telling> cellenPerDoel = new HashMap<>();
        // Every row's goal keeps a last score, so every row's pupil counts.
        Map<Cel, Telling> cellen = lees("""
                select ar.dossier_nummer, ev.arrangement_id, ev.doel_id, ev.score from arrangement ar
                join arrangement_evaluatie ev on ev.arrangement_id = ar.id
                where ar.afgesloten_op >= :van and ar.afgesloten_op < :tot
                order by ev.arrangement_id, ev.doel_id, ev.geevalueerd_op, ev.id""", b, (telling, leerling, rs) -> {
            List<Long> doel = List.of(leerling, rs.getLong("arrangement_id"), rs.getLong("doel_id"));
            laatsteScore.put(doel, rs.getString("score"));
            cellenPerDoel.put(doel, telling);
            return true;
        });
        laatsteScore.forEach((doel, score) -> {
            Telling telling = cellenPerDoel.get(doel);
            telling.aantal++;
            telling.ja += "BEHAALD".equals(score) ? 1 : 0;
        });
        return new Kaart("doelrealisatie", cellen);
    }

    /**
     * A duration between two moments in days, to the hour (rounded to the nearest). Issue #25: to the minute nearly every
     * duration in the country was a value of its own, so a group's histogram ({@code monitor_groepcel}) held as many
     * values as the group had cases; to the hour a duration of up to a year has at most 8,784. Finer than the dashboard
     * shows (one decimal of a day), and the percentiles of rounded values are the rounded percentiles. The one place
     * where a duration between moments is made: the facts, this direct computation and the example region all use it.
     */
    static double dagen(Instant van, Instant tot) {
        return Math.round(Duration.between(van, tot).toMinutes() / 60.0) / 24.0;
    }

    /** Days from {@code begin_} to {@code eind_}: whole days between dates, to the hour between moments; null without an end. */
    static Double dagenTussen(ResultSet rs) throws SQLException {
        if (rs.getMetaData().getColumnType(rs.findColumn("begin_")) == Types.DATE) {
            java.sql.Date eind = rs.getDate("eind_");
            return eind == null ? null : (double) ChronoUnit.DAYS.between(rs.getDate("begin_").toLocalDate(), eind.toLocalDate());
        }
        Timestamp eind = rs.getTimestamp("eind_");
        return eind == null ? null : dagen(rs.getTimestamp("begin_").toInstant(), eind.toInstant());
    }

    /** The share (0-1) of rows that meet a condition (column {@code ja} is 1), per cell. */
    private Kaart aandeel(String naam, String sql, Bron b) {
        return aandeel(naam, sql, b, rs -> rs.getInt("ja") == 1);
    }

    /** The share (0-1) of rows that meet a condition, per cell; rows not yet decided are left out. */
    private Kaart aandeel(String naam, String sql, Bron b, Beoordeling beoordeling) {
        return new Kaart(naam, lees(sql, b, (telling, leerling, rs) -> {
            Boolean ja = beoordeling.ja(rs);
            if (ja == null) {
                return false; // not decided yet
            }
            telling.aantal++;
            telling.ja += ja ? 1 : 0;
            return true;
        }));
    }

    /** The mean of a closing-survey score (1-10) of arrangements closed in the period, per cell. */
    /**
     * The mean of one figure of the closing survey over the answers of one kind of giver (OUDER, LEERLING) to the
     * surveys of arrangements closed in the period: every answer counts once (two parents, two answers); a cell is
     * suppressed on its distinct pupils, as every cell.
     */
    private Kaart enquete(String naam, String kolom, String rol, Bron b) {
        return new Kaart(naam, lees("select e.dossier_nummer, e." + kolom + " as cijfer"
                + " from arrangement_enquete e join arrangement ar on ar.id = e.arrangement_id where e.rol = '" + rol + "'"
                + " and ar.afgesloten_op >= :van and ar.afgesloten_op < :tot", b, (telling, leerling, rs) -> {
            telling.aantal++;
            telling.som += rs.getInt("cijfer");
            return true;
        }));
    }

    /**
     * A warm handover counts when it took place before the new school year began (1 August, the legal start
     * of the school year); one not held yet counts only once that day has passed.
     */
    Boolean voorHetSchooljaar(ResultSet rs, Instant nu) throws SQLException {
        return voorHetSchooljaar(rs.getString("schooljaar"), rs.getTimestamp("overgedragen_op"), nu);
    }

    static Boolean voorHetSchooljaar(String schooljaar, Timestamp overgedragen, Instant nu) {
        Instant nieuwSchooljaar = nieuwSchooljaar(schooljaar);
        if (overgedragen != null) {
            return overgedragen.toInstant().isBefore(nieuwSchooljaar);
        }
        return nu.isBefore(nieuwSchooljaar) ? null : false;
    }


    /** 1 August 00:00 Dutch time of the school year {@code schooljaar} (2026-2027) leads to: the legal start of the school year. */
    static Instant nieuwSchooljaar(String schooljaar) {
        return Schooljaar.lees(schooljaar).orElseThrow().volgende().eersteDag().atStartOfDay(NL).toInstant();
    }
}
