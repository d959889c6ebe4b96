package nl.eenplan.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is signed in while a step runs: the user who completed the task before it, or nobody (a timer, a job). */
public final class Ingelogd {

    private Ingelogd() {
    }

    /** The user id, or {@code anders} when the step runs without a user. */
    public static String gebruiker(DelegateExecution execution, String anders) {
        Authentication wie = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return wie == null || wie.getUserId() == null ? anders : wie.getUserId();
    }
}
