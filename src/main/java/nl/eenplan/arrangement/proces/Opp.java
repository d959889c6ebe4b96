package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.OPP_VASTGESTELD;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code opp} ("OPP vaststellen"). */
@Component
public class Opp extends Gebruikerstaak<Opp.Invoer> {

    public record Invoer(@NotBlank(message = "Vul het ontwikkelingsperspectief in.")
               @Size(max = 4000, message = "Het perspectief is te lang (maximaal 4000 tekens).")
               @Zorginhoud String perspectief) {
    }

    private final ArrangementService arrangementen;

    Opp(ArrangementService arrangementen) {
        super(PROCES, "opp", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.opp(taak.procesInstantieId(), invoer.perspectief());
        return Map.ofEntries(OPP_VASTGESTELD.is(true));
    }
}
