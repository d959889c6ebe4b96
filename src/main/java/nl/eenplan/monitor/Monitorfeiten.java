package nl.eenplan.monitor;

import static nl.eenplan.monitor.DirecteBron.THUIS_TOT;
import static nl.eenplan.monitor.DirecteBron.THUIS_VANAF;
import static nl.eenplan.monitor.DirecteBron.TERUG_BINNEN_WEKEN;
import static nl.eenplan.monitor.DirecteBron.ZORGPLICHT_TELT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The monitor's facts of a set of dossiers, computed from the capabilities' tables with the rules of
 * {@link DirecteBron} (its SQL fragments where they are SQL, the same Java where they are Java), and stored in
 * {@code monitor_feit}: one row per case an indicator counts, on the Dutch day of the column the period is
 * read on (peildag). A dossier's facts are replaced as a whole (delete, then insert) when they changed, so building
 * twice gives the same rows; a dossier whose facts did not change is left as it is. Only ids and routing facts are stored: dates, outcomes, scores; no care details.
 *
 * <p>The direct path reads the first goal after the intake among the goals added since the period began
 * ({@code toegevoegd_op >= :van}); the facts take the first goal not before the intake. They are the same as an
 * intake is recorded after the signal (both by the clock, {@code aanmelding.Aanmelding}), and the signal lies in the
 * period: a goal not before the intake is then in it too.
 */
@Component
class Monitorfeiten {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String TERUG_BINNEN = "thuiszittersTerugBinnen" + TERUG_BINNEN_WEKEN + "Weken";
    /** The dossiers per round of queries: each indicator's table read with at most this many numbers in one IN list. */
    static final int PER_RONDE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final Monitorcellen cellen;

    Monitorfeiten(NamedParameterJdbcTemplate jdbc, Monitorcellen cellen) {
        this.jdbc = jdbc;
        this.cellen = cellen;
    }

    /** One fact: what a case adds to its indicator's school cell. */
    private record Feit(String indicator, String onderdeel, String nummer, LocalDate peildag, Double dagen, Integer ja,
                        Integer cijfer, Instant neeVanaf) {
    }

    /** A dossier the facts are built for: its id and its pupil's school (fixed for the dossier). */
    private record Dossier(long id, long school) {
    }

    /** A fact as stored: every column but its id, so two facts are equal when their school cells cannot tell them apart. */
    private record Rij(String indicator, String onderdeel, long dossier, long school, LocalDate peildag, Double dagen,
                       Integer ja, Integer cijfer, Instant neeVanaf) {

        SqlParameterSource alsParameters() {
            return new MapSqlParameterSource("indicator", indicator).addValue("onderdeel", onderdeel)
                    .addValue("dossier", dossier).addValue("school", school).addValue("peildag", peildag)
                    .addValue("dagen", dagen).addValue("ja", ja).addValue("cijfer", cijfer)
                    .addValue("neeVanaf", neeVanaf == null ? null : Timestamp.from(neeVanaf));
        }
    }

    /** Rebuilds the facts of these dossiers (in the caller's transaction); a dossier that no longer exists keeps none. */
    void bouw(Collection<Long> dossierIds) {
        List<Long> ids = new ArrayList<>(dossierIds);
        for (int i = 0; i < ids.size(); i += PER_RONDE) {
            bouwRonde(ids.subList(i, Math.min(ids.size(), i + PER_RONDE)));
        }
    }

