package nl.eenplan.aanmelding;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the tasks of process "aanmelding" are completed, whichever screen completes them: per task the input,
 * what goes into the dossier, and the routing facts for the process.
 */
@Configuration
class AanmeldingTaken {

    /** Intake: the report goes into the dossier; the process hears only what routes. */
    record Intake(
            @NotBlank(message = "Vul het verslag van het intakegesprek in.")
            @Size(max = 4000, message = "Het verslag is te lang (maximaal 4000 tekens).")
            String verslag,
            @NotNull(message = "Geef aan of het gesprek met ouders of verzorgers is gevoerd.")
            Boolean gesprekOudersGevoerd,
            @NotNull(message = "Geef aan of het gesprek met de leerling is gevoerd.")
            Boolean gesprekLeerlingGevoerd,
            @NotNull(message = "Geef aan of er signalen van onveiligheid zijn.")
            Boolean signalenOnveiligheid) {
    }

    /** Consent: the scopes for which those who decide at this age gave consent (may be none). */
    record ToestemmingGevraagd(
            @NotNull(message = "Geef de scopes waarvoor toestemming is gegeven (een lege lijst als er geen is).")
            Set<Toestemming.Scope> gegeven) {
    }

    record Meldcode(
            @AssertTrue(message = "Doorloop alle stappen van de meldcode voor je afrondt.")
            boolean stappenDoorlopen,
            @NotNull(message = "Kies het besluit: melden, hulp of geenZorgen.")
            MeldcodeBesluit besluit) {
    }

    enum MeldcodeBesluit { melden, hulp, geenZorgen }

    record Handelingsplan(
            @NotEmpty(message = "Geef minstens één doel van het handelingsplan.")
            @Size(max = 20, message = "Geef hoogstens 20 doelen.")
            List<@NotBlank(message = "Een doel mag niet leeg zijn.")
                 @Size(max = 1000, message = "Een doel is hoogstens 1000 tekens.") String> doelen) {
    }

    record Evaluatie(@NotNull(message = "Kies de uitkomst: doelBehaald, doorgaan of opschalen.") EvaluatieUitkomst uitkomst) {
    }

    enum EvaluatieUitkomst { doelBehaald, doorgaan, opschalen }

    record Gedaan(@AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).") boolean gedaan) {
    }

    @Bean
    Taakafhandeling<Intake> intakeAfhandeling(AanmeldingService aanmeldingen) {
        return afhandeling("intake", Intake.class, (taak, in, wie) -> {
            aanmeldingen.intakeGedaan(taak.procesInstantieId(), in.verslag(), wie);
            return Map.of("gesprekOudersGevoerd", in.gesprekOudersGevoerd(),
                    "gesprekLeerlingGevoerd", in.gesprekLeerlingGevoerd(),
                    "signalenOnveiligheid", in.signalenOnveiligheid());
        });
    }

    @Bean
    Taakafhandeling<ToestemmingGevraagd> toestemmingAfhandeling() {
        return afhandeling("toestemmingVragen", ToestemmingGevraagd.class, (taak, in, wie) -> {
            Map<String, Object> variabelen = new HashMap<>();
            for (Toestemming.Scope scope : Toestemming.Scope.values()) {
                variabelen.put("gegeven" + LegToestemmingVast.naam(scope), in.gegeven().contains(scope));
            }
            return variabelen;
        });
    }

    @Bean
    Taakafhandeling<Meldcode> meldcodeAfhandeling() {
        return afhandeling("meldcode", Meldcode.class, (taak, in, wie) -> Map.of("stap1SignalenInKaart", true,
                "stap2CollegiaalAdvies", true, "stap3GesprekGevoerd", true, "stap4Gewogen", true,
                "meldcodeBesluit", in.besluit().name()));
    }

    @Bean
    Taakafhandeling<Handelingsplan> handelingsplanAfhandeling(DossierService dossiers) {
        return afhandeling("handelingsplan", Handelingsplan.class, (taak, in, wie) -> {
            // The dossier is the process instance's business key, never a variable a client could have sent.
            dossiers.voegDoelenToe(taak.dossierNummer(), in.doelen());
            return Map.of("handelingsplanVastgelegd", true);
        });
    }

    @Bean
    Taakafhandeling<Evaluatie> evaluatieAfhandeling() {
        return afhandeling("evalueren", Evaluatie.class,
                (taak, in, wie) -> Map.of("evaluatieUitkomst", in.uitkomst().name()));
    }

    @Bean
    Taakafhandeling<Gedaan> routeAfhandeling() {
        return afhandeling("warmeOverdracht", Gedaan.class, (taak, in, wie) -> Map.of("overdrachtGedaan", true));
    }

    private static <T> Taakafhandeling<T> afhandeling(String taak, Class<T> soort, Taakafhandeling.Verwerking<T> verwerking) {
        return Taakafhandeling.voor(AanmeldingService.PROCES, Set.of(taak), soort, verwerking);
    }
}
