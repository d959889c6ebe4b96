package nl.eenplan.verzuim.proces;

import java.util.List;
import nl.eenplan.engine.Taak;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.security.Groepen;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldTeLateVerzuimmelding}}, step "Te laat: schoolleiding en leerplicht inlichten": the norm of 5 werkdagen
 * passed while the report was not confirmed by DUO (at task melden or at task duoIndienen; the task stays open). Once
 * per report: the school's leadership (group schoolleiding) gets an escalation of the open task, recorded as a deadline
 * escalation is; leerplicht of the pupil's home gemeente and the zorgcoördinator are told (VerzuimService.meldTeLaat).
 */
@Component("meldTeLateVerzuimmelding")
@VoorModellen
public class MeldTeLateVerzuimmelding implements JavaDelegate {

    static final String REDEN = "Verzuimmelding niet binnen de norm van 5 werkdagen bij DUO ingediend (Leerplichtwet "
            + "1969 art. 21 en 21a: onverwijld melden)";

    private final VerzuimService verzuim;
    private final Termijnconventie.Bewaking bewaking;
    private final TaskService taken;

    MeldTeLateVerzuimmelding(VerzuimService verzuim, Termijnconventie.Bewaking bewaking, TaskService taken) {
        this.verzuim = verzuim;
        this.bewaking = bewaking;
        this.taken = taken;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!verzuim.meldTeLaat(execution.getProcessInstanceId())) {
            return;
        }
        // The task whose norm passed: the one the non-interrupting timer hangs on, still open.
        var taak = taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list().stream()
                .findFirst().orElse(null);
        if (taak == null) {
            return;
        }
        List<String> groepen = taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
        bewaking.escaleer(new Taak(taak.getId(), taak.getName(), taak.getTaskDefinitionKey(), VerzuimVariabelen.PROCES,
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), taak.getTenantId(),
                taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), taak.getAssignee(), groepen, List.of()),
                Groepen.SCHOOLLEIDING, REDEN);
    }
}
