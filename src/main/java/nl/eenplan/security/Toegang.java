package nl.eenplan.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which schools' pupils the signed-in user may see: the schools (Camunda tenants) they belong to,
 * directly or through their gemeente or SWV, read at login (in a page session again after a minute,
 * {@link RechtenHerlezen}). Every API that reaches pupil data by a number asks {@link #controleerSchool}; every list
 * filters on {@link #zicht()}. Camunda does the same for tasks and process instances in Tasklist, Cockpit and
 * /engine-rest.
 */
@Component
public class Toegang {

    /** What a user may see: everything (administrators, the engine itself) or the pupils of these schools. */
    public record Zicht(boolean alles, Set<String> scholen) {

        public static final Zicht ALLES = new Zicht(true, Set.of());

        public boolean omvat(String brin) {
            return alles || scholen.contains(brin);
        }

        /** For an SQL IN list: never empty, so a user without schools matches none. */
        public Collection<String> scholenVoorQuery() {
            return scholen.isEmpty() ? List.of("") : scholen;
        }
    }

    /**
     * The schools a user belongs to, kept with a password login (see CamundaIdentityAuthenticationProvider); in
     * the session for a page's login, so serializable.
     */
    record Aanmelding(Set<String> scholen) implements java.io.Serializable {
    }

    /**
     * The signed-in user's view. Without a signed-in user the caller is the engine or start-up code
     * (timers, the demo data): they act for every school.
     */
    public Zicht zicht() {
        return zicht(SecurityContextHolder.getContext().getAuthentication());
    }

    static Zicht zicht(Authentication wie) {
        if (wie == null) {
            return Zicht.ALLES;
        }
        boolean beheerder = wie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(g -> g.equals(Groepen.ADMIN) || g.equals(Groepen.CAMUNDA_ADMIN));
        if (beheerder) {
            return Zicht.ALLES;
        }
        return new Zicht(false, scholen(wie));
    }

    /**
     * The schools read at sign-in (or since, {@link RechtenHerlezen}): with the principal for a sign-in through the
     * organisation's identity provider ({@link Medewerker}; Spring puts its own WebAuthenticationDetails in the details
     * then), in the details for a password.
     */
    private static Set<String> scholen(Authentication wie) {
        if (wie.getPrincipal() instanceof Medewerker medewerker) {
            return medewerker.scholen();
        }
        return wie.getDetails() instanceof Aanmelding a ? a.scholen() : Set.of();
    }

    /** Who is signed in (the user id), if anyone: without one, EenPlan itself acts (a timer, start-up). */
    public java.util.Optional<String> gebruiker() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        return wie == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(wie.getName());
    }

    /**
     * Whether the signed-in user is in one of these groups (or is an administrator, or no user: the engine itself).
     * Within a gemeente, which team works a case: leerplicht or RMC.
     */
    public boolean inGroep(String... groepen) {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || zicht(wie).alles()) {
            return true;
        }
        java.util.Set<String> gezocht = java.util.Set.of(groepen);
        return wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(gezocht::contains);
    }

    /**
     * Throws what {@code nietGevonden} makes when the user may not see pupils of this school: to someone
     * of another school, a dossier there does not exist.
     */
    public void controleerSchool(String brin, Supplier<? extends RuntimeException> nietGevonden) {
        if (!zicht().omvat(brin)) {
            throw nietGevonden.get();
        }
    }
}
