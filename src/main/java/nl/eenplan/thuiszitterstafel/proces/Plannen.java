package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.DOORZETTINGSMACHT;
import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.PROCES;
import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.TAFEL_DATUM;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import org.springframework.stereotype.Component;

/**
 * User task {@code plannen} ("Tafel plannen"): when the table of school, SWV, leerplicht, gemeente and parents meets
 * (within the task's own deadline: the term of termijnen.dmn, thuiszitterstafel / plannen) and who has
 * doorzettingsmacht. Bean name of its own: mdo's handler of its task {@code plannen} is also a class Plannen.
 */
@Component("thuiszitterstafelPlannen")
public class Plannen extends Gebruikerstaak<Plannen.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul datum en tijd van de tafel in (JJJJ-MM-DDTuu:mm, Nederlandse tijd).")
            LocalDateTime tafelDatum,
            @NotBlank(message = "Vul de gebruikersnaam in van wie doorzettingsmacht heeft.")
            @Size(max = 100, message = "De gebruikersnaam is te lang (maximaal 100 tekens).")
            String doorzettingsmacht,
            @NotBlank(message = "Vul de functie in van wie doorzettingsmacht heeft (bijv. wethouder onderwijs, "
                    + "directeur samenwerkingsverband).")
            @Size(max = 200, message = "De functie is te lang (maximaal 200 tekens).")
            String functie) {
    }

    private final ThuiszitterstafelService tafels;

    Plannen(ThuiszitterstafelService tafels) {
        super(PROCES, "plannen", Invoer.class);
        this.tafels = tafels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        var op = tafels.gepland(taak.procesInstantieId(), invoer.tafelDatum(), taak.vervaldatum(),
                invoer.doorzettingsmacht().strip(), invoer.functie().strip(), gebruiker);
        return Map.ofEntries(TAFEL_DATUM.is(Date.from(op)), DOORZETTINGSMACHT.is(invoer.doorzettingsmacht().strip()));
    }
}
