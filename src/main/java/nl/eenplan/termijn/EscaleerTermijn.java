package nl.eenplan.termijn;

import java.time.Clock;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${escaleerTermijn}}: a deadline passed with the task still open. Records the escalation
 * (what, to whom, when, why) and notifies the group the model names. Input parameters:
 * {@code taak} (user task id), {@code groep} (who must act now) and {@code reden} (why, in Dutch).
 */
@Component("escaleerTermijn")
@VoorModellen
class EscaleerTermijn implements JavaDelegate {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EscalatieRepository escalaties;
    private final MeldingService meldingen;
    private final Clock clock;

    EscaleerTermijn(TaskService taskService, RepositoryService repositoryService, EscalatieRepository escalaties,
                    MeldingService meldingen, Clock clock) {
        this.clock = clock;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.escalaties = escalaties;
        this.meldingen = meldingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenTaak open = OpenTaak.van(execution, taskService);
        if (open.taak() == null) {
            return; // done in the meantime
        }
        String groep = verplicht(execution, "groep");
        String reden = verplicht(execution, "reden");
        String dossier = execution.getProcessBusinessKey();
        String proces = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();

        escalaties.save(new Escalatie(dossier, proces, execution.getProcessInstanceId(),
                open.taak().getTaskDefinitionKey(), open.taak().getName(), open.taak().getId(),
                open.taak().getDueDate() == null ? null : open.taak().getDueDate().toInstant(),
                groep, reden, clock.instant()));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, groep, open.taak().getTenantId(),
                "Termijn verstreken: " + open.taak().getName() + " (dossier " + dossier + ")",
                reden + ". De taak '" + open.taak().getName() + "' voor dossier " + dossier
                        + " is niet op tijd afgerond.", dossier, open.taak().getId()));
    }

    private static String verplicht(DelegateExecution execution, String naam) {
        Object waarde = execution.getVariableLocal(naam);
        if (waarde == null || waarde.toString().isBlank()) {
            throw new IllegalStateException("De escalatie mist invoerparameter '" + naam + "' in het model.");
        }
        return waarde.toString();
    }
}
