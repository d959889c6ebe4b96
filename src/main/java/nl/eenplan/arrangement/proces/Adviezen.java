package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code adviezen} ("Twee deskundigenadviezen vastleggen"): two advices from two independent deskundigen,
 * each with discipline, organisation and date (tlv.Deskundigenregel).
 */
@Component
public class Adviezen extends Gebruikerstaak<Adviezen.Invoer> {

    public record Invoer(@NotNull(message = "Vul het eerste advies in.") @Valid
        @Zorginhoud nl.eenplan.arrangement.Invoer.Advies eerste,
                    @NotNull(message = "Vul het tweede advies in.") @Valid
                    @Zorginhoud nl.eenplan.arrangement.Invoer.Advies tweede) {
    }

    private final ArrangementService arrangementen;

    Adviezen(ArrangementService arrangementen) {
        super(PROCES, "adviezen", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.adviezen(taak.procesInstantieId(), taak.school(), invoer.eerste(), invoer.tweede());
        return Map.of();
    }
}
