package nl.eenplan.thuiszitterstafel.proces;

import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.PROCES;
import static nl.eenplan.thuiszitterstafel.proces.ThuiszitterstafelVariabelen.TERUG_DATUM;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.thuiszitterstafel.proces.Planinvoer.Afspraak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import org.springframework.stereotype.Component;

/**
 * User task {@code doorbreken} ("Doorbraak forceren"), the named person with doorzettingsmacht's: what they decided
 * (a place, an arrangement, a budget), and the plan that follows from it with a new date. Followed as any plan.
 */
@Component
public class Doorbreken extends Gebruikerstaak<Doorbreken.Invoer> {

    public record Invoer(
            @NotBlank(message = "Vul in wat u met doorzettingsmacht besluit.")
            @Size(max = 2000, message = "Het besluit is te lang (maximaal 2000 tekens).")
            @Zorginhoud String besluit,
            @NotBlank(message = Planinvoer.ONDERWIJS_NODIG)
            @Size(max = 500, message = "Het onderwijs is te lang beschreven (maximaal 500 tekens).")
            @Zorginhoud String onderwijs,
            @NotNull(message = Planinvoer.TERUG_NODIG)
            LocalDate terugDatum,
            @NotEmpty(message = Planinvoer.AFSPRAKEN_NODIG)
            @Size(max = 30, message = "Leg hoogstens 30 afspraken vast.")
            List<@NotNull(message = "Vul de afspraak in.") @Valid Afspraak> afspraken) {
    }

    private final ThuiszitterstafelService tafels;

    Doorbreken(ThuiszitterstafelService tafels) {
        super(PROCES, "doorbreken", Invoer.class);
        this.tafels = tafels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        tafels.doorbraak(taak.procesInstantieId(), invoer.besluit().strip(),
                Planinvoer.plan(invoer.onderwijs(), invoer.terugDatum(), invoer.afspraken()), gebruiker);
        return Map.ofEntries(TERUG_DATUM.is(Planinvoer.alsDatum(invoer.terugDatum())));
    }
}
