package nl.eenplan.tlv.proces;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.tlv.TlvService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${legVerlopenVast}}, step "TLV verlopen": its last day passed without a new TLV or a return to regular
 * education; it is verlopen, and the zorgcoördinator and the SWV hear it.
 */
@Component("legVerlopenVast")
@VoorModellen
public class LegVerlopenVast implements JavaDelegate {

    private final TlvService tlvs;

    LegVerlopenVast(TlvService tlvs) {
        this.tlvs = tlvs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tlvs.verlopen(TlvVariabelen.instantie(execution));
    }
}
