package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.thuiszitterstafel.Uitkomst;
import org.springframework.stereotype.Component;

/**
 * User task {@code afsluiten} ("Tafel afsluiten"), after the school recorded the pupil's return: the outcome. Bean
 * name of its own: leerplicht's handler of its task {@code afsluiten} is also a class Afsluiten.
 */
@Component("thuiszitterstafelAfsluiten")
public class Afsluiten extends Gebruikerstaak<Afsluitinvoer> {

    private final ThuiszitterstafelService tafels;

    Afsluiten(ThuiszitterstafelService tafels) {
        super(PROCES, "afsluiten", Afsluitinvoer.class);
        this.tafels = tafels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Afsluitinvoer invoer, String gebruiker) {
        tafels.afgesloten(taak.procesInstantieId(), Uitkomst.vanCode(invoer.uitkomst()), invoer.toelichting(),
                gebruiker);
        return Map.of();
    }
}
