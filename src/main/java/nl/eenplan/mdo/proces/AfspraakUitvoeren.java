package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_AFGEROND;
import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_ID;
import static nl.eenplan.mdo.proces.MdoVariabelen.AFSPRAAK_UITKOMST;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code afspraakUitvoeren} ("Afspraak uit MDO uitvoeren"), one per agreement: its owner finishes it, done
 * or cancelled with a reason; that goes into the plan in the dossier, not the process.
 */
@Component
public class AfspraakUitvoeren extends Gebruikerstaak<AfspraakUitvoeren.Invoer> {

    public record Invoer(
            @NotNull(message = "Kies GEDAAN of GEANNULEERD.")
            Afspraak.Status uitkomst,
            @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).")
            @Zorginhoud String reden) {
    }

    private final MdoService mdo;

    AfspraakUitvoeren(MdoService mdo) {
        super(PROCES, "afspraakUitvoeren", Invoer.class);
        this.mdo = mdo;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        // The agreement of this instance of the multi-instance task, set by the engine from the MDO's list.
        Object afspraakId = taak.variabele(AFSPRAAK_ID.naam());
        mdo.afspraakAfgerond(((Number) afspraakId).longValue(), taak.dossierNummer(), invoer.uitkomst(),
                invoer.reden(), gebruiker);
        return Map.ofEntries(AFSPRAAK_UITKOMST.is(invoer.uitkomst().name().toLowerCase()),
                AFSPRAAK_AFGEROND.is(true));
    }
}
