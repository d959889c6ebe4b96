package nl.eenplan.gezin;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside package gezin: binds a demo family account ({@code ouder}, {@code ouder2}, {@code leerling}) to a
 * dossier, as the school's invitation would, and ends the binding again. The account is made when missing (a context
 * without the demo pupils has none yet).
 */
public final class Testgezin {

    private Testgezin() {
    }

    /** A binding made: its id (to end it) and the child's id in the family's URLs. */
    public record Koppeling(long id, String publiekId) {
    }

    /** Binds demo account {@code account} to dossier {@code nummer}: as guardian {@code ouderId}, or the pupil (null). */
    public static Koppeling koppel(ApplicationContext context, String account, String nummer, Long ouderId,
                                   Instant op) {
        Gezinsregister register = context.getBean(Gezinsregister.class);
        long id = register.zorgVoorAccount(context.getBean(Subjecthash.class).van(Subjecthash.DEMO, account),
                Subjecthash.DEMO, op);
        Gezinsregister.Koppeling k = register.koppel(id, nummer, ouderId,
                ouderId == null ? Gezinsregister.Rol.LEERLING : Gezinsregister.Rol.OUDER, op);
        return new Koppeling(k.id(), k.publiekId());
    }

    public static void beeindig(ApplicationContext context, Koppeling koppeling, Instant op) {
        context.getBean(Gezinsregister.class).beeindig(koppeling.id(), "test", "einde test", op);
    }
}
