package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TOESTEMMING_VASTGELEGD_DOOR;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TOESTEMMING_VORM;
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
 * ticked in the form ({@code gegeven<Scope>}) for each person who decides at the pupil's age, with how it was given
 * ({@code toestemmingVorm}) and who recorded it; then sets for triage whether data may flow for each scope today
 * ({@code toestemming<Scope>}): consent in force (given earlier or through the API too), or a flow that needs no
 * consent (the SWV's statutory task).
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
            if (scope.opToestemming() && Boolean.TRUE.equals(gegeven(scope).van(execution))) {
                toestemmingen.geefNodige(nummer, scope, Toestemming.Vorm.valueOf(TOESTEMMING_VORM.van(execution)),
                        TOESTEMMING_VASTGELEGD_DOOR.van(execution));
            }
        }
        // For triage: may data flow for the scope now? Consent in force, or a flow that needs none (the SWV).
        Set<Toestemming.Scope> inWerking = toestemmingen.inWerking(nummer);
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            toestemming(scope).zet(execution, !scope.opToestemming() || inWerking.contains(scope));
        }
    }
}
