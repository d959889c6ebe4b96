package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.gegeven;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.toestemming;

import java.util.Set;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legToestemmingVast}}, step "Toestemming vastleggen in het dossier": records in the dossier the consent
 * ticked in the form ({@code gegeven<Scope>}), then sets for triage which scopes are in force today
 * ({@code toestemming<Scope>}), counting consent given earlier or through the API too.
 */
@Component("legToestemmingVast")
@VoorModellen
public class LegToestemmingVast implements JavaDelegate {

    private final ToestemmingService toestemmingen;

    LegToestemmingVast(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String nummer = execution.getProcessBusinessKey();
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            if (Boolean.TRUE.equals(gegeven(scope).van(execution))) {
                toestemmingen.geefNodige(nummer, scope);
            }
        }
        Set<Toestemming.Scope> inWerking = toestemmingen.inWerking(nummer);
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            toestemming(scope).zet(execution, inWerking.contains(scope));
        }
    }
}
