package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.eenplan.arrangement.Invoer.Uitkomst;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code afsluiten} ("Arrangement afsluiten"): the outcome per goal; the survey opens for the family. */
@Component
public class Afsluiten extends Gebruikerstaak<Afsluiten.Invoer> {

    /**
     * The outcome per goal. The four survey fields are what the school filled in on the family's behalf before issue
     * #24: the family now answers the survey itself (arrangement.Enqueteservice), so they are optional and ignored;
     * they stay in the input only so that a form of an older deployment (or an API client) that still sends them is
     * not refused.
     */
    public record Invoer(
            @NotEmpty(message = "Geef per doel de uitkomst.") List<@NotNull @Valid Uitkomst> doelen,
            Integer tevredenheidOuders, Integer tevredenheidLeerling, Integer ervarenBaatOuders,
            Integer ervarenBaatLeerling) {
    }

    private final ArrangementService arrangementen;

    Afsluiten(ArrangementService arrangementen) {
        super(PROCES, "afsluiten", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.afsluiting(taak.procesInstantieId(), invoer.doelen());
        return Map.of();
    }
}
