package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.verzuim.VerzuimService;
import org.springframework.stereotype.Component;

/**
 * User task {@code duoIndienen} ("DUO-kenmerk vastleggen"), whichever screen completes it: the school submitted the
 * report in DUO's verzuimloket and records DUO's kenmerk and the day. Checked first (per field, in Dutch), then
 * recorded; a refusal records nothing. The model's next step sends the report to leerplicht.
 */
@Component
public class DuoIndienen extends Gebruikerstaak<DuoIndienen.Invoer> {

    static final String TAAK = "duoIndienen";

    public record Invoer(
            @NotBlank(message = "Vul het kenmerk in dat DUO aan de melding gaf.")
            @Size(max = 50, message = "Het kenmerk is te lang (maximaal 50 tekens).")
            String duoKenmerk,
            @NotNull(message = "Vul de datum in waarop u de melding bij DUO indiende.")
            @PastOrPresent(message = "De datum ligt in de toekomst; leg vast wanneer u de melding bij DUO indiende.")
            LocalDate ingediendBijDuoOp) {
    }

    private final VerzuimService verzuim;

    DuoIndienen(VerzuimService verzuim) {
        super(PROCES, TAAK, Invoer.class);
        this.verzuim = verzuim;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        verzuim.duoKenmerkVastgelegd(taak.procesInstantieId(), invoer.duoKenmerk(), invoer.ingediendBijDuoOp(),
                gebruiker);
        return Map.of();
    }
}
