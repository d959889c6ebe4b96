package nl.eenplan.gezin;

import java.util.Set;
import nl.eenplan.opp.OnlineOuders;
import org.springframework.stereotype.Component;

/** The guardians who can answer the OPP online: those with a family account bound to them in force. */
@Component
class GezinOnlineOuders implements OnlineOuders {

    private final Gezinsregister register;

    GezinOnlineOuders(Gezinsregister register) {
        this.register = register;
    }

    @Override
    public Set<Long> metAccount(String dossierNummer) {
        return register.oudersMetAccount(dossierNummer);
    }
}
