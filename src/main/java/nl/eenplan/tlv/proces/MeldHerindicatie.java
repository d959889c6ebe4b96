package nl.eenplan.tlv.proces;

import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.tlv.TlvService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${meldHerindicatie}}, step "Herindicatie aankondigen": the TLV ends within the period of termijnen.dmn
 * (tlv / herindicatieSignaal, default 3 months): the zorgcoördinator and the SWV hear it.
 */
@Component("meldHerindicatie")
@VoorModellen
public class MeldHerindicatie implements JavaDelegate {

    private final TlvService tlvs;

    MeldHerindicatie(TlvService tlvs) {
        this.tlvs = tlvs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tlvs.meldHerindicatie(TlvVariabelen.instantie(execution));
    }
}
