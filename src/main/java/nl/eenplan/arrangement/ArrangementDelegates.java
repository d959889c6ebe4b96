package nl.eenplan.arrangement;

import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of process "arrangement"; each finds its arrangement by the process instance. */
@Configuration
class ArrangementDelegates {

    @Bean
    @VoorModellen
    JavaDelegate controleerAanvraag(ArrangementService arrangementen) {
        return arrangementen::controleer;
    }

    @Bean
    @VoorModellen
    JavaDelegate controleerAdviezen(ArrangementService arrangementen) {
        return execution -> arrangementen.controleerAdviezen(execution.getProcessInstanceId());
    }

    /** Input parameter {@code deel}: ONDERWIJS or ZORG. */
    @Bean
    @VoorModellen
    JavaDelegate legBesluitVast(ArrangementService arrangementen) {
        return execution -> arrangementen.legBesluitVast(execution, (String) execution.getVariableLocal("deel"));
    }

    /** Consent for jeugdhulp withdrawn while the gemeente decided: the care part falls away. */
    @Bean
    @VoorModellen
    JavaDelegate laatZorgdeelVervallen(ArrangementService arrangementen) {
        return arrangementen::zorgdeelVervalt;
    }

    @Bean
    @VoorModellen
    JavaDelegate meldAfwijzing(ArrangementService arrangementen) {
        return execution -> arrangementen.meldAfwijzing(execution, (String) execution.getVariableLocal("deel"));
    }

    @Bean
    @VoorModellen
    JavaDelegate legVerlengingVast(ArrangementService arrangementen) {
        return arrangementen::legVerlengingVast;
    }

    /** The zorgplicht passed before anyone decided on an extension: too late to extend. */
    @Bean
    @VoorModellen
    JavaDelegate meldVerlengingVerlopen(ArrangementService arrangementen) {
        return arrangementen::meldVerlengingVerlopen;
    }

    @Bean
    @VoorModellen
    JavaDelegate escaleerZorgplicht(ArrangementService arrangementen) {
        return arrangementen::escaleerZorgplicht;
    }

    @Bean
    @VoorModellen
    JavaDelegate zetArrangementInPlan(ArrangementService arrangementen) {
        return arrangementen::zetInPlan;
    }

    @Bean
    @VoorModellen
    JavaDelegate legGeenPlaatsVast(ArrangementService arrangementen) {
        return execution -> arrangementen.geenPlaats(execution.getProcessInstanceId());
    }

    @Bean
    @VoorModellen
    JavaDelegate legAfsluitingVast(ArrangementService arrangementen) {
        return execution -> arrangementen.controleerAfsluiting(execution.getProcessInstanceId());
    }
}
