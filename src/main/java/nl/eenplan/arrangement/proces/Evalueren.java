package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ARRANGEMENT_VERVOLG;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.eenplan.arrangement.Invoer.Score;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.DoelScore;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/** User task {@code evalueren} ("Arrangement evalueren"): every goal scored, and what comes next. */
@Component
public class Evalueren extends Gebruikerstaak<Evalueren.Invoer> {

    public record Invoer(@NotEmpty(message = "Scoor elk doel van het arrangement.") List<@NotNull @Valid Score> doelen,
                     @NotNull(message = "Kies DOORGAAN, BIJSTELLEN of BEEINDIGEN.") DoelScore.Vervolg vervolg) {
    }

    private final ArrangementService arrangementen;

    Evalueren(ArrangementService arrangementen) {
        super(PROCES, "evalueren", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.evaluatie(taak.procesInstantieId(), invoer.doelen(), invoer.vervolg(), gebruiker);
        return Map.ofEntries(ARRANGEMENT_VERVOLG.is(invoer.vervolg().name()));
    }
}
