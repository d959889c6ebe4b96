package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_VERZET;

import nl.eenplan.engine.Berichten;
import nl.eenplan.mdo.MdoService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of moving an MDO (process mdo, boundary event "MDO verzet" on "Voorbereiden en wachten op het MDO"):
 * whether the instance can take a new date now, and the message that makes it.
 */
@Component
class Mdoproces implements MdoService.Verzetproces {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    Mdoproces(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /**
     * Null when the instance waits in its preparation for the message. An instance of a version before the message
     * existed finishes on its version (docs/beheer.md): the school moves that MDO as before, outside EenPlan.
     */
    @Override
    public String waaromNiet(String procesInstantieId) {
        if (Berichten.wacht(runtimeService, procesInstantieId, MDO_VERZET)) {
            return null;
        }
        ProcessInstance instantie = runtimeService.createProcessInstanceQuery().processInstanceId(procesInstantieId)
                .singleResult();
        if (instantie == null) {
            return "Het proces van dit MDO loopt niet meer; verzetten kan niet.";
        }
        ProcessDefinition versie = repositoryService.getProcessDefinition(instantie.getProcessDefinitionId());
        if (repositoryService.getBpmnModelInstance(versie.getId()).getModelElementById("mdoVerzet") == null) {
            return "Dit MDO loopt op een oudere versie van het proces (versie " + versie.getVersion() + "), die "
                    + "verzetten in EenPlan nog niet kent. Spreek de nieuwe datum buiten EenPlan af; het volgende MDO "
                    + "kunt u in EenPlan verzetten.";
        }
        return "Het MDO is al begonnen; verzetten kan niet meer. Leg het verslag vast.";
    }

    @Override
    public void verzet(String procesInstantieId) {
        Berichten.aanLopende(runtimeService, MDO_VERZET).processInstanceId(procesInstantieId).correlate();
    }
}
