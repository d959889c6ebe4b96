package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.eenplan.OpPostgres;
import nl.eenplan.security.Toegang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The facts and the direct computation alike on PostgreSQL; and the read can go by the index on the day. */
@OpPostgres
class MonitorFeitenGelijkPostgresIT extends MonitorFeitenGelijkIT {

    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transacties;

    @Test
    void hetLezenVanEenPeriodeGaatOverDeIndexOpDeDag() {
        // The test table is small, so the planner would read it whole; with sequential scans priced out it shows that
        // the read can use the index (a region's facts of several school years: a month is a small part).
        List<String> plan = transacties.execute(s -> {
            named.getJdbcTemplate().execute("set local enable_seqscan = off");
            return named.queryForList("explain " + Feitenbron.LEES, Feitenbron.parameters(Periode.maand(YearMonth.of(2024, 10)),
                    new Toegang.Zicht(false, Set.of("93GA00"))), String.class);
        });
        // Since V75 the index per school and day serves a school's period as well.
        assertThat(String.join("\n", plan)).containsAnyOf("monitor_feit_peildag", "monitor_feit_school");
    }

    @Test
    void deCellenVanEenPeriodeEnDeOpenZakenGaanOverHunIndex() {
        Toegang.Zicht school = new Toegang.Zicht(false, Set.of("93GA00"));
        // A school's period: by period and school, or by school and period (with the cells' statistics, which another
        // test of this class gathers, the planner may take either).
        assertThat(plan(Celtabel.LEES, Periode.maand(YearMonth.of(2024, 10)), school)).as("cellen")
                .containsAnyOf("monitor_cel_periode", "monitor_cel_school");
        // Over every school and a school year only the undecided facts of the year are visited; for one school a month
        // of its facts (monitor_feit_school) may be fewer still, and the planner may take that.
        // V80: on the moment an undecided share starts to count (nee_vanaf), which no decided fact and no duration or
        // score fact has (V75's (ja, peildag) also held every duration fact: millions of entries at national size).
        assertThat(plan(Celtabel.OPEN, Periode.schooljaar(2024), new Toegang.Zicht(true, Set.of()))).as("open zaken, alle scholen")
                .contains("monitor_feit_open").contains("Index Cond: ((nee_vanaf <=");
        assertThat(plan(Celtabel.OPEN, Periode.maand(YearMonth.of(2024, 10)), school)).as("open zaken, één school")
                .containsAnyOf("monitor_feit_open", "monitor_feit_school");
    }

    @Test
    void deWeergavePerSchoolLeestAlleenDeDuurcellen_V87() {
        // Issue #25: of a period's cells only the durations' (with a histogram) are visited; the counts come from the
        // rows per school.
        named.getJdbcTemplate().execute("analyze monitor_cel");
        String plan = plan(Celtabel.LEES_PER_SCHOOL, Periode.schooljaar(2024), new Toegang.Zicht(true, Set.of()));
        assertThat(plan).contains("monitor_cel_dagen").doesNotContain("monitor_cel_periode");
    }

    @Test
    void deOpenZakenKomenUitTweeIndexenZonderDeTabel_V84() {
        // Issue #25: a national school year has ~15,000 undecided shares per request; each fetched its row and every fact
        // of its dossier from the table. The two indexes now hold every column the query asks. The visibility map is
        // set by a vacuum (autovacuum does it in production); with other plans priced out, the plan shows that neither
        // side needs the table.
        named.getJdbcTemplate().execute("vacuum analyze monitor_feit");
        String plan = plan(Celtabel.OPEN, Periode.schooljaar(2024), new Toegang.Zicht(true, Set.of()),
                "enable_bitmapscan");
        assertThat(plan).as("de open zaken").contains("Index Only Scan using monitor_feit_open on monitor_feit f");
        assertThat(plan).as("een beslist geval van dezelfde leerling in dezelfde cel")
                .contains("Index Only Scan using monitor_feit_dossier on monitor_feit g");
    }

    @Test
    void deCellenKomenBinairVanafHetEersteGebruik() {
        // Issue #25: the driver asks PostgreSQL for binary results (bytea as bytes, not as hex text) only for a
        // statement prepared on the server, by default from its fifth use on a connection. With Celtabel's setting a
        // statement is prepared at its first use: on that connection it is then a named prepared statement.
        assertThat(voorbereidNaEenGebruik(false)).as("zonder de instelling").isZero();
        assertThat(voorbereidNaEenGebruik(true)).as("met Celtabel.inBinair").isOne();
    }

    /** Whether a statement of its own (a marked text) is prepared on the server after it ran once: 0 or 1. */
    private long voorbereidNaEenGebruik(boolean binair) {
        String merk = "binair-" + binair + "-" + System.nanoTime();
        String sql = "select cellen /* " + merk + " */ from monitor_schoolperiode where periode = ?";
        return named.getJdbcTemplate().execute((java.sql.Connection verbinding) -> {
            try (java.sql.PreparedStatement ps = verbinding.prepareStatement(sql)) {
                if (binair) {
                    Celtabel.inBinair(ps);
                }
                ps.setString(1, "2024-2025");
                ps.executeQuery().close();
            }
            try (java.sql.Statement st = verbinding.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("select count(*) from pg_prepared_statements"
                         + " where statement like '%" + merk + "%'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The plan of a query, with sequential scans and the plan kinds {@code ookUit} priced out. */
    private String plan(String sql, Periode periode, Toegang.Zicht zicht, String... ookUit) {
        List<String> regels = transacties.execute(s -> {
            // With the statistics of the test's facts: few are undecided, many lie in the month.
            named.getJdbcTemplate().execute("analyze monitor_feit");
            named.getJdbcTemplate().execute("set local enable_seqscan = off");
            for (String soort : ookUit) {
                named.getJdbcTemplate().execute("set local " + soort + " = off");
            }
            return named.queryForList("explain " + sql, Celtabel.parameters(periode, zicht).addValue("nu", java.sql.Timestamp.from(
                    java.time.Instant.parse("2025-01-01T00:00:00Z"))), String.class);
        });
        return String.join("\n", regels);
    }
}
