package nl.eenplan.opp.proces;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Procesverhuizing;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of the OPP (process {@code opp}, processes/opp.bpmn), so OppService stays free of engine types: at
 * most one running per dossier (its business key), started when an arrangement starts, asked to change the
 * handelingsdeel when the arrangement is bijgesteld, ended with the arrangement or the dossier.
 */
@Component
public class Oppproces {

    /** The process id. */
    public static final String PROCES = "opp";
    /** Message: the arrangement's evaluation chose "bijstellen" (caught while the OPP is in force). */
    static final String BIJSTELLEN = "oppBijstellen";
    /** Message: the arrangement ended or the dossier closes. */
    static final String BEEINDIGD = "oppBeeindigd";

    private final RuntimeService runtimeService;
    private final Proefomgeving proefomgeving;
    private final Procesverhuizing verhuizing;

    Oppproces(RuntimeService runtimeService, Proefomgeving proefomgeving, Procesverhuizing verhuizing) {
        this.runtimeService = runtimeService;
        this.proefomgeving = proefomgeving;
        this.verhuizing = verhuizing;
    }

    /**
     * A school change: the OPP's process of the old school ({@code van} at {@code vanBrin}) goes on at the new school,
     * at the step it waited at (drawing up, the parents' answer, or in force with its yearly evaluation on its old
     * date). When the new school runs its own already, that one goes on and the old one ends with the reason.
     */
    public void verhuis(String van, String vanBrin, Routeringsgegevens naar, String reden) {
        if (loopt(naar.dossierNummer())) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).processInstanceBusinessKey(van)
                    .tenantIdIn(vanBrin).list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), reden, true));
            return;
        }
        verhuizing.verhuis(PROCES, van, vanBrin, naar.dossierNummer(), Routering.variabelen(naar), reden);
    }

    public boolean loopt(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(dossierNummer).count() > 0;
    }

    public void start(String dossierNummer, String school, String onderwijssoort, String zorgcoordinator) {
        Map<String, Object> variabelen = Routering.variabelen(dossierNummer, school, null, zorgcoordinator);
        variabelen.put(Routering.SOORT.naam(), onderwijssoort);
        proefomgeving.start(PROCES, dossierNummer, variabelen);
    }

    /** The OPP in force is to change: false when the process is not waiting for that (a version is underway). */
    public boolean bijstellen(String dossierNummer) {
        try {
            Berichten.aanLopende(runtimeService, BIJSTELLEN).processInstanceBusinessKey(dossierNummer).correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /**
     * Ends the OPP's process: while the OPP is in force by its message (the model shows the end); while a version is
     * drawn up or waits for the parents, the instance is deleted with the reason (its tasks go; the versions stay).
     */
    public void beeindig(String dossierNummer, String reden) {
        if (!Berichten.aanLopende(runtimeService, BEEINDIGD).processInstanceBusinessKey(dossierNummer)
                .correlateAllWithResult().isEmpty()) {
            return;
        }
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).processInstanceBusinessKey(dossierNummer)
                .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), reden));
    }
}
