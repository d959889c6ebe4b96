package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.EVALUATIE_DATUM;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code hulpAfspreken} ("Hulp afspreken en een evaluatiedatum kiezen"): help instead of a report, with
 * whom, and when it is evaluated (empty: the default term of termijnen.dmn, step hulpEvaluatiemoment).
 */
@Component
public class HulpAfspreken extends Gebruikerstaak<HulpAfspreken.Invoer> {

    public record Invoer(
            @NotBlank(message = "Beschrijf welke hulp is afgesproken.")
            @Size(max = 2000, message = "De hulp is te lang beschreven (maximaal 2000 tekens).")
            @Zorginhoud String hulp,
            @NotBlank(message = "Vul in wie de hulp biedt.")
            @Size(max = 200, message = "Wie de hulp biedt is te lang (maximaal 200 tekens).")
            String metWie,
            @Future(message = "De evaluatiedatum moet na vandaag liggen.")
            LocalDate evaluatieOp) {
    }

    private final MeldcodeService meldcodes;

    HulpAfspreken(MeldcodeService meldcodes) {
        super(PROCES, "hulpAfspreken", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.hulpAfgesproken(taak.procesInstantieId(), invoer.hulp(), invoer.metWie(), invoer.evaluatieOp(),
                Door.van(gebruiker));
        return invoer.evaluatieOp() == null ? Map.of()
                : Map.ofEntries(EVALUATIE_DATUM.is(Evaluatiedatum.om8Uur(invoer.evaluatieOp())));
    }
}
