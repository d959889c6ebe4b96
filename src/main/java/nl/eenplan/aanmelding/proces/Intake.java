package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.GESPREK_LEERLING_GEVOERD;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.GESPREK_OUDERS_GEVOERD;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.SIGNALEN_ONVEILIGHEID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code intake} ("Intakegesprek voeren"), whichever screen completes it: the report goes into the
 * dossier; the process hears only what routes.
 */
@Component
public class Intake extends Gebruikerstaak<Intake.Invoer> {

    public record Invoer(
            @NotBlank(message = "Vul het verslag van het intakegesprek in.")
            @Size(max = 4000, message = "Het verslag is te lang (maximaal 4000 tekens).")
            @Zorginhoud String verslag,
            @NotNull(message = "Geef aan of het gesprek met ouders of verzorgers is gevoerd.")
            Boolean gesprekOudersGevoerd,
            @NotNull(message = "Geef aan of het gesprek met de leerling is gevoerd.")
            Boolean gesprekLeerlingGevoerd,
            @NotNull(message = "Geef aan of er signalen van onveiligheid zijn.")
            Boolean signalenOnveiligheid) {
    }

    private final AanmeldingService aanmeldingen;

    Intake(AanmeldingService aanmeldingen) {
        super(PROCES, "intake", Invoer.class);
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        aanmeldingen.intakeGedaan(taak.procesInstantieId(), invoer.verslag(), gebruiker);
        return Map.ofEntries(GESPREK_OUDERS_GEVOERD.is(invoer.gesprekOudersGevoerd()),
                GESPREK_LEERLING_GEVOERD.is(invoer.gesprekLeerlingGevoerd()),
                SIGNALEN_ONVEILIGHEID.is(invoer.signalenOnveiligheid()));
    }
}
