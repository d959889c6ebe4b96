package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.FEITEN;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.REDEN;

import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${escaleerNaarLeerplicht}}: any process escalates its pupil (business key = dossier number)
 * to leerplicht. Input parameters: {@code reden} (a {@link Reden} code, e.g. ZORGPLICHT_OVERSCHREDEN)
 * and {@code feiten} (the facts: dates, deadlines; no care details).
 */
@Component("escaleerNaarLeerplicht")
@VoorModellen
public class EscaleerNaarLeerplicht implements JavaDelegate {

    private final LeerplichtService leerplicht;
    private final RepositoryService repositoryService;

    EscaleerNaarLeerplicht(LeerplichtService leerplicht, RepositoryService repositoryService) {
        this.leerplicht = leerplicht;
        this.repositoryService = repositoryService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reden = execution.getVariableLocal(REDEN.naam());
        Object feiten = execution.getVariableLocal(FEITEN.naam());
        if (reden == null || feiten == null) {
            throw new IllegalStateException("De escalatie naar leerplicht mist invoerparameter '" + REDEN + "' of '"
                    + FEITEN + "'.");
        }
        String bron = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        leerplicht.escaleer(execution.getProcessBusinessKey(), Reden.vanCode(reden.toString()), feiten.toString(), bron);
    }
}
