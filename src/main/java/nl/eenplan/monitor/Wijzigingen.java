package nl.eenplan.monitor;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears every insert, update and delete Hibernate writes, and puts the dossier of a row of a table the monitor reads
 * into the outbox ({@link Monitorwachtrij}), in the same transaction: all of a transaction's dossiers in one statement,
 * just before it commits. The tables are recognised by name, so the
 * monitor imports no other capability's entity: a row that names its dossier ({@code dossierNummer}), a goal
 * (its plan's dossier) or an evaluation of a goal (its arrangement's dossier). And a school that changed gemeente or
 * SWV goes into the cells' outbox.
 */
@Component
class Wijzigingen implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The tables whose rows name their dossier by number. */
    private static final List<String> MET_DOSSIERNUMMER = List.of("aanmelding", "arrangement", "arrangement_enquete",
            "leerplicht_escalatie", "thuiszitterstafel", "tlv", "overstap", "toelating");

    private final EntityManagerFactory entityManagerFactory;
    private final Monitorwachtrij wachtrij;
    private final JdbcTemplate jdbc;

    Wijzigingen(EntityManagerFactory entityManagerFactory, Monitorwachtrij wachtrij, JdbcTemplate jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.wachtrij = wachtrij;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void meld() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        gewijzigd(event.getPersister(), event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        gewijzigd(event.getPersister(), event.getEntity(), event.getSession());
        vorigDossier(event);
        andereGroep(event);
    }

    /**
     * A school that changed gemeente or SWV (a gemeente's registered name taken over): its cells are recomputed, which
     * moves their histograms from its old group cells to the new ones ({@link Groepcellen}); until then the monitor
     * reads those groups from the school cells.
     */
    private void andereGroep(PostUpdateEvent event) {
        if (event.getOldState() == null || !(event.getPersister() instanceof AbstractEntityPersister tabel)
                || !tabelnaam(tabel).equals("school")) {
            return;
        }
        List<String> namen = List.of(event.getPersister().getPropertyNames());
        for (String groep : List.of("gemeente", "samenwerkingsverband")) {
            int kolom = namen.indexOf(groep);
            if (kolom >= 0 && !Objects.equals(event.getOldState()[kolom], event.getState()[kolom])) {
                jdbc.update("insert into monitor_cel_wachtrij (school_id, maand) values (?, null)", event.getId());
                return;
            }
        }
    }

    /**
     * A row that moved to another dossier (a school change takes a TLV or a thuiszitterstafel along to the new
     * school's dossier): the dossier it left is rebuilt too, or its facts would keep counting the row there.
     */
    private void vorigDossier(PostUpdateEvent event) {
        if (event.getOldState() == null || !(event.getPersister() instanceof AbstractEntityPersister tabel)
                || !MET_DOSSIERNUMMER.contains(tabelnaam(tabel))) {
            return;
        }
        int kolom = List.of(event.getPersister().getPropertyNames()).indexOf("dossierNummer");
        Object vorig = kolom < 0 ? null : event.getOldState()[kolom];
        if (vorig != null) {
            zet(DirecteBron.dossierId(vorig.toString()), event.getSession());
        }
    }

    private static String tabelnaam(AbstractEntityPersister tabel) {
        String naam = tabel.getTableName().toLowerCase(Locale.ROOT);
        return naam.substring(naam.lastIndexOf('.') + 1);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        gewijzigd(event.getPersister(), event.getEntity(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void gewijzigd(EntityPersister persister, Object entiteit, EventSource sessie) {
        if (!(persister instanceof AbstractEntityPersister tabel)) {
            return;
        }
        String naam = tabelnaam(tabel);
        if (MET_DOSSIERNUMMER.contains(naam)) {
            Object nummer = persister.getPropertyValue(entiteit, "dossierNummer");
            if (nummer != null) {
                zet(DirecteBron.dossierId(nummer.toString()), sessie);
            }
        } else if (naam.equals("doel")) {
            Object plan = ontproxy(persister.getPropertyValue(entiteit, "plan"));
            Object dossier = plan == null ? null : sessie.getEntityPersister(null, plan).getPropertyValue(plan, "dossier");
            if (dossier != null && !wordtVerwijderd(dossier, sessie)) {
                zet((Long) id(dossier, sessie), sessie);
            }
        } else if (naam.equals("arrangement_evaluatie")) {
            Object arrangement = persister.getPropertyValue(entiteit, "arrangementId");
            if (arrangement != null) {
                jdbc.queryForList("select dossier_nummer from arrangement where id = ?", String.class, arrangement)
                        .forEach(nummer -> zet(DirecteBron.dossierId(nummer), sessie));
            }
        }
    }

    /**
     * The dossier goes into the outbox just before the transaction commits, after Hibernate's last flush, together with
     * the transaction's other dossiers in one statement; without a Spring transaction at once.
     */
    private void zet(Long dossier, EventSource sessie) {
        if (dossier == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wachtrij.zet(List.of(dossier));
            return;
        }
        Monitorwachtrij.vanDezeTransactie(Teboeken.class, () -> {
            Teboeken nieuw = new Teboeken();
            sessie.getActionQueue().registerProcess(nieuw);
            return nieuw;
        }).dossiers.add(dossier);
    }

    /**
     * One transaction's dossiers, put in the outbox by Hibernate just before it commits (a transaction that rolls back
     * never gets there); kept with the Spring transaction's synchronizations so the next event finds it.
     */
    private final class Teboeken implements TransactionSynchronization, BeforeTransactionCompletionProcess {
        final Set<Long> dossiers = new LinkedHashSet<>();

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor sessie) {
            wachtrij.zet(dossiers);
        }
    }

    /** A goal removed with its dossier (retention): nothing to rebuild. */
    private static boolean wordtVerwijderd(Object dossier, SharedSessionContractImplementor sessie) {
        EntityEntry entry = sessie.getPersistenceContextInternal().getEntry(ontproxy(dossier));
        return entry != null && (entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE);
    }

    private static Object ontproxy(Object entiteit) {
        return entiteit instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getImplementation() : entiteit;
    }

    private static Object id(Object entiteit, SharedSessionContractImplementor sessie) {
        if (entiteit instanceof HibernateProxy p) {
            return p.getHibernateLazyInitializer().getIdentifier();
        }
        return sessie.getEntityPersister(null, entiteit).getIdentifier(entiteit, sessie);
    }
}
