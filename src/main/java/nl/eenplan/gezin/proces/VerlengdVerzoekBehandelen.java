package nl.eenplan.gezin.proces;

import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.PROCES;
import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.VERLENGD_VERZOEK_BEHANDELEN;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code verlengdVerzoekBehandelen} ("AVG-verzoek behandelen (verlengd)"): the answer within the extended term
 * (its due date is the extension's date, termijnen.dmn). Granted or refused only, with the same checks and record as
 * {@link VerzoekBehandelen}: AVG art. 12 lid 3 allows the two further months once, so its input has no way to extend.
 */
@Component
public class VerlengdVerzoekBehandelen extends Gebruikerstaak<VerlengdVerzoekBehandelen.Invoer> {

    /** The outcomes after an extension. */
    public enum Uitkomst { TOEGEKEND, AFGEWEZEN }

    public record Invoer(
            @NotNull(message = "Kies de uitkomst: toegekend of afgewezen.") Uitkomst uitkomst,
            @Size(max = 2000, message = "Het antwoord is te lang (maximaal 2000 tekens).") @Zorginhoud String besluit,
            @Size(max = 2000, message = "De reden is te lang (maximaal 2000 tekens).") @Zorginhoud String reden) {
    }

    private final VerzoekBehandelen behandelen;

    VerlengdVerzoekBehandelen(VerzoekBehandelen behandelen) {
        super(PROCES, VERLENGD_VERZOEK_BEHANDELEN, Invoer.class);
        this.behandelen = behandelen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        return behandelen.verwerk(taak, new VerzoekBehandelen.Invoer(
                VerzoekBehandelen.Uitkomst.valueOf(invoer.uitkomst().name()), invoer.besluit(), invoer.reden(), null),
                gebruiker);
    }
}
