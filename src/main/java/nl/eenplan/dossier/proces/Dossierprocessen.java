package nl.eenplan.dossier.proces;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The engine side of a dossier, so DossierService stays free of engine types: the processes that run for it. */
@Component
public class Dossierprocessen {

    private final RuntimeService runtimeService;

    Dossierprocessen(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** How many process instances run for the dossier (its number is their business key). */
    public long lopend(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossierNummer).count();
    }
}
