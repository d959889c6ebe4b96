package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import nl.eenplan.IntegratieTest;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.engine.Klok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Family accounts are kept no longer than needed (AVG art. 5 lid 1 onder e; docs/privacy.md): 90 days without a binding
 * in force, or 2 years without a sign-in; each tested a day before and on the boundary. An account in use stays, and so
 * do the demo family's accounts.
 */
class GezinBewaartermijnIT extends IntegratieTest {

    @Autowired
    Gezinsregister register;
    @Autowired
    Accountbewaring bewaring;
    @Autowired
    DossierService dossiers;

    @Test
    void eenAccountZonderKoppelingGaatNa90Dagen() {
        Instant nu = clock.instant();
        long account = register.zorgVoorAccount("bewaar-zonder-" + nu.toEpochMilli(), "test", nu);
        Gezinsregister.Koppeling k = register.koppel(account, noor(), null, Gezinsregister.Rol.LEERLING, nu);
        register.aangemeld(account, nu, null);
        register.beeindig(k.id(), "test", "kind naar een andere school", nu);

        bewaring.ruimOp(dagenLater(nu, 89));
        assertThat(bestaat(account)).as("89 dagen na het einde van de koppeling").isTrue();
        bewaring.ruimOp(dagenLater(nu, 90).plusSeconds(1));
        assertThat(bestaat(account)).as("90 dagen na het einde van de koppeling").isFalse();
    }

    @Test
    void eenAccountMetKoppelingBlijftTotTweeJaarNietAangemeld() {
        Instant gemaakt = clock.instant().atZone(Klok.NL).minus(Period.ofYears(2)).plusDays(1).toInstant();
        long account = register.zorgVoorAccount("bewaar-met-" + gemaakt.toEpochMilli(), "test", gemaakt);
        register.koppel(account, noor(), null, Gezinsregister.Rol.LEERLING, gemaakt);

        bewaring.ruimOp(clock.instant());
        assertThat(bestaat(account)).as("een dag voor twee jaar zonder aanmelding").isTrue();
        bewaring.ruimOp(dagenLater(clock.instant(), 1).plusSeconds(1));
        assertThat(bestaat(account)).as("twee jaar zonder aanmelding").isFalse();
    }

    @Test
    void eenAccountInGebruikEnDeDemoAccountsBlijven() {
        Instant nu = clock.instant();
        long account = register.zorgVoorAccount("bewaar-in-gebruik-" + nu.toEpochMilli(), "test", nu);
        register.koppel(account, noor(), null, Gezinsregister.Rol.LEERLING, nu);
        register.aangemeld(account, nu, null);
        long demo = register.demoAccounts();

        bewaring.ruimOp(dagenLater(nu, 365));
        assertThat(bestaat(account)).isTrue();
        assertThat(register.demoAccounts()).isEqualTo(demo);
    }

    private String noor() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst().orElseThrow()
                .nummer();
    }

    private static Instant dagenLater(Instant van, int dagen) {
        return van.atZone(Klok.NL).plusDays(dagen).toInstant();
    }

    private boolean bestaat(long account) {
        Optional<String> taal = register.taal(account);
        return taal.isPresent();
    }
}
