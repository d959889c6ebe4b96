package nl.eenplan.monitor;

import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import nl.eenplan.security.Toegang;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The monitor's cells from the per-school cells kept from the facts ({@link Monitorcellen}, table {@code monitor_cel}):
 * one indexed read of the period's cells of the user's schools (a view of every school by group: one row per school,
 * {@link Schoolperioden}), each school's groups read once; and the few shares' cases not decided yet, which count as
 * "no" from their {@code nee_vanaf} on, else not at all, as in {@link Feitenbron}: from the steps in time kept in the
 * school's row of the period ({@link OpenAandelen}, V88), in the same statement as the cells. Until the worker has
 * written those steps after the upgrade, and for a row without them (a node of an older version wrote it), such cases
 * are read from the facts ({@code monitor_feit}) at the moment asked; a case's pupil counts once in its school's cell:
 * not again when the pupil's dossier has a decided case in the same cell. (A period with open cases only, whose row
 * such a node removed, has none until a node of this version recomputes the school: docs/beheer.md, V88.)
 */
@Component
class Celtabel implements Celbron {

    private static final Logger LOG = LoggerFactory.getLogger(Celtabel.class);

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * Rows fetched per round trip. Issue #25: a national view reads 145,000 cells; without a fetch size the PostgreSQL
     * driver holds every row of the result in memory until the last is read, and the young collections during a
     * request copied them again and again (100-500 ms pauses). In a transaction (a request is one) it now fetches them
     * in portions; H2 takes it as a hint.
     */
    static final int PER_KEER = 2_000;

    /** How often a view per school of every school came from the rows per school (the tests look). */
    static final LongAdder PER_RIJ = new LongAdder();

    /** How often the shares' cases not decided yet were read from the facts (the tests look). */
    static final LongAdder OPEN_UIT_FEITEN = new LongAdder();

    /** Whether the rows' steps of the open cases are complete (V88's recompute done); once true it stays true. */
    private volatile boolean stappenKlaar;

