package nl.eenplan.aanmelding;

import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.dossier.Toestemmingsregel;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${bepaalToestemmingsgevers}} (task listener, create): who must consent at the pupil's age on
 * the day the task is created, for the form ("de ouders", "de ouders en de leerling", "de leerling").
 */
@Component("bepaalToestemmingsgevers")
@VoorModellen
class BepaalToestemmingsgevers implements TaskListener {

    private final ToestemmingService toestemmingen;

    BepaalToestemmingsgevers(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    @Override
    public void notify(DelegateTask taak) {
        String nummer = taak.getExecution().getProcessBusinessKey();
        taak.setVariable("toestemmingVan", Toestemmingsregel.omschrijving(toestemmingen.nodig(nummer)));
    }
}
