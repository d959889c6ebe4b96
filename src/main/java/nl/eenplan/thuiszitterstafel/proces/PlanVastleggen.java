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
 * User task {@code planVastleggen} ("Plan vastleggen"): the plan agreed at the table, with the date the pupil is back
 * in education and who does what. The plan goes into table thuiszitterstafel; the process gets only the date (its
 * follow-up timer).
 */
@Component
public class PlanVastleggen extends Gebruikerstaak<PlanVastleggen.Invoer> {

    public record Invoer(
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

    PlanVastleggen(ThuiszitterstafelService tafels) {
        super(PROCES, "planVastleggen", Invoer.class);
        this.tafels = tafels;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        tafels.planVastgelegd(taak.procesInstantieId(),
                Planinvoer.plan(invoer.onderwijs(), invoer.terugDatum(), invoer.afspraken()), gebruiker);
        return Map.ofEntries(TERUG_DATUM.is(Planinvoer.alsDatum(invoer.terugDatum())));
    }
}
