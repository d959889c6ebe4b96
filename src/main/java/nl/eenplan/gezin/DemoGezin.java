package nl.eenplan.gezin;

import java.time.Clock;
import java.util.Optional;
import nl.eenplan.dossier.DossierSamenvatting;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile demo only: the demo family's accounts, bound to the pupils demo.DemoGegevens makes (issue #24). After the
 * start (the demo data is there by then), and only what is missing, so an existing demo database gets them too:
 * <ul>
 *   <li>{@code ouder}: Karin de Vries, parent with gezag of Noor (11);</li>
 *   <li>{@code ouder2}: Erik de Vries, Noor's other parent, without gezag;</li>
 *   <li>{@code leerling}: Sanne Jansen (16), who signs in for herself.</li>
 * </ul>
 * Accounts are known by the HMAC of {@code demo|<name>} ({@link Subjecthash}), issuer alias {@code demo}: outside
 * profile demo the application refuses to start with them ({@link GezinInrichting}).
 */
@Component
@Profile("demo")
class DemoGezin {

    static final String OUDER = "ouder";
    static final String OUDER2 = "ouder2";
    static final String LEERLING = "leerling";

    private static final Logger LOG = LoggerFactory.getLogger(DemoGezin.class);

    private final DossierService dossiers;
    private final Gezinsregister register;
    private final Subjecthash hash;
    private final Clock clock;

    DemoGezin(DossierService dossiers, Gezinsregister register, Subjecthash hash, Clock clock) {
        this.dossiers = dossiers;
        this.register = register;
        this.hash = hash;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void maakDemogezin() {
        demoleerling("Noor de Vries", "99ZZ00").ifPresent(noor -> {
            DossierView d = dossiers.haalOp(noor);
            ouder(d, "Karin de Vries").ifPresent(karin -> koppel(OUDER, noor, karin, Gezinsregister.Rol.OUDER));
            ouder(d, "Erik de Vries").ifPresent(erik -> koppel(OUDER2, noor, erik, Gezinsregister.Rol.OUDER));
        });
        demoleerling("Sanne Jansen", "99YY00").ifPresent(sanne -> koppel(LEERLING, sanne, null,
                Gezinsregister.Rol.LEERLING));
        LOG.info("Demoprofiel: gezin 'ouder', 'ouder2' en 'leerling', wachtwoord 'demo', op /gezin.");
    }

    private void koppel(String naam, String nummer, Long ouderId, Gezinsregister.Rol rol) {
        long account = register.zorgVoorAccount(hash.van(Subjecthash.DEMO, naam), Subjecthash.DEMO, clock.instant());
        register.koppel(account, nummer, ouderId, rol, clock.instant());
    }

    private Optional<String> demoleerling(String naam, String brin) {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals(naam) && d.schoolBrin().equals(brin))
                .map(DossierSamenvatting::nummer).findFirst();
    }

    private static Optional<Long> ouder(DossierView d, String naam) {
        return d.leerling().ouders().stream().filter(o -> o.naam().equals(naam)).map(DossierView.OuderView::id)
                .findFirst();
    }
}