    private void bouwRonde(List<Long> ids) {
        Map<Long, Map<Rij, Integer>> oud = opgeslagen(ids);
        Map<Long, Map<Rij, Integer>> nieuw = berekend(ids);
        // Only a dossier whose facts changed is rewritten, and only the school-months where its old and new facts differ
        // go to the worker (recomputed once these commit): most changes to a dossier (a note, a task) change no fact.
        List<Long> gewijzigd = new ArrayList<>();
        Map<Long, Set<LocalDate>> geraakt = new HashMap<>();
        List<SqlParameterSource> rijen = new ArrayList<>();
        for (Long id : ids) {
            Map<Rij, Integer> was = oud.getOrDefault(id, Map.of());
            Map<Rij, Integer> wordt = nieuw.getOrDefault(id, Map.of());
            if (was.equals(wordt)) {
                continue;
            }
            gewijzigd.add(id);
            verschil(was, wordt, geraakt);
            verschil(wordt, was, geraakt);
            wordt.forEach((rij, aantal) -> {
                for (int i = 0; i < aantal; i++) {
                    rijen.add(rij.alsParameters());
                }
            });
        }
        if (gewijzigd.isEmpty()) {
            return;
        }
        jdbc.update("delete from monitor_feit where dossier_id in (:ids)", new MapSqlParameterSource("ids", gewijzigd));
        jdbc.batchUpdate("insert into monitor_feit (indicator, onderdeel, dossier_id, school_id, peildag, dagen, ja, cijfer,"
                + " nee_vanaf) values (:indicator, :onderdeel, :dossier, :school, :peildag, :dagen, :ja, :cijfer, :neeVanaf)",
                rijen.toArray(SqlParameterSource[]::new));
        cellen.markeer(geraakt);
    }

    /** Marks the school-month of every fact that {@code van} has more often than {@code dan}. */
    private static void verschil(Map<Rij, Integer> van, Map<Rij, Integer> dan, Map<Long, Set<LocalDate>> geraakt) {
        van.forEach((rij, aantal) -> {
            if (aantal > dan.getOrDefault(rij, 0)) {
                geraakt.computeIfAbsent(rij.school(), k -> new TreeSet<>()).add(rij.peildag().withDayOfMonth(1));
            }
        });
    }

