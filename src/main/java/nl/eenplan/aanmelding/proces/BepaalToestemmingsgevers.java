package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TOESTEMMING_VAN;

import nl.eenplan.dossier.ToestemmingService;
import java.util.stream.Collectors;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${bepaalToestemmingsgevers}} (task listener of task toestemmingVragen, create): who must consent at the
 * pupil's age on the day the task is created, per scope, for the form ("voor jeugdhulp de ouders met gezag (A. Jansen)
 * en de leerling; ...").
 */
@Component("bepaalToestemmingsgevers")
@VoorModellen
public class BepaalToestemmingsgevers implements TaskListener {

    private final ToestemmingService toestemmingen;

    BepaalToestemmingsgevers(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    @Override
    public void notify(DelegateTask taak) {
        String nummer = taak.getExecution().getProcessBusinessKey();
        TOESTEMMING_VAN.zet(taak, toestemmingen.wieBeslist(nummer).entrySet().stream()
                .map(e -> "voor " + e.getKey().omschrijving() + " " + e.getValue()).collect(Collectors.joining("; ")));
    }
}
