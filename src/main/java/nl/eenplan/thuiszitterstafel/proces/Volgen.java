package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.thuiszitterstafel.Uitkomst;
import org.springframework.stereotype.Component;

/**
 * User task {@code volgen} ("Terugkeer volgen"): open while the plan runs; leerplicht closes the table with its
 * outcome (other education, vrijstelling, moved, or back). The agreed date passing interrupts it (the model's timer).
 */
@Component
public class Volgen extends Gebruikerstaak<Afsluitinvoer> {

    private final ThuiszitterstafelService tafels;

    Volgen(ThuiszitterstafelService tafels) {
        super(PROCES, "volgen", Afsluitinvoer.class);
        this.tafels = tafels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Afsluitinvoer invoer, String gebruiker) {
        tafels.afgesloten(taak.procesInstantieId(), Uitkomst.vanCode(invoer.uitkomst()), invoer.toelichting(),
                gebruiker);
        return Map.of();
    }
}
