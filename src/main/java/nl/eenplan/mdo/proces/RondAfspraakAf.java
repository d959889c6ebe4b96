package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_ID;
import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_UITKOMST;
import static nl.eenplan.mdo.proces.MdoVariabelen.ANNULEER_REDEN;

import nl.eenplan.dossier.Afspraak;
import nl.eenplan.engine.Ingelogd;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${rondAfspraakAf}}, step "Afspraak afronden in het plan" of model versions from before issue #19, which
 * running instances still use: the owner finished the agreement of this instance ({@code afspraakUitkomst}: gedaan
 * or geannuleerd). Task afspraakUitvoeren's handler has already recorded it, whichever screen completed the task,
 * so there is nothing left to do; a coded {@code annuleerReden} was the reason field of an earlier form.
 */
@Component("rondAfspraakAf")
@VoorModellen
public class RondAfspraakAf implements JavaDelegate {

    private final MdoService mdo;

    RondAfspraakAf(MdoService mdo) {
        this.mdo = mdo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long afspraakId = AFSPRAAK_ID.verplicht(execution);
        if (!mdo.isOpen(afspraakId)) {
            return;
        }
        Afspraak.Status status = "geannuleerd".equals(AFSPRAAK_UITKOMST.van(execution)) ? Afspraak.Status.GEANNULEERD
                : Afspraak.Status.GEDAAN;
        String reden = ANNULEER_REDEN.van(execution);
        mdo.afspraakAfgerond(afspraakId, execution.getProcessBusinessKey(), status,
                reden == null ? null : AnnuleerReden.tekst(reden), Ingelogd.gebruiker(execution, "onbekend"));
    }
}
