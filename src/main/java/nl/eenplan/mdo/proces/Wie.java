package nl.eenplan.mdo.proces;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is running a step: the signed-in user of the request that got here, or "onbekend" (a timer, a job). */
final class Wie {

    private Wie() {
    }

    static String van(DelegateExecution execution) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return wie == null ? "onbekend" : wie.getUserId();
    }
}
