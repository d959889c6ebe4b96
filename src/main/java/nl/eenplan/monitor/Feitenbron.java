package nl.eenplan.monitor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.security.Toegang;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitor's cells from the facts kept as work happens ({@link Monitorfeiten}, table {@code monitor_feit}): one
 * indexed read of the period's facts of the user's schools, each joined to its school for the groups (so a school's
 * gemeente or SWV changed later needs no rebuild). A share's case not decided yet counts as "no" from its
 * {@code nee_vanaf} on (the 12 weeks of a thuiszitter, 1 August for a warm handover), else not at all, as in
 * {@link DirecteBron}.
 */
@Component
class Feitenbron implements Celbron {

    /** Every indicator the monitor knows, in the order of {@link DirecteBron}, with how it is computed. */
    static final Map<String, Soort> INDICATOREN = new LinkedHashMap<>();

    static {
        for (String duur : List.of("signaalTotIntake", "intakeTotPlan", "aanvraagTotStartArrangement", "escalatieTotBeoordeling",
                "escalatiesPerReden")) {
            INDICATOREN.put(duur, Soort.DUUR);
        }
        INDICATOREN.put("zorgplichtBinnen6Weken", Soort.AANDEEL);
        INDICATOREN.put("zorgplichtBinnen10Weken", Soort.AANDEEL);
        INDICATOREN.put("thuiszitters", Soort.DUUR);
        INDICATOREN.put(Monitorfeiten.TERUG_BINNEN, Soort.AANDEEL);
        INDICATOREN.put("tlvTerugNaarRegulier", Soort.AANDEEL);
        INDICATOREN.put("doelrealisatie", Soort.AANDEEL);
        for (String enquete : List.of("tevredenheidOuders", "tevredenheidLeerling", "ervarenBaatOuders", "ervarenBaatLeerling")) {
            INDICATOREN.put(enquete, Soort.GEMIDDELDE);
        }
        for (String aandeel : List.of("ingeschrevenNaOverstap", "warmeOverdrachtVoorSchooljaar", "termijnGehaald", "uitval")) {
            INDICATOREN.put(aandeel, Soort.AANDEEL);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    Feitenbron(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu) {
        Cellen cellen = new Cellen(0);
        jdbc.query(LEES, parameters(periode, zicht), rs -> {
            Soort soort = INDICATOREN.get(rs.getString(1));
            if (soort == null) {
                return; // an indicator this version does not know
            }
            int ja = rs.getInt(5);
            if (soort == Soort.AANDEEL && rs.wasNull()) {
                Timestamp neeVanaf = rs.getTimestamp(7);
                if (neeVanaf == null || nu.isBefore(neeVanaf.toInstant())) {
                    return; // not decided yet: neither the case nor its pupil counts
                }
                ja = 0;
            }
            String brin = rs.getString(8);
            Integer school = cellen.nummerVan(brin);
            if (school == null) {
                school = cellen.nummer(new School(brin, leegAlsNull(rs.getString(9)), leegAlsNull(rs.getString(10))));
            }
            Telling telling = cellen.telling(rs.getString(1), rs.getString(2), school);
            telling.leerling(rs.getLong(3));
            telling.aantal++;
            switch (soort) {
                case DUUR -> telling.dag(rs.getDouble(4));
                case AANDEEL -> telling.ja += ja;
                case GEMIDDELDE -> telling.som += rs.getInt(6);
            }
        });
        return cellen.gelezen();
    }

    /** The period's facts of the schools in view, with their school's groups (on the index on peildag). */
    static final String LEES = """
            select f.indicator, f.onderdeel, f.dossier_id, f.dagen, f.ja, f.cijfer, f.nee_vanaf,
                   s.brin, s.gemeente, s.samenwerkingsverband
            from monitor_feit f join school s on s.id = f.school_id
            where f.peildag >= :van and f.peildag <= :tot and (:alleScholen = true or s.brin in (:scholen))""";

    static MapSqlParameterSource parameters(Periode periode, Toegang.Zicht zicht) {
        return new MapSqlParameterSource("van", periode.van()).addValue("tot", periode.tot())
                .addValue("alleScholen", zicht.alles()).addValue("scholen", zicht.scholenVoorQuery());
    }

    /** A school without gemeente or SWV counts in the group "", as in {@link DirecteBron}. */
    static String leegAlsNull(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
