package nl.eenplan.overstap;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and listeners of process "overstap"; each finds its overstap by the process instance. */
@Configuration
class OverstapDelegates {

    /** Task listener (complete): {@code metOndersteuning} and {@code lopendArrangement} from the dossier. */
    @Bean
    @VoorModellen
    TaskListener overstapFeiten(OverstapService overstappen) {
        return taak -> overstappen.zetFeiten(taak.getExecution(), taak.getProcessInstanceId());
    }

    /** Task listener (complete) on "overstapdossier". */
    @Bean
    @VoorModellen
    TaskListener controleerOverstapdossier(OverstapService overstappen) {
        return taak -> overstappen.controleerOverstapdossier(taak.getProcessInstanceId());
    }

    @Bean
    @VoorModellen
    JavaDelegate zetArrangementVoort(OverstapService overstappen) {
        return overstappen::zetArrangementVoort;
    }

    @Bean
    @VoorModellen
    JavaDelegate escaleerOverstap(OverstapService overstappen) {
        return overstappen::escaleer;
    }
}
