package nl.eenplan.aanmelding;

import java.util.Set;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legToestemmingVast}}: records in the dossier the consent ticked in the form
 * ({@code gegeven<Scope>}), then sets for triage which scopes are in force today
 * ({@code toestemming<Scope>}), counting consent given earlier or through the API too.
 */
@Component("legToestemmingVast")
@VoorModellen
class LegToestemmingVast implements JavaDelegate {

    private final ToestemmingService toestemmingen;

    LegToestemmingVast(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String nummer = execution.getProcessBusinessKey();
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            if (Boolean.TRUE.equals(execution.getVariable("gegeven" + naam(scope)))) {
                toestemmingen.geefNodige(nummer, scope);
            }
        }
        Set<Toestemming.Scope> inWerking = toestemmingen.inWerking(nummer);
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            execution.setVariable("toestemming" + naam(scope), inWerking.contains(scope));
        }
    }

    /** ONTVANGENDE_SCHOOL → OntvangendeSchool, as in the form's and the triage table's variable names. */
    static String naam(Toestemming.Scope scope) {
        StringBuilder b = new StringBuilder();
        for (String deel : scope.name().split("_")) {
            b.append(deel.charAt(0)).append(deel.substring(1).toLowerCase());
        }
        return b.toString();
    }
}
