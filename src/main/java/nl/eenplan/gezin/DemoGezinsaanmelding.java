package nl.eenplan.gezin;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.eenplan.security.Gezinsaanmelding;
import nl.eenplan.security.Gezinslid;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Profile demo only: the demo family ({@link DemoGezin}) signs in on the login form with password {@code demo}. Not an
 * AuthenticationProvider bean (see {@link Gezinsaanmelding}): SecurityConfig adds it to the pages' chain. A name it does
 * not know gives empty, so staff sign in as before. Real families sign in through their identity provider (slice 3).
 */
@Component
@Profile("demo")
class DemoGezinsaanmelding implements Gezinsaanmelding {

    /** The demo family's names, as the login form takes them. */
    static final Set<String> NAMEN = Set.of(DemoGezin.OUDER, DemoGezin.OUDER2, DemoGezin.LEERLING);

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    private static final String WACHTWOORD = BCRYPT.encode("demo");

    private final Gezinsregister register;
    private final Subjecthash hash;
    private final Clock clock;

    DemoGezinsaanmelding(Gezinsregister register, Subjecthash hash, Clock clock) {
        this.register = register;
        this.hash = hash;
        this.clock = clock;
    }

    @Override
    public Optional<Gezinslid> meldAan(String naam, String wachtwoord) {
        if (!NAMEN.contains(naam)) {
            return Optional.empty();
        }
        if (!BCRYPT.matches(wachtwoord, WACHTWOORD)) {
            throw new BadCredentialsException("Onbekende gebruiker of onjuist wachtwoord.");
        }
        Optional<Long> account = register.account(hash.van(Subjecthash.DEMO, naam));
        account.ifPresent(id -> register.aangemeld(id, clock.instant(), null));
        return account.map(Gezinslid::new);
    }
}
