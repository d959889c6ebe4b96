package nl.eenplan.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import nl.eenplan.security.Toegang;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor of the collaboration between school and youth care: outcomes and throughput per school,
 * gemeente or in total, for a period, computed from the dossier tables (a read-only view over them).
 * Only aggregates; a cell with fewer than 5 pupils is suppressed.
 */
@Service
@Transactional(readOnly = true)
public class MonitorService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** From a dossier number (2026-00042) to the school of its pupil, if it is one of the user's schools. */
    private static final String VIA_DOSSIER = """
             join dossier d on d.id = cast(substring(%s.dossier_nummer, 6) as bigint)
             join leerling l on l.id = d.leerling_id
             join school s on s.id = l.school_id and (:alleScholen = true or s.brin in (:scholen))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Toegang toegang;

    MonitorService(NamedParameterJdbcTemplate jdbc, Toegang toegang) {
        this.jdbc = jdbc;
        this.toegang = toegang;
    }

    /** The indicators over the schools the user works for (a gemeente's, an SWV's; process owners: all). */
    public List<Indicator> indicatoren(LocalDate van, LocalDate tot, Indeling per) {
        Toegang.Zicht zicht = toegang.zicht();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("alleScholen", zicht.alles()).addValue("scholen", zicht.scholenVoorQuery())
                .addValue("van", Timestamp.from(van.atStartOfDay(NL).toInstant()))
                .addValue("tot", Timestamp.from(tot.plusDays(1).atStartOfDay(NL).toInstant()))
                .addValue("vanDag", van).addValue("totDag", tot);
        List<Indicator> uit = new ArrayList<>();
        uit.addAll(duur("signaalTotIntake", per, """
                select %s as groep, d.id as leerling, a.gemeld_op as begin_, a.intake_op as eind_ from aanmelding a %s
                where a.intake_op is not null and a.gemeld_op >= :van and a.gemeld_op < :tot""", "a", p));
        uit.addAll(duur("escalatieTotBeoordeling", per, """
                select %s as groep, d.id as leerling, e.ontvangen_op as begin_, e.beoordeeld_op as eind_ from leerplicht_escalatie e %s
                where e.beoordeeld_op is not null and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", "e", p));
        uit.addAll(aandeel("zorgplichtBinnen6Weken", per, """
                select %s as groep, d.id as leerling, case when ar.startdatum is not null and ar.startdatum <= ar.registratie_ontvangen_op + 42
                       then 1 else 0 end as ja from arrangement ar %s
                where ar.status in ('LOPEND', 'AFGESLOTEN', 'GEEN_PLAATS')
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", "ar", p));
        uit.addAll(aandeel("zorgplichtBinnen10Weken", per, """
                select %s as groep, d.id as leerling, case when ar.startdatum is not null and ar.startdatum <= ar.registratie_ontvangen_op + 70
                       then 1 else 0 end as ja from arrangement ar %s
                where ar.status in ('LOPEND', 'AFGESLOTEN', 'GEEN_PLAATS')
                  and ar.registratie_ontvangen_op >= :vanDag and ar.registratie_ontvangen_op <= :totDag""", "ar", p));
        uit.addAll(duur("thuiszitters", per, """
                select %s as groep, d.id as leerling, e.ontvangen_op as begin_, e.afgesloten_op as eind_ from leerplicht_escalatie e %s
                where e.reden = 'THUISZITTER' and e.afgesloten_op is not null
                  and e.ontvangen_op >= :van and e.ontvangen_op < :tot""", "e", p));
        uit.addAll(aandeel("doelrealisatie", per, """
                select %s as groep, d.id as leerling, case when ev.score = 'BEHAALD' then 1 else 0 end as ja from arrangement ar %s
                join arrangement_evaluatie ev on ev.arrangement_id = ar.id
                where ar.afgesloten_op >= :van and ar.afgesloten_op < :tot
                  and ev.geevalueerd_op = (select max(e2.geevalueerd_op) from arrangement_evaluatie e2
                                           where e2.arrangement_id = ev.arrangement_id and e2.doel_id = ev.doel_id)""", "ar", p));
        uit.addAll(gemiddelde("tevredenheidOuders", per, "ar.tevredenheid_ouders", p));
        uit.addAll(gemiddelde("tevredenheidLeerling", per, "ar.tevredenheid_leerling", p));
        uit.addAll(gemiddelde("ervarenBaatOuders", per, "ar.ervaren_baat_ouders", p));
        uit.addAll(gemiddelde("ervarenBaatLeerling", per, "ar.ervaren_baat_leerling", p));
        uit.addAll(aandeel("ingeschrevenNaOverstap", per, """
                select %s as groep, d.id as leerling, case when o.ingeschreven then 1 else 0 end as ja from overstap o %s
                where o.ingeschreven is not null and o.aangemaakt_op >= :van and o.aangemaakt_op < :tot""", "o", p));
        uit.sort(Comparator.comparing(Indicator::indicator).thenComparing(Indicator::groep));
        return uit;
    }

    /** The same figures as CSV (;-separated), for the regional consultation's own tools. */
    public String csv(LocalDate van, LocalDate tot, Indeling per) {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("indicator", "groep", "aantal", "leerlingen", "onderdrukt", "waarde", "mediaan", "p90", "eenheid").get();
        try (CSVPrinter csv = new CSVPrinter(uit, formaat)) {
            for (Indicator i : indicatoren(van, tot, per)) {
                csv.printRecord(i.indicator(), i.groep(), i.aantal(), i.leerlingen(), i.onderdrukt(), leeg(i.waarde()), leeg(i.mediaan()),
                        leeg(i.p90()), i.eenheid());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }

    /** Median and 90th percentile of the days between two moments, per group. */
    private List<Indicator> duur(String naam, Indeling per, String sql, String alias, MapSqlParameterSource p) {
        Map<String, List<Double>> perGroep = new TreeMap<>();
        Map<String, Set<Long>> leerlingen = new TreeMap<>();
        jdbc.query(sql.formatted(per.kolom(), VIA_DOSSIER.formatted(alias)), p, rs -> {
            Timestamp begin = rs.getTimestamp("begin_");
            Timestamp eind = rs.getTimestamp("eind_");
            double dagen = Duration.between(begin.toInstant(), eind.toInstant()).toMinutes() / 1440.0;
            perGroep.computeIfAbsent(rs.getString("groep"), g -> new ArrayList<>()).add(dagen);
            leerlingen.computeIfAbsent(rs.getString("groep"), g -> new HashSet<>()).add(rs.getLong("leerling"));
        });
        List<Indicator> uit = new ArrayList<>();
        perGroep.forEach((groep, waarden) -> {
            waarden.sort(null);
            uit.add(Indicator.van(naam, groep, waarden.size(), leerlingen.get(groep).size(), null,
                    percentiel(waarden, 50), percentiel(waarden, 90), "dagen"));
        });
        return uit;
    }

    /** The share (0-1) of rows that meet a condition, per group. */
    private List<Indicator> aandeel(String naam, Indeling per, String sql, String alias, MapSqlParameterSource p) {
        Map<String, long[]> perGroep = new TreeMap<>();
        Map<String, Set<Long>> leerlingen = new TreeMap<>();
        jdbc.query(sql.formatted(per.kolom(), VIA_DOSSIER.formatted(alias)), p, rs -> {
            long[] teller = perGroep.computeIfAbsent(rs.getString("groep"), g -> new long[2]);
            teller[0]++;
            teller[1] += rs.getInt("ja");
            leerlingen.computeIfAbsent(rs.getString("groep"), g -> new HashSet<>()).add(rs.getLong("leerling"));
        });
        List<Indicator> uit = new ArrayList<>();
        perGroep.forEach((groep, t) -> uit.add(Indicator.van(naam, groep, t[0], leerlingen.get(groep).size(),
                (double) t[1] / t[0], null, null, "aandeel")));
        return uit;
    }

    /** The mean of a closing-survey score (1-10) of arrangements closed in the period, per group. */
    private List<Indicator> gemiddelde(String naam, Indeling per, String kolom, MapSqlParameterSource p) {
        Map<String, double[]> perGroep = new TreeMap<>();
        Map<String, Set<Long>> leerlingen = new TreeMap<>();
        jdbc.query(("select %s as groep, d.id as leerling, " + kolom + " as cijfer from arrangement ar %s where " + kolom
                + " is not null and ar.afgesloten_op >= :van and ar.afgesloten_op < :tot")
                .formatted(per.kolom(), VIA_DOSSIER.formatted("ar")), p, rs -> {
            double[] som = perGroep.computeIfAbsent(rs.getString("groep"), g -> new double[2]);
            som[0]++;
            som[1] += rs.getInt("cijfer");
            leerlingen.computeIfAbsent(rs.getString("groep"), g -> new HashSet<>()).add(rs.getLong("leerling"));
        });
        List<Indicator> uit = new ArrayList<>();
        perGroep.forEach((groep, s) -> uit.add(Indicator.van(naam, groep, (long) s[0], leerlingen.get(groep).size(),
                s[1] / s[0], null, null, "cijfer 1-10")));
        return uit;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentiel(List<Double> gesorteerd, int procent) {
        int rang = (int) Math.ceil(procent / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, rang - 1));
    }

    private static String leeg(Double d) {
        return d == null ? "" : String.valueOf(d);
    }
}
