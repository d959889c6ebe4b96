package nl.eenplan.monitor;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.Set;
import nl.eenplan.dossier.DossierVerwijderd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitor's outbox: the dossiers whose facts ({@link Monitorfeiten}) must be rebuilt, written in the same
 * transaction as the work that changed them ({@link Wijzigingen} for the capabilities' entities, explicitly by the
 * monitor's own JDBC writers), so a change that rolls back leaves no row and one that commits is never missed. A
 * worker takes the oldest rows every few seconds, rebuilds their dossiers' facts and removes the rows, in one
 * transaction. Safe with more nodes: each takes rows the others have not locked (PostgreSQL: {@code skip locked}),
 * and a dossier is rebuilt under its row lock, so two nodes never interleave one dossier's delete and insert.
 */
@Component
class Monitorwachtrij {

    private static final Logger LOG = LoggerFactory.getLogger(Monitorwachtrij.class);
    /** The dossiers one worker transaction rebuilds at most. */
    static final int PER_KEER = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final Monitorfeiten feiten;
    private final Monitorcellen cellen;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private volatile boolean eersteVullingKlaar;
    private volatile boolean cellenKlaar;

    Monitorwachtrij(NamedParameterJdbcTemplate jdbc, Monitorfeiten feiten, Monitorcellen cellen,
                    PlatformTransactionManager transacties, Clock clock) {
        this.jdbc = jdbc;
        this.feiten = feiten;
        this.cellen = cellen;
        this.transactie = new TransactionTemplate(transacties);
        // Its own transaction, also when called from a read (eenplan.monitor.feiten.bij-lezen).
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** These dossiers' facts must be rebuilt: in the caller's transaction (none: at once); each once per transaction. */
    void zet(Collection<Long> dossierIds) {
        Set<Long> nieuw = new LinkedHashSet<>(dossierIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Gezet gezet = gezet();
            nieuw.removeAll(gezet.dossiers);
            nieuw.removeAll(gezet.verwijderd);
            gezet.dossiers.addAll(nieuw);
        }
        if (nieuw.isEmpty()) {
            return;
        }
        // One statement for the lot (a class upload's block of 50 pupils: one round trip, not 50).
        List<Long> ids = new ArrayList<>(nieuw);
        Timestamp nu = Timestamp.from(clock.instant());
        for (int i = 0; i < ids.size(); i += PER_KEER) {
            List<Long> deel = ids.subList(i, Math.min(ids.size(), i + PER_KEER));
            MapSqlParameterSource p = new MapSqlParameterSource("nu", nu);
            StringBuilder sql = new StringBuilder("insert into monitor_wachtrij (dossier_id, gezet_op) values ");
            for (int j = 0; j < deel.size(); j++) {
                sql.append(j == 0 ? "" : ", ").append("(:d").append(j).append(", :nu)");
                p.addValue("d" + j, deel.get(j));
            }
            jdbc.update(sql.toString(), p);
        }
    }

    /** The dossier with this number (2026-00042) must be rebuilt; text that is no dossier number is ignored. */
    void zetNummer(String nummer) {
        zetNummers(List.of(nummer));
    }

    /** The same for many dossiers, in one statement. */
    void zetNummers(Collection<String> nummers) {
        List<Long> ids = nummers.stream().map(DirecteBron::dossierId).filter(java.util.Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            zet(ids);
        }
    }

    /** Every dossier's facts are rebuilt (docs/beheer.md: the same as the SQL there). */
    void zetAlles() {
        jdbc.update("insert into monitor_wachtrij (dossier_id, gezet_op) select id, :nu from dossier",
                new MapSqlParameterSource("nu", Timestamp.from(clock.instant())));
    }

    /**
     * Whether the facts' first fill after the upgrade (V74) is done: no outbox row of it left. Once done it stays done
     * (read once more per request until then: one indexed count).
     */
    boolean eersteVullingKlaar() {
        if (!eersteVullingKlaar) {
            eersteVullingKlaar = vullingGedaan(jdbc, "monitor_wachtrij", "eerste_vulling_tot");
        }
        return eersteVullingKlaar;
    }

    /**
     * Whether the school cells' first fill after the upgrade (V75) is done: the facts' first fill is, and no cell-outbox
     * row of V75 is left. Until then the monitor reads the facts themselves. Once done it stays done.
     */
    boolean cellenKlaar() {
        if (!cellenKlaar && eersteVullingKlaar()) {
            cellenKlaar = vullingGedaan(jdbc, "monitor_cel_wachtrij", "cellen_vulling_tot");
        }
        return cellenKlaar;
    }

    /**
     * Whether a fill an upgrade put in an outbox is done: no row of {@code wachtrij} left up to the one its migration
     * noted in {@code monitor_status} under {@code tot} (none noted: nothing to fill). One indexed count.
     */
    static boolean vullingGedaan(NamedParameterJdbcTemplate jdbc, String wachtrij, String tot) {
        Integer open = jdbc.queryForObject("select count(*) from " + wachtrij + " where id <= (select waarde from"
                + " monitor_status where naam = :tot)", new MapSqlParameterSource("tot", tot), Integer.class);
        return open == null || open == 0;
    }

    /** Every few seconds: the outboxes emptied, when they hold anything (two cheap queries when they do not). */
    @Scheduled(cron = "${eenplan.monitor.feiten.tijdstip:*/5 * * * * *}")
    void werk() {
        if (jdbc.queryForList("select id from monitor_wachtrij order by id fetch first 1 rows only",
                new MapSqlParameterSource(), Long.class).isEmpty()
                && jdbc.queryForList("select id from monitor_cel_wachtrij order by id fetch first 1 rows only",
                new MapSqlParameterSource(), Long.class).isEmpty()) {
            return;
        }
        int gedaan = verwerkAlles();
        LOG.debug("Monitor: feiten van {} dossiers bijgewerkt", gedaan);
    }

    /**
     * Works until the outboxes are empty (for the tests, and the worker): first the dossiers' facts, then the school
     * cells they touched (each school's months once, however many of its dossiers changed); answers how many dossiers
     * were rebuilt. The cells wait for the facts' first fill: V75's recompute of every school must see all its facts.
     */
    int verwerkAlles() {
        int totaal = 0;
        int gedaan;
        do {
            gedaan = verwerk();
            totaal += gedaan;
        } while (gedaan > 0);
        if (eersteVullingKlaar()) {
            while (verwerkCellen() > 0) {
                // until the cells' outbox is empty
            }
        }
        return totaal;
    }

    /**
     * One batch of the cells' outbox in one transaction: the oldest rows no other node holds, their schools' cells
     * recomputed under the schools' row locks, the rows removed; answers how many rows were done. When the batch fails,
     * its schools one at a time, so one school whose cells cannot be computed does not hold up the rest.
     */
    int verwerkCellen() {
        try {
            return verwerkCellenBlok();
        } catch (RuntimeException e) {
            LOG.warn("Monitor: een blok van de cellenwachtrij mislukte; nu school voor school", e);
            return cellenPerSchool();
        }
    }

    private int verwerkCellenBlok() {
        Integer gedaan = transactie.execute(status -> {
            List<Long> rijen = new ArrayList<>();
            Map<Long, Set<LocalDate>> maanden = new HashMap<>();
            jdbc.query("select id, school_id, maand from monitor_cel_wachtrij where " + TE_DOEN + " order by id fetch first "
                    + PER_KEER + " rows only for update" + (opPostgres() ? " skip locked" : ""), uurGeleden(), rs -> {
                        rijen.add(rs.getLong(1));
                        maanden.computeIfAbsent(rs.getLong(2), s -> new HashSet<>()).add(maand(rs.getDate(3)));
                    });
            if (rijen.isEmpty()) {
                return 0;
            }
            cellen.herberekenOnderSlot(maanden);
            jdbc.update("delete from monitor_cel_wachtrij where id in (:rijen)", new MapSqlParameterSource("rijen", rijen));
            return rijen.size();
        });
        return gedaan == null ? 0 : gedaan;
    }

    /**
     * The schools of the oldest cell rows, each in a transaction of its own; a school whose cells cannot be computed is
     * logged and its rows are set aside for an hour ({@code mislukt_op}), then tried again.
     */
    private int cellenPerSchool() {
        List<Long> scholen = jdbc.queryForList("select distinct school_id from (select school_id from monitor_cel_wachtrij"
                + " where " + TE_DOEN + " order by id fetch first " + PER_KEER + " rows only) oudste", uurGeleden(), Long.class);
        int gedaan = 0;
        for (Long school : scholen) {
            MapSqlParameterSource p = new MapSqlParameterSource("school", school);
            try {
                Integer rijen = transactie.execute(status -> {
                    List<Long> ids = new ArrayList<>();
                    Set<LocalDate> maanden = new HashSet<>();
                    jdbc.query("select id, maand from monitor_cel_wachtrij where school_id = :school for update"
                            + (opPostgres() ? " skip locked" : ""), p, rs -> {
                                ids.add(rs.getLong(1));
                                maanden.add(maand(rs.getDate(2)));
                            });
                    if (!ids.isEmpty()) {
                        cellen.herberekenOnderSlot(Map.of(school, maanden));
                        jdbc.update("delete from monitor_cel_wachtrij where id in (:rijen)", new MapSqlParameterSource("rijen", ids));
                    }
                    return ids.size();
                });
                gedaan += rijen == null ? 0 : rijen;
            } catch (RuntimeException e) {
                LOG.error("Monitor: de cellen van school-id {} zijn niet te berekenen; over een uur opnieuw", school, e);
                transactie.executeWithoutResult(status -> jdbc.update("update monitor_cel_wachtrij set mislukt_op = :nu"
                        + " where school_id = :school", p.addValue("nu", Timestamp.from(clock.instant()))));
            }
        }
        return gedaan;
    }

    /** A cell row's month; null: every period of the school. */
    private static LocalDate maand(java.sql.Date maand) {
        return maand == null ? null : maand.toLocalDate();
    }

    private MapSqlParameterSource uurGeleden() {
        return new MapSqlParameterSource("uurGeleden", Timestamp.from(clock.instant().minus(OPNIEUW_NA)));
    }

    /**
     * One batch in one transaction: the oldest rows no other node holds, their dossiers rebuilt, the rows removed. When
     * the batch fails, its dossiers one at a time, so one dossier whose facts cannot be built does not hold up the rest.
     */
    int verwerk() {
        try {
            return verwerkBlok();
        } catch (RuntimeException e) {
            LOG.warn("Monitor: een blok van de wachtrij mislukte; nu dossier voor dossier", e);
            return perDossier();
        }
    }

    private int verwerkBlok() {
        Integer gedaan = transactie.execute(status -> {
            List<Long> rijen = new ArrayList<>();
            Set<Long> dossiers = new LinkedHashSet<>();
            jdbc.query("select id, dossier_id from monitor_wachtrij where " + TE_DOEN + " order by id fetch first " + PER_KEER
                            + " rows only for update" + (opPostgres() ? " skip locked" : ""),
                    uurGeleden(), rs -> {
                        rijen.add(rs.getLong(1));
                        dossiers.add(rs.getLong(2));
                    });
            if (rijen.isEmpty()) {
                return 0;
            }
            bouwOnderSlot(dossiers);
            jdbc.update("delete from monitor_wachtrij where id in (:rijen)", new MapSqlParameterSource("rijen", rijen));
            return dossiers.size();
        });
        return gedaan == null ? 0 : gedaan;
    }

    /**
     * Rebuilds these dossiers under their row locks, taken in order: another node may rebuild the same dossier from a
     * later row, and retention may be removing it (it takes the same lock first). A dossier that is gone by then is not
     * rebuilt: its facts went with it.
     */
    private void bouwOnderSlot(Collection<Long> dossiers) {
        List<Long> er = jdbc.queryForList("select id from dossier where id in (:ids) order by id " + rijslot(),
                new MapSqlParameterSource("ids", dossiers.stream().sorted().toList()), Long.class);
        if (!er.isEmpty()) {
            feiten.bouw(er);
        }
    }

    /**
     * The dossiers of the oldest rows, each in a transaction of its own; a dossier whose facts cannot be built is logged
     * and its rows are set aside for an hour ({@code mislukt_op}), then tried again.
     */
    private int perDossier() {
        List<Long> dossiers = jdbc.queryForList("select distinct dossier_id from (select dossier_id from monitor_wachtrij"
                + " where " + TE_DOEN + " order by id fetch first " + PER_KEER + " rows only) oudste",
                uurGeleden(), Long.class);
        int gedaan = 0;
        for (Long dossier : dossiers) {
            MapSqlParameterSource p = new MapSqlParameterSource("dossier", dossier);
            try {
                transactie.executeWithoutResult(status -> {
                    List<Long> rijen = jdbc.queryForList("select id from monitor_wachtrij where dossier_id = :dossier for update"
                            + (opPostgres() ? " skip locked" : ""), p, Long.class);
                    if (!rijen.isEmpty()) {
                        bouwOnderSlot(List.of(dossier));
                        jdbc.update("delete from monitor_wachtrij where id in (:rijen)", new MapSqlParameterSource("rijen", rijen));
                    }
                });
                gedaan++;
            } catch (RuntimeException e) {
                LOG.error("Monitor: de feiten van dossier-id {} zijn niet op te bouwen; over een uur opnieuw", dossier, e);
                transactie.executeWithoutResult(status -> jdbc.update("update monitor_wachtrij set mislukt_op = :nu"
                        + " where dossier_id = :dossier", p.addValue("nu", Timestamp.from(clock.instant()))));
            }
        }
        return gedaan;
    }

    /** Rows to do: never tried, or failed more than an hour ago. */
    private static final String TE_DOEN = "(mislukt_op is null or mislukt_op < :uurGeleden)";
    private static final java.time.Duration OPNIEUW_NA = java.time.Duration.ofHours(1);

    /** The dossier row lock: on PostgreSQL one that does not hold up inserts that refer to the dossier (foreign keys). */
    private String rijslot() {
        return opPostgres() ? "for no key update" : "for update";
    }

    /** PostgreSQL has {@code skip locked} and {@code for no key update}; H2 has neither. */
    private boolean opPostgres() {
        return cellen.opPostgres();
    }

    /**
     * A dossier past its retention: its facts and outbox rows go with it, in the same transaction; what the other
     * capabilities' removals would put in the outbox later in it is left out.
     */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        Long id = DirecteBron.dossierId(verwijderd.nummer());
        if (id != null) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                gezet().verwijderd.add(id);
            }
            MapSqlParameterSource p = new MapSqlParameterSource("id", id);
            // First the dossier's row lock, as the worker takes it: a rebuild of this dossier running now commits first
            // (its new facts are then deleted below), one that starts later finds no dossier.
            jdbc.queryForList("select id from dossier where id = :id " + rijslot(), p, Long.class);
            Map<Long, Set<LocalDate>> geraakt = cellen.maandenVan(List.of(id));
            // And the months of its school still waiting in the cells' outbox: a fact that moved to another month a
            // moment ago still counts in the old month's cell until that row is done.
            if (!geraakt.isEmpty()) {
                jdbc.query("select school_id, maand from monitor_cel_wachtrij where school_id in (:scholen)",
                        new MapSqlParameterSource("scholen", geraakt.keySet()), rs -> {
                            geraakt.get(rs.getLong(1)).add(maand(rs.getDate(2)));
                        });
            }
            jdbc.update("delete from monitor_feit where dossier_id = :id", p);
            // Its school's cells at once, in this transaction: a removed pupil counts nowhere once it commits.
            cellen.herberekenOnderSlot(geraakt);
            // Rows a worker holds are its own to remove (it builds nothing for a dossier that is gone); waiting for them
            // here would deadlock with that worker, which waits for this dossier's lock.
            jdbc.update(opPostgres() ? "delete from monitor_wachtrij where id in (select id from monitor_wachtrij"
                    + " where dossier_id = :id for update skip locked)" : "delete from monitor_wachtrij where dossier_id = :id", p);
        }
    }

    /**
     * What this transaction put in the outbox, and the dossiers it removes; kept with the transaction's
     * synchronizations, which an inner transaction (REQUIRES_NEW) suspends.
     */
    private static Gezet gezet() {
        return vanDezeTransactie(Gezet.class, Gezet::new);
    }

    /**
     * The current transaction's state of this kind, made (and registered) at first use. Kept with the transaction's
     * synchronizations rather than as a bound resource: an inner transaction (REQUIRES_NEW) suspends them, so it starts
     * with a state of its own and the outer one finds its own again.
     */
    static <T extends TransactionSynchronization> T vanDezeTransactie(Class<T> soort, java.util.function.Supplier<T> nieuw) {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(soort::isInstance).map(soort::cast).findFirst().orElseGet(() -> {
                    T staat = nieuw.get();
                    TransactionSynchronizationManager.registerSynchronization(staat);
                    return staat;
                });
    }

    /** The dossiers one transaction already put in the outbox, and those it removes (retention). */
    private static final class Gezet implements TransactionSynchronization {
        final Set<Long> dossiers = new HashSet<>();
        final Set<Long> verwijderd = new HashSet<>();
    }
}
