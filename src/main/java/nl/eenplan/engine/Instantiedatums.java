package nl.eenplan.engine;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way EenPlan changes the dates of an instance it just started, with the engine's public API: a task's due and
 * follow-up date (TaskService; Termijnconventie's update listener moves the task's escalation and reminder timers with
 * them) and any other timer (ManagementService.setJobDuedate). Used by {@link Procesverhuizing} (a moved instance's
 * tasks and timers back on their old dates) and {@link Taaktermijnanker} (a task's term counted from another day).
 * <p>
 * An instance started in a command of its own is written: its dates change at once, in the same transaction (all or
 * nothing). One started inside a command that still runs (the completion of a task, VoltooiTaak) is written only when
 * that command ends, so no query finds its tasks and timers before the commit: then they change after the commit, in a
 * transaction of their own, and a failure reaches procesbeheer ({@link DatumsNietGezet},
 * nl.eenplan.termijn.Datumsmelding), not only the log.
 */
@Component
public class Instantiedatums {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Instantiedatums.class);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final PlatformTransactionManager transacties;
    private final ApplicationEventPublisher events;

    Instantiedatums(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                    PlatformTransactionManager transacties, ApplicationEventPublisher events) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.transacties = transacties;
        this.events = events;
    }

    /**
     * Runs {@code zetten} (which puts the tasks and timers of instance {@code nieuw} of process {@code proces} for
     * dossier {@code dossierNummer} on {@code welke}, words for procesbeheer should it fail) once the instance is
     * written: now, or after the surrounding transaction commits.
     */
    void zodraGeschreven(ProcessInstance nieuw, String proces, String dossierNummer, String welke, Runnable zetten) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(nieuw.getId()).count() > 0
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            zetten.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    new TransactionTemplate(transacties, new DefaultTransactionDefinition(
                            TransactionDefinition.PROPAGATION_REQUIRES_NEW)).executeWithoutResult(s ->
                            Ingelogd.alsEenPlan(identityService, () -> {
                                zetten.run();
                                return null;
                            }));
                } catch (RuntimeException e) {
                    LOG.error("Termijnen van nieuwe instantie {} niet gezet", nieuw.getId(), e);
                    events.publishEvent(new DatumsNietGezet(nieuw.getId(), proces, nieuw.getTenantId(), dossierNummer,
                            welke, String.valueOf(e.getMessage())));
                }
            }
        });
    }

    /**
     * A task's due and follow-up date, each when given and not already that moment; its timers follow
     * (Termijnconventie's update listener).
     */
    void zetTaak(Task taak, Date deadline, Date herinnering) {
        if (deadline != null && !zelfde(deadline, taak.getDueDate())) {
            taskService.setDueDate(taak.getId(), deadline);
        }
        if (herinnering != null && !zelfde(herinnering, taak.getFollowUpDate())) {
            taskService.setFollowUpDate(taak.getId(), herinnering);
        }
    }

    /** Equal to the millisecond (a date read back may be a java.sql.Timestamp, whose equals differs). */
    static boolean zelfde(Date a, Date b) {
        return b != null && a.getTime() == b.getTime();
    }

    /**
     * The tasks and timers of a new instance could not be put on {@code welke} after the command that started it
     * committed: they run on the dates the model gave them at the start, and procesbeheer of its school (tenant
     * {@code school}) must set them by hand (Cockpit, Tasklist).
     */
    public record DatumsNietGezet(String instantieId, String proces, String school, String dossierNummer, String welke,
                                  String fout) {
    }
}
