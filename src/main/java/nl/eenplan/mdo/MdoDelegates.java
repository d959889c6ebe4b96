package nl.eenplan.mdo;

import java.util.ArrayList;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of process "mdo"; each finds its MDO by the process instance, never by a task variable. */
@Configuration
class MdoDelegates {

    /** {@code ${nodigUitVoorMdo}}: invitations for the planned MDO. */
    @Bean
    @VoorModellen
    JavaDelegate nodigUitVoorMdo(MdoService mdo) {
        return execution -> mdo.nodigUit(execution.getProcessInstanceId());
    }

    /** {@code ${zetAfsprakenKlaar}}: variable {@code afspraken}, the ids of the MDO's open agreements. */
    @Bean
    @VoorModellen
    JavaDelegate zetAfsprakenKlaar(MdoService mdo) {
        return execution -> execution.setVariable("afspraken",
                new ArrayList<>(mdo.openAfspraken(execution.getProcessInstanceId())));
    }

    /**
     * {@code ${rondAfspraakAf}}: the owner finished the agreement of this instance (form field
     * {@code afspraakUitkomst}: gedaan or geannuleerd with {@code annuleerReden}). Through the API the
     * agreement is already recorded, with its free-text reason; then there is nothing left to do.
     */
    @Bean
    @VoorModellen
    JavaDelegate rondAfspraakAf(MdoService mdo) {
        return execution -> {
            Long afspraakId = ((Number) execution.getVariable("afspraakId")).longValue();
            if (!mdo.isOpen(afspraakId)) {
                return;
            }
            Object uitkomst = execution.getVariable("afspraakUitkomst");
            Afspraak.Status status = "geannuleerd".equals(uitkomst) ? Afspraak.Status.GEANNULEERD : Afspraak.Status.GEDAAN;
            Object reden = execution.getVariable("annuleerReden");
            mdo.afspraakAfgerond(afspraakId, status, reden == null ? null : AnnuleerReden.tekst(reden.toString()),
                    wie(execution));
        };
    }

    /** {@code ${laatAfspraakVervallen}}: consent for jeugdhulp withdrawn while jeugdhulp owned this agreement. */
    @Bean
    @VoorModellen
    JavaDelegate laatAfspraakVervallen(MdoService mdo) {
        return execution -> mdo.afspraakVervalt(((Number) execution.getVariable("afspraakId")).longValue(),
                execution.getProcessInstanceId(), wie(execution));
    }

    /** {@code ${legMdoBesluitVast}}: the evaluation's decision (variable {@code mdoUitkomst}) on the MDO. */
    @Bean
    @VoorModellen
    JavaDelegate legMdoBesluitVast(MdoService mdo) {
        return execution -> mdo.evaluatie(execution.getProcessInstanceId(),
                Uitkomst.valueOf(String.valueOf(execution.getVariable("mdoUitkomst"))));
    }

    private static String wie(DelegateExecution execution) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return wie == null ? "onbekend" : wie.getUserId();
    }
}
