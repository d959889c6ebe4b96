package nl.eenplan.termijn;

import java.time.format.DateTimeFormatter;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${stuurHerinnering}}: before a deadline, reminds whoever has the task (its assignee, else its
 * candidate users and groups) with a notification. Input parameter {@code taak}: the id of the user task.
 */
@Component("stuurHerinnering")
@VoorModellen
class StuurHerinnering implements JavaDelegate {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final TaskService taskService;
    private final MeldingService meldingen;

    StuurHerinnering(TaskService taskService, MeldingService meldingen) {
        this.taskService = taskService;
        this.meldingen = meldingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenTaak open = OpenTaak.van(execution, taskService);
        if (open.taak() == null) {
            return; // done in the meantime: nothing to remind of
        }
        String dossier = execution.getProcessBusinessKey();
        String deadline = open.taak().getDueDate() == null ? "binnenkort"
                : "op " + DATUM.format(Termijnen.dag(open.taak().getDueDate()));
        String onderwerp = "Herinnering: " + open.taak().getName() + " (dossier " + dossier + ")";
        String tekst = "De taak '" + open.taak().getName() + "' voor dossier " + dossier + " moet " + deadline
                + " af zijn.";
        if (open.gebruiker() != null) {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING, open.gebruiker(), onderwerp, tekst,
                    dossier, open.taak().getId()));
        } else {
            open.kandidaten().forEach(gebruiker -> meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING,
                    gebruiker, onderwerp, tekst, dossier, open.taak().getId())));
            open.groepen().forEach(groep -> meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.HERINNERING, groep,
                    open.taak().getTenantId(),                    onderwerp, tekst, dossier, open.taak().getId())));
        }
    }
}
