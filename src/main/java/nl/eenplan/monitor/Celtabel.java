package nl.eenplan.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.security.Toegang;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitor's cells from the per-school cells kept from the facts ({@link Monitorcellen}, table {@code monitor_cel}):
 * one indexed read of the period's cells of the user's schools, each joined to its school for the groups; and the few
 * shares' cases not decided yet, read from the facts ({@code monitor_feit}) at the moment asked: from their
 * {@code nee_vanaf} on they count as "no", else not at all, as in {@link Feitenbron}. Such a case's pupil counts once
 * in its school's cell: not again when the pupil's dossier has a decided case in the same cell.
 */
@Component
class Celtabel implements Celbron {

    private final NamedParameterJdbcTemplate jdbc;

    Celtabel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu) {
        Map<String, Map<Cel, Telling>> perIndicator = new LinkedHashMap<>();
        Feitenbron.INDICATOREN.keySet().forEach(naam -> perIndicator.put(naam, new HashMap<>()));
        Map<String, School> scholen = new HashMap<>();
        // A school's BRIN and groups are read from its first row only (issue #25: 145,000 rows of 6,900 schools).
        Map<Long, School> perId = new HashMap<>();
        MapSqlParameterSource p = parameters(periode, zicht).addValue("nu", Timestamp.from(nu));
        jdbc.query(LEES, p, rs -> {
            String indicator = rs.getString(1);
            Soort soort = Feitenbron.INDICATOREN.get(indicator);
            if (soort == null) {
                return; // an indicator this version does not know
            }
            Telling telling = telling(perIndicator, indicator, rs.getString(2), school(perId, scholen, rs, 8));
            telling.aantal += rs.getLong(3);
            telling.leerlingenGeteld += rs.getLong(4);
            telling.ja += rs.getLong(5);
            telling.som += rs.getLong(6);
            byte[] dagen = rs.getBytes(7);
            if (soort == Soort.DUUR && dagen != null) {
                telling.dagenGeteld.add(Monitorcellen.lees(dagen));
            }
        });
        jdbc.query(OPEN, p, rs -> {
            String indicator = rs.getString(1);
            if (Feitenbron.INDICATOREN.get(indicator) != Soort.AANDEEL) {
                return; // only a share has cases not decided yet
            }
            Telling telling = telling(perIndicator, indicator, rs.getString(2), school(perId, scholen, rs, 4));
            telling.aantal++;
            if (rs.getInt(8) == 0) {
                telling.leerlingen.add(rs.getLong(3)); // no decided case of the pupil in the cell: counted here
            }
        });
        List<Figuur> figuren = new ArrayList<>();
        perIndicator.forEach((naam, cellen) -> figuren.add(new Figuur(naam, Feitenbron.INDICATOREN.get(naam), cellen)));
        return new Gelezen(figuren, scholen);
    }

    /**
     * The school of a row whose columns from {@code kolom} on are the school's id, BRIN, gemeente and SWV; the first
     * row of a school adds it to the schools read (by id and by BRIN).
     */
    private static School school(Map<Long, School> perId, Map<String, School> scholen, ResultSet rs, int kolom)
            throws SQLException {
        long id = rs.getLong(kolom);
        School school = perId.get(id);
        if (school == null) {
            school = new School(rs.getString(kolom + 1), Feitenbron.leegAlsNull(rs.getString(kolom + 2)),
                    Feitenbron.leegAlsNull(rs.getString(kolom + 3)));
            perId.put(id, school);
            scholen.put(school.brin(), school);
        }
        return school;
    }

    private static Telling telling(Map<String, Map<Cel, Telling>> perIndicator, String indicator, String onderdeel,
                                   School school) {
        return perIndicator.get(indicator).computeIfAbsent(new Cel(school.brin(), onderdeel), c -> new Telling());
    }

    /** The period's cells of the schools in view, with their school's groups (on the index on period and school). */
    static final String LEES = """
            select c.indicator, c.onderdeel, c.aantal, c.leerlingen, c.ja, c.som, c.dagen,
                   s.id, s.brin, s.gemeente, s.samenwerkingsverband
            from monitor_cel c join school s on s.id = c.school_id
            where c.periode = :periode and (:alleScholen = true or s.brin in (:scholen))""";

    /**
     * The period's shares not decided yet that count at {@code nu} (as "no"), of the schools in view (on the index on
     * nee_vanaf); and whether the dossier has a decided case in the same cell (its pupil is counted there already).
     */
    static final String OPEN = """
            select f.indicator, f.onderdeel, f.dossier_id, s.id, s.brin, s.gemeente, s.samenwerkingsverband,
                   case when exists (select 1 from monitor_feit g where g.dossier_id = f.dossier_id
                        and g.indicator = f.indicator and g.ja is not null and g.peildag >= :van and g.peildag <= :tot
                        and (g.onderdeel = f.onderdeel or (g.onderdeel is null and f.onderdeel is null))) then 1 else 0 end
            from monitor_feit f join school s on s.id = f.school_id
            where f.nee_vanaf <= :nu and f.ja is null and f.peildag >= :van and f.peildag <= :tot
              and (:alleScholen = true or s.brin in (:scholen))""";

    static MapSqlParameterSource parameters(Periode periode, Toegang.Zicht zicht) {
        return Feitenbron.parameters(periode, zicht).addValue("periode", periode.code());
    }
}
