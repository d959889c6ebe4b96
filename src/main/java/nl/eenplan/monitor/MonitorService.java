package nl.eenplan.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import nl.eenplan.security.Toegang;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor of the collaboration between school and youth care: outcomes and throughput per school,
 * gemeente, samenwerkingsverband or in total, for a month or a school year, computed from the capabilities' tables
 * (a read-only view over them) and the monitor's own summary of deadlines per process step ({@link StapTermijnen}).
 * Only aggregates; a cell with fewer than 5 pupils is suppressed.
 */
@Service
@Transactional(readOnly = true)
public class MonitorService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final NamedParameterJdbcTemplate jdbc;
    private final Toegang toegang;

    MonitorService(NamedParameterJdbcTemplate jdbc, Toegang toegang) {
        this.jdbc = jdbc;
        this.toegang = toegang;
    }

    /** Without a period asked for: the last complete school year, on today's Dutch date. */
    public Periode standaardPeriode() {
        return Periode.laatsteVolledigeSchooljaar(LocalDate.ofInstant(nu(), NL));
    }

    /** The indicators over the schools the user works for (a gemeente's, an SWV's; process owners: all). */
    public List<Indicator> indicatoren(Periode periode, Indeling per) {
        Bron b = new Bron(groepPerDossier(per), new MapSqlParameterSource()
                .addValue("van", Timestamp.from(periode.van().atStartOfDay(NL).toInstant()))
                .addValue("tot", Timestamp.from(periode.tot().plusDays(1).atStartOfDay(NL).toInstant()))
                .addValue("vanDag", periode.van()).addValue("totDag", periode.tot()));
        List<Indicator> uit = new ArrayList<>();
        uit.addAll(duur("signaalTotIntake", """
                select a.dossier_nummer, a.gemeld_op as begin_, a.intake_op as eind_ from aanmelding a
                where a.intake_op is not null and a.gemeld_op >= :van and a.gemeld_op < :tot""", b));
        uit.addAll(intakeTotPlan(b));
        uit.addAll(duur("aanvraagTotStartArrangement", """
                select ar.dossier_nummer, ar.registratie_ontvangen_op as begin_, ar.startdatum as eind_ from arrangement ar
                where ar.startdatum is not null
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", b));
        uit.addAll(duur("escalatieTotBeoordeling", """
                select e.dossier_nummer, e.ontvangen_op as begin_, e.beoordeeld_op as eind_ from leerplicht_escalatie e
                where e.beoordeeld_op is not null and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", b));
        uit.addAll(duur("escalatiesPerReden", """
                select e.dossier_nummer, e.reden as onderdeel, e.ontvangen_op as begin_, e.beoordeeld_op as eind_
                from leerplicht_escalatie e
                where e.beoordeeld_op is not null and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", b));
        uit.addAll(zorgplichtBinnen(6, b));
        uit.addAll(zorgplichtBinnen(10, b));
        uit.addAll(duur("thuiszitters", """
                select e.dossier_nummer, e.ontvangen_op as begin_, e.afgesloten_op as eind_ from leerplicht_escalatie e
                where e.reden = 'THUISZITTER' and e.afgesloten_op is not null
                  and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", b));
        uit.addAll(doelrealisatie(b));
        uit.addAll(gemiddelde("tevredenheidOuders", "ar.tevredenheid_ouders", b));
        uit.addAll(gemiddelde("tevredenheidLeerling", "ar.tevredenheid_leerling", b));
        uit.addAll(gemiddelde("ervarenBaatOuders", "ar.ervaren_baat_ouders", b));
        uit.addAll(gemiddelde("ervarenBaatLeerling", "ar.ervaren_baat_leerling", b));
        uit.addAll(aandeel("ingeschrevenNaOverstap", """
                select o.dossier_nummer, case when o.ingeschreven then 1 else 0 end as ja from overstap o
                where o.ingeschreven is not null and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot""", b));
        uit.addAll(aandeel("warmeOverdrachtVoorSchooljaar", """
                select o.dossier_nummer, o.schooljaar, o.overgedragen_op from overstap o
                where o.warme_overdracht_nodig = true and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot""",
                b, MonitorService::voorHetSchooljaar));
        uit.addAll(aandeel("termijnGehaald", """
                select t.dossier_nummer, concat(t.proces, ': ', t.stap_naam) as onderdeel,
                       case when t.afgerond_op <= t.termijn then 1 else 0 end as ja from stap_termijn t
                where t.termijn >= :van and t.termijn < :tot""", b));
        uit.addAll(aandeel("uitval", """
                select o.dossier_nummer, case when o.ingeschreven then 0 else 1 end as ja from overstap o
                where o.ingeschreven is not null and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot
                union all
                select ar.dossier_nummer, case when ar.status = 'GEEN_PLAATS' then 1 else 0 end as ja from arrangement ar
                where ar.status in ('LOPEND', 'AFGESLOTEN', 'GEEN_PLAATS')
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", b));
        uit.sort(Comparator.comparing(Indicator::indicator).thenComparing(Indicator::groep)
                .thenComparing(Indicator::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder())));
        return uit;
    }

    /** The share of arrangement requests in the period with a place within this many weeks (6, or 10 when extended). */
    private List<Indicator> zorgplichtBinnen(int weken, Bron b) {
        return aandeel("zorgplichtBinnen" + weken + "Weken", """
                select ar.dossier_nummer, case when ar.startdatum is not null and ar.startdatum <= ar.registratie_ontvangen_op + %d
                       then 1 else 0 end as ja from arrangement ar
                where ar.status in ('LOPEND', 'AFGESLOTEN', 'GEEN_PLAATS')
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""".formatted(weken * 7), b);
    }

    /**
     * The group (school, gemeente, SWV or total) of every dossier of the user's schools, read once per request:
     * each indicator then reads only its own table. (Joining every figure's rows to the pupil's school through the
     * dossier number made H2 read the whole dossier table per row: minutes at 100,000 pupils.)
     */
    private Map<Long, String> groepPerDossier(Indeling per) {
        Toegang.Zicht zicht = toegang.zicht();
        Map<Long, String> groepen = new HashMap<>();
        jdbc.query("select d.id, " + per.kolom() + " as groep from dossier d join leerling l on l.id = d.leerling_id"
                        + " join school s on s.id = l.school_id where :alleScholen = true or s.brin in (:scholen)",
                new MapSqlParameterSource("alleScholen", zicht.alles()).addValue("scholen", zicht.scholenVoorQuery()),
                rs -> {
                    groepen.put(rs.getLong(1), rs.getString(2));
                });
        return groepen;
    }

    /** The same figures as CSV (;-separated), for the regional consultation's own tools. */
    public String csv(Periode periode, Indeling per) {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("indicator", "groep", "onderdeel", "aantal", "leerlingen", "onderdrukt", "waarde", "mediaan", "p90", "eenheid").get();
        try (CSVPrinter csv = new CSVPrinter(uit, formaat)) {
            for (Indicator i : indicatoren(periode, per)) {
                csv.printRecord(i.indicator(), i.groep(), i.onderdeel() == null ? "" : i.onderdeel(), leeg(i.aantal()),
                        leeg(i.leerlingen()), i.onderdrukt(), leeg(i.waarde()), leeg(i.mediaan()), leeg(i.p90()), i.eenheid());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    /** The groups per dossier and the period, for the indicators' queries. */
    private record Bron(Map<Long, String> groepen, MapSqlParameterSource periode) {
    }

    /** A cell of a figure: the group and, for a split indicator, the step or reason. */
    private record Cel(String groep, String onderdeel) {
    }

    /** What one row adds to its cell; answers whether it counted (a row not decided yet does not). */
    @FunctionalInterface
    private interface Rij {
        boolean tel(Cel cel, long leerling, ResultSet rs) throws SQLException;
    }

    /** Whether a row counts for a share (true or false), or not yet (null). */
    @FunctionalInterface
    private interface Beoordeling {
        Boolean ja(ResultSet rs) throws SQLException;
    }

    /**
     * Reads the rows of one indicator (each with a {@code dossier_nummer}, some with an {@code onderdeel}) and
     * hands each row of one of the user's schools to its cell; answers the distinct pupils of the rows that
     * counted, per cell.
     */
    private Map<Cel, Set<Long>> lees(String sql, Bron b, Rij rij) {
        boolean metOnderdeel = sql.contains(" as onderdeel");
        Map<Cel, Set<Long>> leerlingen = new HashMap<>();
        jdbc.query(sql, b.periode(), rs -> {
            String nummer = rs.getString("dossier_nummer");
            Long dossier = dossierId(nummer);
            String groep = dossier == null ? null : b.groepen().get(dossier);
            if (groep == null) {
                return; // not one of the user's schools
            }
            Cel cel = new Cel(groep, metOnderdeel ? rs.getString("onderdeel") : null);
            if (rij.tel(cel, dossier, rs)) {
                leerlingen.computeIfAbsent(cel, c -> new HashSet<>()).add(dossier);
            }
        });
        return leerlingen;
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

    /** Median and 90th percentile of the days between two moments, per cell. */
    private List<Indicator> duur(String naam, String sql, Bron b) {
        Map<Cel, List<Double>> perCel = new HashMap<>();
        Map<Cel, Set<Long>> leerlingen = lees(sql, b, (cel, leerling, rs) -> {
            Double dagen = dagenTussen(rs);
            if (dagen == null) {
                return false; // no end yet
            }
            perCel.computeIfAbsent(cel, c -> new ArrayList<>()).add(dagen);
            return true;
        });
        return mediaanEnP90(naam, perCel, leerlingen);
    }

    private static List<Indicator> mediaanEnP90(String naam, Map<Cel, List<Double>> perCel, Map<Cel, Set<Long>> leerlingen) {
        List<Indicator> uit = new ArrayList<>();
        perCel.forEach((cel, waarden) -> {
            waarden.sort(null);
            uit.add(Indicator.van(naam, cel.groep(), cel.onderdeel(), waarden.size(), leerlingen.get(cel).size(), null,
                    percentiel(waarden, 50), percentiel(waarden, 90), "dagen"));
        });
        return uit;
    }

    /**
     * Days from the intake (of concerns signalled in the period) to the first goal that came into the pupil's
     * plan after it; concerns without a plan yet are left out. The goals are read once, per dossier.
     */
    private List<Indicator> intakeTotPlan(Bron b) {
        Map<Long, List<Instant>> doelenPerDossier = new HashMap<>();
        jdbc.query("select pl.dossier_id, dl.toegevoegd_op from doel dl join plan pl on pl.id = dl.plan_id"
                + " where dl.toegevoegd_op >= :van", b.periode(), rs -> {
                    doelenPerDossier.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant());
                });
        Map<Cel, List<Double>> perCel = new HashMap<>();
        Map<Cel, Set<Long>> leerlingen = lees("""
                select a.dossier_nummer, a.intake_op from aanmelding a
                where a.intake_op is not null and a.gemeld_op >= :van and a.gemeld_op < :tot""", b, (cel, leerling, rs) -> {
            Instant intake = rs.getTimestamp("intake_op").toInstant();
            Optional<Instant> plan = doelenPerDossier.getOrDefault(leerling, List.of()).stream()
                    .filter(d -> !d.isBefore(intake)).min(Comparator.naturalOrder());
            plan.ifPresent(p -> perCel.computeIfAbsent(cel, c -> new ArrayList<>()).add(Duration.between(intake, p).toMinutes() / 1440.0));
            return plan.isPresent();
        });
        return mediaanEnP90("intakeTotPlan", perCel, leerlingen);
    }

    /**
     * The share of goals of arrangements closed in the period that were reached ({@code BEHAALD}) at their last
     * evaluation. The evaluations are read in order and the last one per goal is kept (a correlated "latest"
     * subquery per row was the slowest figure at 100,000 pupils).
     */
    private List<Indicator> doelrealisatie(Bron b) {
        Map<List<Long>, String> laatsteScore = new HashMap<>();
        Map<List<Long>, Cel> celPerDoel = new HashMap<>();
        // Every row's goal keeps a last score, so every row's pupil counts.
        Map<Cel, Set<Long>> leerlingen = lees("""
                select ar.dossier_nummer, ev.arrangement_id, ev.doel_id, ev.score from arrangement ar
                join arrangement_evaluatie ev on ev.arrangement_id = ar.id
                where ar.afgesloten_op >= :van and ar.afgesloten_op < :tot
                order by ev.arrangement_id, ev.doel_id, ev.geevalueerd_op, ev.id""", b, (cel, leerling, rs) -> {
            List<Long> doel = List.of(leerling, rs.getLong("arrangement_id"), rs.getLong("doel_id"));
            laatsteScore.put(doel, rs.getString("score"));
            celPerDoel.put(doel, cel);
            return true;
        });
        Map<Cel, long[]> perCel = new HashMap<>();
        laatsteScore.forEach((doel, score) -> {
            long[] teller = perCel.computeIfAbsent(celPerDoel.get(doel), c -> new long[2]);
            teller[0]++;
            teller[1] += "BEHAALD".equals(score) ? 1 : 0;
        });
        return aandelen("doelrealisatie", perCel, leerlingen);
    }

    /** Days from {@code begin_} to {@code eind_}: whole days between dates, to the minute between moments; null without an end. */
    private static Double dagenTussen(ResultSet rs) throws SQLException {
        if (rs.getMetaData().getColumnType(rs.findColumn("begin_")) == Types.DATE) {
            java.sql.Date eind = rs.getDate("eind_");
            return eind == null ? null : (double) ChronoUnit.DAYS.between(rs.getDate("begin_").toLocalDate(), eind.toLocalDate());
        }
        Timestamp eind = rs.getTimestamp("eind_");
        return eind == null ? null : Duration.between(rs.getTimestamp("begin_").toInstant(), eind.toInstant()).toMinutes() / 1440.0;
    }

    /** The share (0-1) of rows that meet a condition (column {@code ja} is 1), per cell. */
    private List<Indicator> aandeel(String naam, String sql, Bron b) {
        return aandeel(naam, sql, b, rs -> rs.getInt("ja") == 1);
    }

    /** The share (0-1) of rows that meet a condition, per cell; rows not yet decided are left out. */
    private List<Indicator> aandeel(String naam, String sql, Bron b, Beoordeling beoordeling) {
        Map<Cel, long[]> perCel = new HashMap<>();
        Map<Cel, Set<Long>> leerlingen = lees(sql, b, (cel, leerling, rs) -> {
            Boolean ja = beoordeling.ja(rs);
            if (ja == null) {
                return false; // not decided yet
            }
            long[] teller = perCel.computeIfAbsent(cel, c -> new long[2]);
            teller[0]++;
            teller[1] += ja ? 1 : 0;
            return true;
        });
        return aandelen(naam, perCel, leerlingen);
    }

    /** Per cell: how many rows ({@code [0]}) and how many of them met the condition ({@code [1]}). */
    private static List<Indicator> aandelen(String naam, Map<Cel, long[]> perCel, Map<Cel, Set<Long>> leerlingen) {
        List<Indicator> uit = new ArrayList<>();
        perCel.forEach((cel, t) -> uit.add(Indicator.van(naam, cel.groep(), cel.onderdeel(), t[0], leerlingen.get(cel).size(),
                (double) t[1] / t[0], null, null, "aandeel")));
        return uit;
    }

    /** The mean of a closing-survey score (1-10) of arrangements closed in the period, per group. */
    private List<Indicator> gemiddelde(String naam, String kolom, Bron b) {
        Map<Cel, double[]> perCel = new HashMap<>();
        Map<Cel, Set<Long>> leerlingen = lees("select ar.dossier_nummer, " + kolom + " as cijfer from arrangement ar where "
                + kolom + " is not null and ar.afgesloten_op >= :van and ar.afgesloten_op < :tot", b, (cel, leerling, rs) -> {
            double[] som = perCel.computeIfAbsent(cel, c -> new double[2]);
            som[0]++;
            som[1] += rs.getInt("cijfer");
            return true;
        });
        List<Indicator> uit = new ArrayList<>();
        perCel.forEach((cel, som) -> uit.add(Indicator.van(naam, cel.groep(), null, (long) som[0], leerlingen.get(cel).size(),
                som[1] / som[0], null, null, "cijfer 1-10")));
        return uit;
    }

    /**
     * A warm handover counts when it took place before the new school year began (1 August, the legal start
     * of the school year); one not held yet counts only once that day has passed.
     */
    static Boolean voorHetSchooljaar(ResultSet rs) throws SQLException {
        return voorHetSchooljaar(rs.getString("schooljaar"), rs.getTimestamp("overgedragen_op"), nu());
    }

    static Boolean voorHetSchooljaar(String schooljaar, Timestamp overgedragen, Instant nu) {
        Instant nieuwSchooljaar = LocalDate.of(Integer.parseInt(schooljaar.substring(5)), 8, 1).atStartOfDay(NL).toInstant();
        if (overgedragen != null) {
            return overgedragen.toInstant().isBefore(nieuwSchooljaar);
        }
        return nu.isBefore(nieuwSchooljaar) ? null : false;
    }

    /** Now, on the engine's clock (which tests set). */
    private static Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentiel(List<Double> gesorteerd, int procent) {
        int rang = (int) Math.ceil(procent / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }

    private static String leeg(Number n) {
        return n == null ? "" : String.valueOf(n);
    }
}
