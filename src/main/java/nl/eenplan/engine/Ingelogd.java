package nl.eenplan.engine;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is signed in while a step runs: the user who completed the task before it, or nobody (a timer, a job). */
public final class Ingelogd {

    private Ingelogd() {
    }

    /** A signed-in user and their groups (never null). */
    public record Gebruiker(String naam, List<String> groepen) {
    }

    /** The user id, or {@code anders} when the step runs without a user. */
    public static String gebruiker(DelegateExecution execution, String anders) {
        return van(execution.getProcessEngineServices().getIdentityService()).map(Gebruiker::naam).orElse(anders);
    }

    /** Whom the engine knows as signed in on this thread (/engine-rest: Camunda's basic-auth filter told it). */
    public static Optional<Gebruiker> van(IdentityService identiteit) {
        Authentication wie = identiteit.getCurrentAuthentication();
        return wie == null || wie.getUserId() == null ? Optional.empty()
                : Optional.of(new Gebruiker(wie.getUserId(), wie.getGroupIds() == null ? List.of() : wie.getGroupIds()));
    }

    /**
     * Runs {@code werk} as EenPlan itself, without the signed-in user (so without Camunda's tenant check), and signs the
     * user in again afterwards: for a step EenPlan takes on the user's behalf in instances the user may not see, such
     * as handing a gemeente's case to another gemeente when the school records a new address.
     */
    public static <T> T alsEenPlan(IdentityService identiteit, java.util.function.Supplier<T> werk) {
        Authentication wie = identiteit.getCurrentAuthentication();
        identiteit.clearAuthentication();
        try {
            return werk.get();
        } finally {
            if (wie != null) {
                identiteit.setAuthentication(wie);
            }
        }
    }
}
