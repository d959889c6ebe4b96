package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.BESLUIT;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.verzuim.VerzuimService;
import org.springframework.stereotype.Component;

/**
 * User task {@code melden} ("Verzuimmelding versturen"), whichever screen completes it: the school sends the
 * report (it must be complete) or withdraws the draft (with a reason).
 */
@Component
public class Melden extends Gebruikerstaak<Melden.Invoer> {

    public record Invoer(@NotNull(message = "Kies versturen of intrekken.") VerzuimService.Besluit besluit,
                         /** Withdrawing a draft: geoorloofd, registratiefout, vrijstelling or anders. */
                         String intrekReden) {
    }

    private final VerzuimService verzuim;

    Melden(VerzuimService verzuim) {
        super(PROCES, "melden", Invoer.class);
        this.verzuim = verzuim;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        verzuim.melden(taak.procesInstantieId(), invoer.besluit(), invoer.intrekReden(), gebruiker);
        return Map.ofEntries(BESLUIT.is(invoer.besluit().name()));
    }
}
