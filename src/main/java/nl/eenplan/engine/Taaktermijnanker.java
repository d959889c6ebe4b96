package nl.eenplan.engine;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Counts an open task's term from another day than its creation: a school change sets the new school's OPP within 6
 * weeks of the enrolment there, not of the confirmation (opp.proces.Oppproces). The task's due and follow-up dates come
 * from the deadline table ({@link Termijnconventie.Berekening}) with that anchor and the instance's routing facts; they
 * are set as every new instance's dates are, with the public API ({@link Instantiedatums}: at once, or after the command
 * that started the instance commits), and its reminder and escalation timers follow them (Termijnconventie's update
 * listener).
 */
@Component
public class Taaktermijnanker {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Termijnconventie.Berekening termijn;
    private final Instantiedatums datums;

    Taaktermijnanker(RuntimeService runtimeService, TaskService taskService, Termijnconventie.Berekening termijn,
                     Instantiedatums datums) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.termijn = termijn;
        this.datums = datums;
    }

    /**
     * The open task {@code taak} of new instance {@code nieuw} (for dossier {@code dossierNummer}) counts its term of
     * {@code proces} from {@code vanaf}.
     */
    public void vanaf(ProcessInstance nieuw, String dossierNummer, String proces, String taak, Date vanaf) {
        datums.zodraGeschreven(nieuw, proces, dossierNummer,
                "de termijn van taak " + taak + " geteld vanaf " + vanaf.toInstant().atZone(Klok.NL).toLocalDate(),
                () -> taskService.createTaskQuery()
                .processInstanceId(nieuw.getId()).taskDefinitionKey(taak).list().forEach(t -> termijn
                        .voorTaak(runtimeService.getVariables(nieuw.getId()), proces, taak, vanaf)
                        .ifPresent(d -> datums.zetTaak(t, d.deadline(), d.herinnering()))));
    }
}
