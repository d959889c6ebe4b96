package nl.eenplan.woonadres.proces;

import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuwWoonadres;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code vastleggen} ("Woonadres vastleggen") of process woonadresVastleggen: the pupil's address as the
 * school's LAS has it. The same input, checks and Dutch messages per field as {@code PUT .../leerling/woonadres}
 * (NieuwWoonadres, checked before anything happens, so a refusal records nothing), recorded the same way
 * (DossierService.legWoonadresVast). The address goes into the dossier, never into the process.
 * <p>
 * Bean name of its own: gezag's handler of its task {@code vastleggen} is also a class Vastleggen.
 */
@Component("woonadresVastleggen")
public class Vastleggen extends Gebruikerstaak<NieuwWoonadres> {

    private final DossierService dossiers;

    Vastleggen(DossierService dossiers) {
        super(Woonadresproces.PROCES, Woonadresproces.VASTLEGGEN, NieuwWoonadres.class);
        this.dossiers = dossiers;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, NieuwWoonadres invoer, String gebruiker) {
        dossiers.legWoonadresVast(taak.dossierNummer(), invoer);
        return Map.of();
    }
}
