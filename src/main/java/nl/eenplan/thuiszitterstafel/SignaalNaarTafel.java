package nl.eenplan.thuiszitterstafel;

import nl.eenplan.verzuim.LeerlingTerugOpSchool;
import nl.eenplan.verzuim.ThuiszitterGesignaleerd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The verzuim thuiszitter signal starts the table by itself (or joins the running one), in the same transaction as
 * the absence that raised it; the school's recorded return (which ends the signal) moves the table on to closing.
 */
@Component
class SignaalNaarTafel {

    private final ThuiszitterstafelService tafels;

    SignaalNaarTafel(ThuiszitterstafelService tafels) {
        this.tafels = tafels;
    }

    @EventListener
    void gesignaleerd(ThuiszitterGesignaleerd signaal) {
        tafels.meld(signaal.dossierNummer(), Bron.VERZUIMSIGNAAL, "Meer dan 4 lesweken zonder onderwijs sinds "
                + signaal.sinds() + ".", signaal.sinds());
    }

    @EventListener
    void terug(LeerlingTerugOpSchool terug) {
        tafels.terug(terug.dossierNummer(), terug.op());
    }
}