    /** The facts stored now, per dossier, each with how often it is stored. */
    private Map<Long, Map<Rij, Integer>> opgeslagen(List<Long> ids) {
        Map<Long, Map<Rij, Integer>> uit = new HashMap<>();
        jdbc.query("select indicator, onderdeel, dossier_id, school_id, peildag, dagen, ja, cijfer, nee_vanaf from monitor_feit"
                + " where dossier_id in (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                    double dagen = rs.getDouble("dagen");
                    Double dagenOfNiets = rs.wasNull() ? null : dagen;
                    int ja = rs.getInt("ja");
                    Integer jaOfNiets = rs.wasNull() ? null : ja;
                    int cijfer = rs.getInt("cijfer");
                    Integer cijferOfNiets = rs.wasNull() ? null : cijfer;
                    Timestamp neeVanaf = rs.getTimestamp("nee_vanaf");
                    Rij rij = new Rij(rs.getString("indicator"), rs.getString("onderdeel"), rs.getLong("dossier_id"),
                            rs.getLong("school_id"), datum(rs, "peildag"), dagenOfNiets, jaOfNiets, cijferOfNiets,
                            neeVanaf == null ? null : neeVanaf.toInstant());
                    uit.computeIfAbsent(rij.dossier(), d -> new HashMap<>()).merge(rij, 1, Integer::sum);
                });
        return uit;
    }

    /** The facts these dossiers have according to the capabilities' tables, per dossier; a removed dossier has none. */
    private Map<Long, Map<Rij, Integer>> berekend(List<Long> ids) {
        Map<Long, Map<Rij, Integer>> uit = new HashMap<>();
        Map<String, Dossier> perNummer = new HashMap<>();
        jdbc.query("select d.id, d.aangemaakt_op, l.school_id from dossier d join leerling l on l.id = d.leerling_id"
                + " where d.id in (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                    perNummer.put(nummer(rs.getLong(1), rs.getTimestamp(2).toInstant()), new Dossier(rs.getLong(1), rs.getLong(3)));
                });
        if (perNummer.isEmpty()) {
            return uit;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("nummers", perNummer.keySet())
                .addValue("ids", perNummer.values().stream().map(Dossier::id).toList());
        List<Feit> feiten = new ArrayList<>();
        aanmeldingen(p, feiten);
        arrangementen(p, feiten);
        escalaties(p, feiten);
        toelatingen(p, feiten);
        thuiszitters(p, feiten);
        tlvs(p, feiten);
        doelrealisatie(p, feiten);
        enquetes(p, feiten);
        overstappen(p, feiten);
        termijnen(p, feiten);
        for (Feit f : feiten) {
            Dossier d = perNummer.get(f.nummer());
            // Stored with microseconds (PostgreSQL keeps no more): compared as it will read back.
            Instant neeVanaf = f.neeVanaf() == null ? null : f.neeVanaf().truncatedTo(ChronoUnit.MICROS);
            Rij rij = new Rij(f.indicator(), f.onderdeel(), d.id(), d.school(), f.peildag(), f.dagen(), f.ja(), f.cijfer(), neeVanaf);
            uit.computeIfAbsent(d.id(), k -> new HashMap<>()).merge(rij, 1, Integer::sum);
        }
        return uit;
    }

    /** The number of the dossier with this id, created at that moment: the capabilities' tables name the dossier by it. */
    static String nummer(long id, Instant aangemaaktOp) {
        return nl.eenplan.dossier.Dossier.nummer(id, aangemaaktOp);
    }

    /** The Dutch day of a moment: a moment in [van 00:00, tot + 1 00:00) Dutch time is a Dutch day in [van, tot]. */
    private static LocalDate dag(Timestamp moment) {
        return LocalDate.ofInstant(moment.toInstant(), NL);
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getDate(kolom).toLocalDate();
    }

    /** signaalTotIntake and intakeTotPlan: per concern with an intake, on the day it was signalled. */
    private void aanmeldingen(MapSqlParameterSource p, List<Feit> feiten) {
        Map<String, List<Instant>> doelenPerDossier = new HashMap<>();
        jdbc.query("select pl.dossier_id, d.aangemaakt_op, dl.toegevoegd_op from doel dl join plan pl on pl.id = dl.plan_id"
                + " join dossier d on d.id = pl.dossier_id where pl.dossier_id in (:ids) and dl.toegevoegd_op is not null", p, rs -> {
                    doelenPerDossier.computeIfAbsent(nummer(rs.getLong(1), rs.getTimestamp(2).toInstant()), d -> new ArrayList<>())
                            .add(rs.getTimestamp(3).toInstant());
                });
        jdbc.query("""
                select a.dossier_nummer, a.gemeld_op as begin_, a.intake_op as eind_ from aanmelding a
                where a.intake_op is not null and a.gemeld_op is not null and a.dossier_nummer in (:nummers)""", p, rs -> {
            String nummer = rs.getString("dossier_nummer");
            LocalDate peildag = dag(rs.getTimestamp("begin_"));
            feiten.add(new Feit("signaalTotIntake", null, nummer, peildag, DirecteBron.dagenTussen(rs), null, null, null));
            Instant intake = rs.getTimestamp("eind_").toInstant();
            Optional<Instant> plan = doelenPerDossier.getOrDefault(nummer, List.of()).stream()
                    .filter(d -> !d.isBefore(intake)).min(Comparator.naturalOrder());
            plan.ifPresent(op -> feiten.add(new Feit("intakeTotPlan", null, nummer, peildag,
                    DirecteBron.dagen(intake, op), null, null, null)));
        });
    }

    /** aanvraagTotStartArrangement and uitval's arrangements: per registered request, on the day it came in. */
    private void arrangementen(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select ar.dossier_nummer, ar.registratie_ontvangen_op as begin_, ar.startdatum as eind_, ar.status
                from arrangement ar
                where ar.voortgezet_elders = false and ar.registratie_ontvangen_op is not null
                  and ar.dossier_nummer in (:nummers)""", p, rs -> {
            String nummer = rs.getString("dossier_nummer");
            LocalDate peildag = datum(rs, "begin_");
            if (rs.getDate("eind_") != null) {
                feiten.add(new Feit("aanvraagTotStartArrangement", null, nummer, peildag, DirecteBron.dagenTussen(rs), null,
                        null, null));
            }
            String status = rs.getString("status");
            if (List.of("LOPEND", "AFGESLOTEN", "GEEN_PLAATS").contains(status)) {
                feiten.add(new Feit("uitval", null, nummer, peildag, null, status.equals("GEEN_PLAATS") ? 1 : 0, null, null));
            }
        });
    }

    /** escalatieTotBeoordeling, and per reason: per assessed escalation, on the day it came in. */
    private void escalaties(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select e.dossier_nummer, e.reden, e.ontvangen_op as begin_, e.beoordeeld_op as eind_ from leerplicht_escalatie e
                where e.beoordeeld_op is not null and e.ontvangen_op is not null and e.dossier_nummer in (:nummers)""", p, rs -> {
            String nummer = rs.getString("dossier_nummer");
            LocalDate peildag = dag(rs.getTimestamp("begin_"));
            Double dagen = DirecteBron.dagenTussen(rs);
            feiten.add(new Feit("escalatieTotBeoordeling", null, nummer, peildag, dagen, null, null, null));
            feiten.add(new Feit("escalatiesPerReden", rs.getString("reden"), nummer, peildag, dagen, null, null, null));
        });
    }

    /** The zorgplicht within 6 and 10 weeks: per admission that counts, on the day the application came in. */
    private void toelatingen(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("select t.dossier_nummer, t.aanmelding_ontvangen_op, " + DirecteBron.zorgplichtGehaald(6) + " as ja6, "
                + DirecteBron.zorgplichtGehaald(10) + " as ja10 from toelating t where " + ZORGPLICHT_TELT
                + " and t.aanmelding_ontvangen_op is not null and t.dossier_nummer in (:nummers)", p, rs -> {
                    String nummer = rs.getString("dossier_nummer");
                    LocalDate peildag = datum(rs, "aanmelding_ontvangen_op");
                    feiten.add(new Feit("zorgplichtBinnen6Weken", null, nummer, peildag, null, rs.getInt("ja6"), null, null));
                    feiten.add(new Feit("zorgplichtBinnen10Weken", null, nummer, peildag, null, rs.getInt("ja10"), null, null));
                });
    }

    /**
     * The thuiszitter figures, on the first day at home: the days of a table closed with the pupil back in education,
     * and whether the pupil was back within 12 weeks; a table still open is "no" from the day after those 12 weeks.
     */
    private void thuiszitters(MapSqlParameterSource p, List<Feit> feiten) {
        int dagen = TERUG_BINNEN_WEKEN * 7;
        jdbc.query("select t.dossier_nummer, " + THUIS_VANAF + " as begin_, " + THUIS_TOT + " as eind_, t.status, t.uitkomst"
                + " from thuiszitterstafel t where " + THUIS_VANAF + " is not null and t.dossier_nummer in (:nummers)", p, rs -> {
                    String nummer = rs.getString("dossier_nummer");
                    LocalDate begin = datum(rs, "begin_");
                    String uitkomst = rs.getString("uitkomst");
                    if ("AFGESLOTEN".equals(rs.getString("status")) && DirecteBron.terug(uitkomst)) {
                        Double duur = DirecteBron.dagenTussen(rs);
                        if (duur != null) {
                            feiten.add(new Feit("thuiszitters", null, nummer, begin, duur, null, null, null));
                        }
                    }
                    if ("SAMENGEVOEGD".equals(uitkomst)) {
                        return; // the kept table's history: counted once, there
                    }
                    if (uitkomst != null) {
                        boolean binnen = DirecteBron.terugBinnen(uitkomst, begin, rs.getDate("eind_"));
                        feiten.add(new Feit(TERUG_BINNEN, null, nummer, begin, null, binnen ? 1 : 0, null, null));
                    } else {
                        // DirecteBron: "no" once today (Dutch) is after begin + 84 days, from 00:00 of begin + 85.
                        feiten.add(new Feit(TERUG_BINNEN, null, nummer, begin, null, null, null,
                                begin.plusDays(dagen + 1L).atStartOfDay(NL).toInstant()));
                    }
                });
    }

    /** The TLV's outcome: per TLV that ended (not replaced), on its last day. */
    private void tlvs(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select t.dossier_nummer, t.beeindigd_op, case when t.status = 'TERUG_NAAR_REGULIER' then 1 else 0 end as ja
                from tlv t where t.status in ('TERUG_NAAR_REGULIER', 'VERLOPEN') and t.beeindigd_op is not null
                  and t.dossier_nummer in (:nummers)""", p, rs -> {
            feiten.add(new Feit("tlvTerugNaarRegulier", null, rs.getString("dossier_nummer"), datum(rs, "beeindigd_op"), null,
                    rs.getInt("ja"), null, null));
        });
    }

    /** Per goal of a closed arrangement, on the day it closed: reached at its last evaluation or not. */
    private void doelrealisatie(MapSqlParameterSource p, List<Feit> feiten) {
        Map<List<Long>, Feit> laatste = new LinkedHashMap<>();
        jdbc.query("""
                select ar.dossier_nummer, ar.afgesloten_op, ev.arrangement_id, ev.doel_id, ev.score from arrangement ar
                join arrangement_evaluatie ev on ev.arrangement_id = ar.id
                where ar.afgesloten_op is not null and ar.dossier_nummer in (:nummers)
                order by ev.arrangement_id, ev.doel_id, ev.geevalueerd_op, ev.id""", p, rs -> {
            laatste.put(List.of(rs.getLong("arrangement_id"), rs.getLong("doel_id")), new Feit("doelrealisatie", null,
                    rs.getString("dossier_nummer"), dag(rs.getTimestamp("afgesloten_op")), null,
                    "BEHAALD".equals(rs.getString("score")) ? 1 : 0, null, null));
        });
        feiten.addAll(laatste.values());
    }

    /** The closing survey: per answer of a parent or the pupil, on the day the arrangement closed. */
    private void enquetes(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select e.dossier_nummer, e.rol, e.tevredenheid, e.ervaren_baat, ar.afgesloten_op
                from arrangement_enquete e join arrangement ar on ar.id = e.arrangement_id
                where e.rol in ('OUDER', 'LEERLING') and ar.afgesloten_op is not null and e.dossier_nummer in (:nummers)""", p, rs -> {
            String nummer = rs.getString("dossier_nummer");
            LocalDate peildag = dag(rs.getTimestamp("afgesloten_op"));
            String wie = rs.getString("rol").equals("OUDER") ? "Ouders" : "Leerling";
            feiten.add(new Feit("tevredenheid" + wie, null, nummer, peildag, null, null, rs.getInt("tevredenheid"), null));
            feiten.add(new Feit("ervarenBaat" + wie, null, nummer, peildag, null, null, rs.getInt("ervaren_baat"), null));
        });
    }

    /**
     * The transition to the new school, on the day it was made: enrolled or not (and uitval), and a warm handover
     * before the new school year, "no" from 1 August on while it did not take place.
     */
    private void overstappen(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select o.dossier_nummer, o.aangemaakt_op, o.ingeschreven, o.warme_overdracht_nodig, o.schooljaar, o.overgedragen_op
                from overstap o where o.aangemaakt_op is not null and o.dossier_nummer in (:nummers)""", p, rs -> {
            String nummer = rs.getString("dossier_nummer");
            LocalDate peildag = dag(rs.getTimestamp("aangemaakt_op"));
            boolean ingeschreven = rs.getBoolean("ingeschreven");
            if (!rs.wasNull()) {
                feiten.add(new Feit("ingeschrevenNaOverstap", null, nummer, peildag, null, ingeschreven ? 1 : 0, null, null));
                feiten.add(new Feit("uitval", null, nummer, peildag, null, ingeschreven ? 0 : 1, null, null));
            }
            if (rs.getBoolean("warme_overdracht_nodig")) {
                Timestamp overgedragen = rs.getTimestamp("overgedragen_op");
                String schooljaar = rs.getString("schooljaar");
                if (overgedragen != null) {
                    boolean voor = DirecteBron.voorHetSchooljaar(schooljaar, overgedragen, Instant.MIN);
                    feiten.add(new Feit("warmeOverdrachtVoorSchooljaar", null, nummer, peildag, null, voor ? 1 : 0, null, null));
                } else {
                    feiten.add(new Feit("warmeOverdrachtVoorSchooljaar", null, nummer, peildag, null, null, null,
                            DirecteBron.nieuwSchooljaar(schooljaar)));
                }
            }
        });
    }

    /** Per step with a deadline that was done (StapTermijnen), on the day of its deadline: done in time or not. */
    private void termijnen(MapSqlParameterSource p, List<Feit> feiten) {
        jdbc.query("""
                select t.dossier_nummer, concat(t.proces, ': ', t.stap_naam) as onderdeel, t.termijn,
                       case when t.afgerond_op <= t.termijn then 1 else 0 end as ja from stap_termijn t
                where t.termijn is not null and t.dossier_nummer in (:nummers)""", p, rs -> {
            feiten.add(new Feit("termijnGehaald", rs.getString("onderdeel"), rs.getString("dossier_nummer"),
                    dag(rs.getTimestamp("termijn")), null, rs.getInt("ja"), null, null));
        });
    }
}
