package nl.eenplan.gezin;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A family action's domain call, run by EenPlan on the family member's behalf once {@link Gezinszicht#handeling} let
 * them in (their binding to this child, the rule's action, the audit entry naming the dossier). The call takes who
 * acts from the binding; what follows from it in the same transaction (a withdrawal stopping jeugdhulp's MDO
 * agreement, the OPP's process going on after the answer) is EenPlan's own work for this dossier, as a timer's is: a
 * family member is no user of any school, so the school's access checks (security.Toegang) would refuse it halfway
 * and roll the family's answer back. The signed-in family member is put back afterwards.
 */
final class NamensHetGezin {

    private NamensHetGezin() {
    }

    static <T> T voerUit(Supplier<T> werk) {
        SecurityContext wie = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.setContext(wie);
        }
    }
}
