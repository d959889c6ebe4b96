package nl.eenplan.engine;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;

/**
 * The kinds of activity a person recognises as a step of a process: tasks, called processes and the events a process
 * waits at; not start and end events, gateways, flows or scopes. One list for what the pupil page shows
 * (nl.eenplan.taak.Procesverloop) and for the activity history the engine keeps ({@link Historie}).
 */
public final class Stappen {

    public static final Set<String> SOORTEN = Set.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_SERVICE,
            ActivityTypes.TASK_SEND_TASK, ActivityTypes.TASK_RECEIVE_TASK, ActivityTypes.TASK_BUSINESS_RULE,
            ActivityTypes.CALL_ACTIVITY, ActivityTypes.INTERMEDIATE_EVENT_TIMER,
            ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.TASK,
            ActivityTypes.TASK_MANUAL_TASK, ActivityTypes.TASK_SCRIPT);

    private Stappen() {
    }

    /** Whether an activity of this type (as the engine names it, e.g. {@code userTask}) is a step. */
    public static boolean isStap(String activiteitsoort) {
        return activiteitsoort != null && SOORTEN.contains(activiteitsoort);
    }
}