    Celtabel(NamedParameterJdbcTemplate jdbc) {
        JdbcTemplate inPortions = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource()) {
            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                super.applyStatementSettings(statement);
                inBinair(statement);
            }
        };
        inPortions.setFetchSize(PER_KEER);
        this.jdbc = new NamedParameterJdbcTemplate(inPortions);
    }

    /**
     * On PostgreSQL the rows come in binary from a statement's first use. Issue #25: the driver asks for binary
     * results only for a statement it has prepared on the server, after five uses on the same connection; before that
     * PostgreSQL sends every {@code bytea} (the rows per school, the histograms) as hex text, twice its size, and the
     * driver decodes it (9% of a national view's CPU at 2,000 schools). A view asked now and then over a pool of
     * connections seldom reaches five uses on one. A negative threshold makes the driver prepare at once, in binary.
     */
    static void inBinair(Statement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    @Override
    public Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu) {
        return lees(periode, zicht, nu, Indeling.SCHOOL);
    }

    /**
     * The cells of the schools in view. A user who sees every school there is (an administrator, or a process owner:
     * a member of every school) is read without a list of schools, and a view of them by gemeente, SWV or in total from
     * the rows per school and the group cells ({@link #leesMetGroepen}), per school from the rows and the durations'
     * histograms ({@link #leesPerSchool}). Issue #25: nationally a process owner's 6,900 BRINs were bound in every
     * statement, and the view of every school never came to the group cells. Whether the user sees every school is
     * checked against the schools read first; a school made after that (its cells computed in the moment between) is
     * checked when its first row comes, and if the user does not see it, the cells are read again for the user's own
     * schools.
     */
    @Override
    public Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu, Indeling getoond) {
        // Only a user with as many schools as there are can see every one; else just the user's schools are read.
        boolean elke = zicht.alles() || zicht.scholen().size() >= jdbc.queryForObject("select count(*) from school",
                new MapSqlParameterSource(), Long.class);
        Map<Long, School> perId = scholen(parameters(periode, elke ? Toegang.Zicht.ALLES : zicht));
        if (elke && (zicht.alles() || perId.values().stream().allMatch(s -> zicht.omvat(s.brin())))) {
            try {
                Gelezen gelezen = Groepcellen.GEHOUDEN.contains(getoond)
                        ? leesMetGroepen(periode, zicht, nu, getoond, perId)
                        : leesPerSchool(periode, zicht, nu, perId);
                if (gelezen != null) {
                    return gelezen;
                }
                return leesCellen(periode, Toegang.Zicht.ALLES, zicht, nu, perId);
            } catch (BuitenZicht nieuweSchool) {
                LOG.info("Monitor: school-id {} is nieuw en niet van de gebruiker; alleen de eigen scholen gelezen",
                        nieuweSchool.school);
            }
        }
        return leesCellen(periode, zicht, zicht, nu, perId);
    }

    /**
     * The period's cells of the schools of {@code inSql} (every school, or the user's), with their histograms; each
     * row's school among {@code perId} or read on its own, and seen by the user ({@code zicht}).
     */
    private Gelezen leesCellen(Periode periode, Toegang.Zicht inSql, Toegang.Zicht zicht, Instant nu,
                               Map<Long, School> perId) {
        Cellen cellen = new Cellen(perId.size());
        Open open = new Open(nu);
        MapSqlParameterSource p = parameters(periode, inSql).addValue("nu", Timestamp.from(nu));
        jdbc.query(LEES, p, rs -> {
            if (rs.getInt(9) == 1) {
                // A school's row of the period: its open cases' steps.
                long id = rs.getLong(8);
                open.rij(rs.getBytes(7), id, cellen, () -> cellen.nummer(school(perId, id, zicht)));
                return;
            }
            String indicator = rs.getString(1);
            Soort soort = Feitenbron.INDICATOREN.get(indicator);
            if (soort == null) {
                return; // an indicator this version does not know
            }
            Telling telling = cellen.telling(indicator, rs.getString(2),
                    cellen.nummer(school(perId, rs.getLong(8), zicht)));
            telOp(telling, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            byte[] dagen = rs.getBytes(7);
            if (soort == Soort.DUUR && dagen != null) {
                telling.dagenGeteld(Monitorcellen.lees(dagen));
            }
        });
        open.uitFeiten(p, cellen, perId, zicht);
        return cellen.gelezen();
    }

    /**
     * A view of every school that shows gemeenten, SWV's or the total: every school's cells of the period without their
     * day histograms (the suppression needs their counts only), from one row per school ({@link Schoolperioden}), and
     * the shown groups' histograms ({@link Groepcellen}), in one statement, so both are of one moment. Null when a
     * group's histogram does not add up to its schools' cells (a school's cells not yet counted in it: the first
     * recompute after V82, or a school that changed gemeente or SWV since): then every school's histograms are read.
     */
    private Gelezen leesMetGroepen(Periode periode, Toegang.Zicht zicht, Instant nu, Indeling getoond,
                                   Map<Long, School> perId) {
        Cellen cellen = new Cellen(perId.size());
        Open open = new Open(nu);
        Schoolperioden.Lezer rijen = new Schoolperioden.Lezer();
        Map<Groepcel, Long> waardenPerGroep = new HashMap<>();
        Map<Groepcel, Histogram> groepsdagen = new HashMap<>();
        boolean[] geteld = {true};
        MapSqlParameterSource p = parameters(periode, Toegang.Zicht.ALLES).addValue("nu", Timestamp.from(nu))
                .addValue("indeling", getoond.name());
        jdbc.query(LEES_MET_GROEPEN, p, rs -> {
            // Kind 0: a school's cells, and the group of the shown grouping they were counted under in the group cells
            // (null: not counted); kind 1: a group's histogram.
            String groep = rs.getString(5);
            if (rs.getInt(1) == 1) {
                if (Feitenbron.INDICATOREN.containsKey(rs.getString(2))) {
                    String onderdeel = rs.getString(3);
                    groepsdagen.put(new Groepcel(rs.getString(2), onderdeel.isEmpty() ? null : onderdeel, groep),
                            Monitorcellen.lees(rs.getBytes(4)));
                }
                return;
            }
            School school = school(perId, rs.getLong(6), zicht);
            boolean onderDezeGroep = groep != null
                    && (getoond == Indeling.TOTAAL || groep.equals(school.groep(getoond)));
            IntSupplier nummer = nummerBijGebruik(cellen, school);
            telRij(rijen, rs.getBytes(4), cellen, nummer, (cel, telling) -> {
                geteld[0] &= onderDezeGroep;
                waardenPerGroep.merge(new Groepcel(cel.indicator(), cel.onderdeel(), school.groep(getoond)),
                        cel.aantal(), Long::sum);
            });
            open.rij(rs.getBytes(7), rs.getLong(6), cellen, nummer);
        });
        // Every duration value of a school cell is one case: a group's histogram holds as many as its schools' cases.
        boolean klopt = geteld[0] && waardenPerGroep.entrySet().stream().allMatch(e -> {
            Histogram h = groepsdagen.get(e.getKey());
            return h != null && h.gevallen() == e.getValue();
        });
        if (!klopt) {
            LOG.info("Monitor: groepcellen van {} nog niet bij; de percentielen uit de scholen", periode.code());
            return null;
        }
        open.uitFeiten(p, cellen, perId, zicht);
        return cellen.gelezen(getoond, groepsdagen);
    }

    /**
     * A view of every school per school: every school's counts from its row ({@link Schoolperioden}) and, from the
     * cells, only the durations' histograms (the percentiles per school need them; no other cell has one), in one
     * statement, so both are of one moment. Issue #25: nationally every cell was read for this view (145,000 rows with
     * their histograms); V87's index on the cells with a histogram lets PostgreSQL visit those alone. Null when a
     * histogram does not hold as many days as its cell has cases (the worker writes both in one transaction, so it
     * should not happen): then every cell is read.
     */
    private Gelezen leesPerSchool(Periode periode, Toegang.Zicht zicht, Instant nu, Map<Long, School> perId) {
        Cellen cellen = new Cellen(perId.size());
        Open open = new Open(nu);
        Schoolperioden.Lezer rijen = new Schoolperioden.Lezer();
        Dagenbalans balans = new Dagenbalans();
        MapSqlParameterSource p = parameters(periode, Toegang.Zicht.ALLES).addValue("nu", Timestamp.from(nu));
        jdbc.query(LEES_PER_SCHOOL, p, rs -> {
            // Kind 0: a school's row of counts; kind 1: a duration cell's histogram.
            School school = school(perId, rs.getLong(5), zicht);
            if (rs.getInt(1) == 1) {
                if (Feitenbron.INDICATOREN.get(rs.getString(2)) == Soort.DUUR) {
                    Telling telling = cellen.telling(rs.getString(2), rs.getString(3), cellen.nummer(school));
                    Histogram histogram = Monitorcellen.lees(rs.getBytes(4));
                    telling.dagenGeteld(histogram);
                    balans.verschuif(telling, -histogram.gevallen());
                }
                return;
            }
            IntSupplier nummer = nummerBijGebruik(cellen, school);
            telRij(rijen, rs.getBytes(4), cellen, nummer, (cel, telling) -> balans.verschuif(telling, cel.aantal()));
            open.rij(rs.getBytes(6), rs.getLong(5), cellen, nummer);
        });
        if (!balans.klopt()) {
            LOG.warn("Monitor: de rijen per school van {} kloppen niet met de cellen; alle cellen gelezen",
                    periode.code());
            return null;
        }
        open.uitFeiten(p, cellen, perId, zicht);
        PER_RIJ.increment();
        return cellen.gelezen();
    }

    /**
     * A school's row of counts ({@link Schoolperioden}) added to its cells (the school by its number in
     * {@code cellen}); each duration cell, with the cell it was added to, also handed to {@code perDuur} (the callers
     * check the durations' histograms against their cases).
     */
    private static void telRij(Schoolperioden.Lezer rijen, byte[] rij, Cellen cellen, IntSupplier school,
                               BiConsumer<Schoolperioden.Schoolcel, Telling> perDuur) {
        rijen.lees(rij, cel -> {
            Soort soort = Feitenbron.INDICATOREN.get(cel.indicator());
            if (soort == null) {
                return; // an indicator this version does not know
            }
            Telling telling = cellen.telling(cel.indicator(), cel.onderdeel(), school.getAsInt());
            telOp(telling, cel.aantal(), cel.leerlingen(), cel.ja(), cel.som());
            if (soort == Soort.DUUR) {
                perDuur.accept(cel, telling);
            }
        });
    }

    /** A kept cell's cases, distinct pupils, yes-count and score sum added to its school's cell. */
    private static void telOp(Telling telling, long aantal, long leerlingen, long ja, long som) {
        telling.aantal += aantal;
        telling.leerlingenGeteld += leerlingen;
        telling.ja += ja;
        telling.som += som;
    }

    /**
     * A school's number in {@code cellen}, given when first asked: a school whose row has no cell at the moment asked
     * (open cases only, none counting yet) is not among the schools read, as it is not in {@link Feitenbron}.
     */
    private static IntSupplier nummerBijGebruik(Cellen cellen, School school) {
        int[] nummer = {-1};
        return () -> nummer[0] >= 0 ? nummer[0] : (nummer[0] = cellen.nummer(school));
    }

    /** Whether the rows' steps of the open cases are complete: V88's recompute done ({@link Monitorwachtrij}). */
    private boolean stappenKlaar() {
        if (!stappenKlaar) {
            stappenKlaar = Monitorwachtrij.vullingGedaan(jdbc, "monitor_cel_wachtrij", "open_vulling_tot");
        }
        return stappenKlaar;
    }

    /**
     * Whether every duration cell's histograms hold as many days as its row has cases, kept while the cells are read:
     * the count of cells where the two differ, at zero when all agree. Issue #25: two maps of the 70,000 duration cells
     * of the whole country, filled and compared after the read, were a fifth of the view per school's CPU in the node.
     * Unlike those maps it lets a cell with no case and no day pass (the worker writes neither: a cell has a case, and
     * an empty histogram is stored as none); its figures would be the same either way.
     */
    static final class Dagenbalans {
        private int scheef;

        /** A row's cases of the cell (positive) or the days of one of its histograms (negative). */
        void verschuif(Telling telling, long gevallen) {
            boolean wasScheef = telling.gevallenZonderDag != 0;
            telling.gevallenZonderDag += gevallen;
            scheef += (telling.gevallenZonderDag != 0 ? 1 : 0) - (wasScheef ? 1 : 0);
        }

        boolean klopt() {
            return scheef == 0;
        }
    }

    /**
     * One request's shares not decided yet at moment {@code nu}: from each school row's steps ({@link OpenAandelen}),
     * or, until V88's recompute is done, for every school from the facts, as before it; after that only a row without
     * steps (written by a node of an older version) has its school's cases read from the facts (the statement for
     * every school in view, the rest left out here: rare, and no slower than before V88).
     */
    private final class Open {
        private final Instant nu;
        private final boolean uitStappen = stappenKlaar();
        /** The schools of rows without steps (with {@link #uitStappen}); null: none. */
        private Set<Long> zonderStappen;

        Open(Instant nu) {
            this.nu = nu;
        }

        /** A school's row's steps (null: a row without), counted in its cells at {@link #nu}. */
        void rij(byte[] stappen, long schoolId, Cellen cellen, IntSupplier school) {
            if (!uitStappen) {
                return;
            }
            if (stappen == null) {
                if (zonderStappen == null) {
                    zonderStappen = new HashSet<>();
                }
                zonderStappen.add(schoolId);
                return;
            }
            OpenAandelen.tel(stappen, nu, (indicator, onderdeel, zaken, leerlingen) -> {
                if (Feitenbron.INDICATOREN.get(indicator) == Soort.AANDEEL) {
                    Telling telling = cellen.telling(indicator, onderdeel, school.getAsInt());
                    telling.aantal += zaken;
                    telling.leerlingenGeteld += leerlingen;
                }
            });
        }

        /** The open cases that come from the facts ({@link #OPEN}): every school's, or those of rows without steps. */
        void uitFeiten(MapSqlParameterSource p, Cellen cellen, Map<Long, School> perId, Toegang.Zicht zicht) {
            if (uitStappen && zonderStappen == null) {
                return;
            }
            OPEN_UIT_FEITEN.increment();
            jdbc.query(OPEN, p, rs -> {
                String indicator = rs.getString(1);
                if (Feitenbron.INDICATOREN.get(indicator) != Soort.AANDEEL
                        || uitStappen && !zonderStappen.contains(rs.getLong(4))) {
                    return; // only a share has cases not decided yet; a row's steps hold its school's
                }
                Telling telling = cellen.telling(indicator, rs.getString(2),
                        cellen.nummer(school(perId, rs.getLong(4), zicht)));
                telling.aantal++;
                if (rs.getInt(5) == 0) {
                    telling.leerling(rs.getLong(3)); // no decided case of the pupil in the cell: counted here
                }
            });
        }
    }

    /**
     * The schools in view by id (issue #25: read once, not with each of their cells' rows: 145,000 rows of 6,900
     * schools at national size). Not private: a test reads none or leaves one out, so that a school is read on its own.
     */
    Map<Long, School> scholen(MapSqlParameterSource p) {
        return scholen(SCHOLEN, p);
    }

    private Map<Long, School> scholen(String sql, MapSqlParameterSource p) {
        Map<Long, School> perId = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            perId.put(rs.getLong(1), new School(rs.getString(2), Feitenbron.leegAlsNull(rs.getString(3)),
                    Feitenbron.leegAlsNull(rs.getString(4))));
        });
        return perId;
    }

    /**
     * The school of a row. A school made after the schools were read (its cells computed in the moment between the two
     * statements) is read on its own; if the user does not see it, {@link BuitenZicht}.
     */
    private School school(Map<Long, School> perId, long id, Toegang.Zicht zicht) {
        School school = perId.get(id);
        if (school == null) {
            school = scholen(SCHOOL, new MapSqlParameterSource("id", id)).get(id);
            if (!zicht.omvat(school.brin())) {
                throw new BuitenZicht(id);
            }
            perId.put(id, school);
        }
        return school;
    }

    /** A row of a school the user does not see, read because the user saw every school a moment before. */
    private static final class BuitenZicht extends RuntimeException {
        final long school;

        BuitenZicht(long school) {
            super(null, null, false, false);
            this.school = school;
        }
    }

    /** The schools in view, with their groups ({@link #school}). */
    static final String SCHOLEN = """
            select s.id, s.brin, s.gemeente, s.samenwerkingsverband from school s
            where :alleScholen = true or s.brin in (:scholen)""";

    static final String SCHOOL = "select id, brin, gemeente, samenwerkingsverband from school where id = :id";

    /**
     * The period's cells of the schools in view, with their school's id (kind 0 in column 9, on the index on period and
     * school), and their rows' steps of the open cases (kind 1, the steps in column 7). One statement: one moment.
     */
    static final String LEES = """
            select c.indicator, c.onderdeel, c.aantal, c.leerlingen, c.ja, c.som, c.dagen, c.school_id, 0
            from monitor_cel c join school s on s.id = c.school_id
            where c.periode = :periode and (:alleScholen = true or s.brin in (:scholen))
            union all
            select cast(null as varchar(60)), cast(null as varchar(300)), 0, 0, 0, 0, r.open_aandelen, r.school_id, 1
            from monitor_schoolperiode r join school s on s.id = r.school_id
            where r.periode = :periode and (:alleScholen = true or s.brin in (:scholen))""";

    /**
     * The period's rows of every school with its cells' counts (kind 0; in column 5 the group of grouping
     * {@code indeling} they were counted under in the group cells last, null if none; in 6 the school; in 7 the steps
     * of its open cases), and the histograms of the period's group cells of one grouping (kind 1; the group in column
     * 5). One statement: one moment of both.
     */
    static final String LEES_MET_GROEPEN = """
            select 0, cast(null as varchar(60)), cast(null as varchar(300)), s.cellen,
                   case when s.gemeente is null then null
                        when :indeling = 'SWV' then s.samenwerkingsverband else s.gemeente end, s.school_id,
                   s.open_aandelen
            from monitor_schoolperiode s
            where s.periode = :periode
            union all
            select 1, g.indicator, g.onderdeel, g.dagen, g.groep, 0, cast(null as bytea)
            from monitor_groepcel g
            where g.periode = :periode and g.indeling = :indeling""";

    /**
     * The period's rows of every school with its cells' counts (kind 0; in column 6 the steps of its open cases) and
     * the histograms of its duration cells (kind 1, on V87's index), each with its school in column 5. One statement:
     * one moment of both.
     */
    static final String LEES_PER_SCHOOL = """
            select 0, cast(null as varchar(60)), cast(null as varchar(300)), s.cellen, s.school_id, s.open_aandelen
            from monitor_schoolperiode s
            where s.periode = :periode
            union all
            select 1, c.indicator, c.onderdeel, c.dagen, c.school_id, cast(null as bytea)
            from monitor_cel c
            where c.periode = :periode and c.dagen is not null""";

    /**
     * The period's shares not decided yet that count at {@code nu} (as "no"), of the schools in view (on the index on
     * nee_vanaf); and whether the dossier has a decided case in the same cell (its pupil is counted there already).
     * Read only until V88's recompute is done, and for a row without steps ({@link Open}).
     */
    static final String OPEN = """
            select f.indicator, f.onderdeel, f.dossier_id, f.school_id,
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
