package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.eenplan.arrangement.Invoer.Uitkomst;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code afsluiten} ("Arrangement afsluiten"): the outcome per goal and the survey. */
@Component
public class Afsluiten extends Gebruikerstaak<Afsluiten.Invoer> {

    public record Invoer(
            @NotEmpty(message = "Geef per doel de uitkomst.") List<@NotNull @Valid Uitkomst> doelen,
            @NotNull(message = "Vul de tevredenheid van de ouders in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer tevredenheidOuders,
            @NotNull(message = "Vul de tevredenheid van de leerling in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer tevredenheidLeerling,
            @NotNull(message = "Vul de ervaren baat voor de ouders in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer ervarenBaatOuders,
            @NotNull(message = "Vul de ervaren baat voor de leerling in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer ervarenBaatLeerling) {
    }

    private final ArrangementService arrangementen;

    Afsluiten(ArrangementService arrangementen) {
        super(PROCES, "afsluiten", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.afsluiting(taak.procesInstantieId(), invoer.doelen(), invoer.tevredenheidOuders(),
                invoer.tevredenheidLeerling(), invoer.ervarenBaatOuders(), invoer.ervarenBaatLeerling());
        return Map.of();
    }
}
