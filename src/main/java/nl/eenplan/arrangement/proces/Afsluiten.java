package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
     * The outcome per goal. The four survey fields the school filled in on the family's behalf before issue #24 are
     * gone from the input and the form: the family answers the survey itself now (arrangement.Enqueteservice). A form of
     * an older deployment (which still asks them) or an API client may still send them: they are ignored, not refused.
     */
    @JsonIgnoreProperties({"tevredenheidOuders", "tevredenheidLeerling", "ervarenBaatOuders", "ervarenBaatLeerling"})
    public record Invoer(@NotEmpty(message = "Geef per doel de uitkomst.") List<@NotNull @Valid Uitkomst> doelen) {
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
