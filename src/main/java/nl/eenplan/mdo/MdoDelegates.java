package nl.eenplan.mdo;

import java.util.ArrayList;
import java.util.List;
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
     * {@code ${rondAfspraakAf}}: the owner finished the agreement of this instance ({@code afspraakUitkomst}:
     * gedaan or geannuleerd). The task's handler (MdoTaken) has already recorded it with its free-text reason,
     * whichever screen completed the task (the form in Tasklist asks for {@code uitkomst} and {@code reden}); then
     * there is nothing left to do. A coded {@code annuleerReden} was the reason field of an earlier form. Only model
     * versions from before issue #19 call it (service task afspraakAfronden); running instances still use them.
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
            mdo.afspraakAfgerond(afspraakId, execution.getProcessBusinessKey(), status,
                    reden == null ? null : AnnuleerReden.tekst(reden.toString()), wie(execution));
        };
    }

    /** {@code ${laatAfspraakVervallen}}: consent for jeugdhulp withdrawn while jeugdhulp owned this agreement. */
    @Bean
    @VoorModellen
    JavaDelegate laatAfspraakVervallen(MdoService mdo) {
        return execution -> mdo.afspraakVervalt(((Number) execution.getVariable("afspraakId")).longValue(),
                execution.getProcessInstanceId(), wie(execution));
    }

    /**
     * {@code ${legMdoBesluitVast}}: the evaluation's decision (variable {@code mdoUitkomst}) on the MDO. Who was at
     * this MDO is a fact of this cycle: Tasklist fills a form's fields from the process variables of the same name,
     * so the next cycle's report form would start with this MDO's presence ticked.
     */
    @Bean
    @VoorModellen
    JavaDelegate legMdoBesluitVast(MdoService mdo) {
        return execution -> {
            mdo.evaluatie(execution.getProcessInstanceId(),
                    Uitkomst.valueOf(String.valueOf(execution.getVariable("mdoUitkomst"))));
            execution.removeVariables(List.of("oudersAanwezig", "leerlingAanwezig"));
        };
    }

    private static String wie(DelegateExecution execution) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return wie == null ? "onbekend" : wie.getUserId();
    }
}
