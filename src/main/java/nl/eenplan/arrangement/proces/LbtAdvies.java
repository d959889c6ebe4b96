package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.arrangement.Arrangement;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code lbtAdvies}: the advice of the Landelijke Bezwaaradviescommissie on an objection against a TLV. */
@Component
public class LbtAdvies extends Gebruikerstaak<LbtAdvies.Invoer> {

    public record Invoer(@NotNull(message = "Vul de datum van het advies van de LBT in.") LocalDate adviesOp,
                         @NotNull(message = "Kies het advies: GEGROND, ONGEGROND of NIET_ONTVANKELIJK.")
                         Arrangement.LbtAdvies advies) {
    }

    private final ArrangementService arrangementen;

    LbtAdvies(ArrangementService arrangementen) {
        super(PROCES, "lbtAdvies", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.lbtAdvies(taak.procesInstantieId(), invoer.adviesOp(), invoer.advies());
        return Map.of();
    }
}
