package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.EVALUATIE_DATUM;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.HULP_UITKOMST;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.eenplan.meldcode.Evaluatieuitkomst;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code hulpEvalueren} ("Hulp evalueren"): does the help work? Close, another period, or report after all;
 * with continuing unsafety only a report (afwegingsvraag 5, meldcode.Afwegingskader).
 */
@Component
public class HulpEvalueren extends Gebruikerstaak<HulpEvalueren.Invoer> {

    public record Invoer(
            @NotNull(message = "Kies AFSLUITEN, DOORGAAN of MELDEN.")
            Evaluatieuitkomst uitkomst,
            @NotNull(message = "Geef aan of de onveiligheid voortduurt.")
            Boolean onveiligheidDuurtVoort,
            @NotBlank(message = "Schrijf op hoe de hulp werkt.")
            @Size(max = 4000, message = "De evaluatie is te lang (maximaal 4000 tekens).")
            @Zorginhoud String evaluatie,
            @Future(message = "De volgende evaluatiedatum moet na vandaag liggen.")
            LocalDate volgendeEvaluatieOp) {
    }

    private final MeldcodeService meldcodes;

    HulpEvalueren(MeldcodeService meldcodes) {
        super(PROCES, "hulpEvalueren", Invoer.class);
        this.meldcodes = meldcodes;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        meldcodes.geevalueerd(taak.procesInstantieId(), invoer.uitkomst(), invoer.onveiligheidDuurtVoort(),
                invoer.evaluatie(), invoer.volgendeEvaluatieOp(), Door.van(gebruiker));
        Map<String, Object> routering = new HashMap<>(Map.ofEntries(HULP_UITKOMST.is(invoer.uitkomst().name())));
        if (invoer.volgendeEvaluatieOp() != null) {
            routering.put(EVALUATIE_DATUM.naam(), Evaluatiedatum.om8Uur(invoer.volgendeEvaluatieOp()));
        }
        return routering;
    }
}
