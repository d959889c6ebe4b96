package nl.eenplan.gezin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.LeerlingGewisseld;
import nl.eenplan.dossier.Ouder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed school change (dossier.LeerlingGewisseld, in the transaction that carries it out): the family's bindings
 * go with the pupil to the new school's dossier, as the parents themselves do (DossierService.neemOver copies them by
 * name, with their gezag and court order), so the family keeps reading the one plan that follows the child. The
 * pupil's own binding goes along; a guardian's goes along when the new dossier has that guardian (same name). The old
 * bindings end with the change's reason; a guardian the new dossier does not have is not bound there (the new school
 * can invite them). What each one sees at the new school is decided there again, by Gezinsregel on the new dossier.
 */
@Component
class Gezinsoverstap {

    private final Gezinsregister register;
    private final DossierService dossiers;
    private final Clock clock;

    Gezinsoverstap(Gezinsregister register, DossierService dossiers, Clock clock) {
        this.register = register;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @EventListener
    void gewisseld(LeerlingGewisseld gewisseld) {
        String oud = gewisseld.oud().dossierNummer();
        List<Gezinsregister.Koppeling> koppelingen = register.inWerking(oud);
        if (koppelingen.isEmpty()) {
            return;
        }
        String nieuw = gewisseld.nieuw().dossierNummer();
        Instant nu = clock.instant();
        Map<Long, String> oudeOuders = new HashMap<>();
        for (DossierView.OuderView o : dossiers.haalOp(oud).leerling().ouders()) {
            oudeOuders.put(o.id(), Ouder.naamsleutel(o.naam()));
        }
        Map<String, Long> nieuweOuders = new HashMap<>();
        for (DossierView.OuderView o : dossiers.haalOp(nieuw).leerling().ouders()) {
            nieuweOuders.putIfAbsent(Ouder.naamsleutel(o.naam()), o.id());
        }
        for (Gezinsregister.Koppeling k : koppelingen) {
            if (k.rol() == Gezinsregister.Rol.LEERLING) {
                register.koppel(k.accountId(), nieuw, null, k.rol(), nu);
            } else {
                Long ouder = nieuweOuders.get(oudeOuders.get(k.ouderId()));
                if (ouder != null) {
                    register.koppel(k.accountId(), nieuw, ouder, k.rol(), nu);
                }
            }
            register.beeindig(k.id(), "EenPlan (schoolwissel)", gewisseld.reden(), nu);
        }
    }
}
