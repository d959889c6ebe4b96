package nl.eenplan.mdo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.NieuweAfspraak;

/** What the MDO tasks take through {@code POST /api/taken/{id}/voltooien}. */
final class Invoer {

    private Invoer() {
    }

    /** Task "MDO plannen": when, where, who besides parents, pupil and mentor (always invited). */
    record Planning(
            @NotNull(message = "Vul datum en tijd van het MDO in (JJJJ-MM-DDTuu:mm, Nederlandse tijd).")
            LocalDateTime datum,
            @Min(value = 15, message = "Een MDO duurt minstens 15 minuten.")
            @Max(value = 240, message = "Een MDO duurt hoogstens 4 uur.")
            Integer duurMinuten,
            @NotBlank(message = "Vul de locatie in (of 'online' met de link).")
            @Size(max = 200, message = "De locatie is te lang (maximaal 200 tekens).")
            String locatie,
            @Size(max = 20, message = "Nodig hoogstens 20 deelnemers uit.")
            List<@NotNull(message = "Vul de deelnemer in.") @Valid Deelnemer> deelnemers) {
    }

    record Deelnemer(
            @NotNull(message = "Kies de rol: MENTOR, SCHOOL, JEUGDHULP, JGZ, LEERPLICHT of DESKUNDIGE.")
            Rol rol,
            @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
            String naam,
            /** The EenPlan user who gets the invitation. */
            @Size(max = 100, message = "De gebruikersnaam is te lang.")
            String gebruiker,
            /** Or the EenPlan group; empty means the role's own group. */
            @Size(max = 100, message = "De groep is te lang.")
            String groep,
            @Email(message = "Dit is geen geldig e-mailadres.")
            String email) {
    }

    /** Task "MDO-verslag vastleggen": the report, who came, the plan, the agreements. */
    record Verslag(
            @NotBlank(message = "Vul het verslag van het MDO in.")
            @Size(max = 8000, message = "Het verslag is te lang (maximaal 8000 tekens).")
            String verslag,
            @NotNull(message = "Geef aan of de ouders er waren.")
            Boolean oudersAanwezig,
            @NotNull(message = "Geef aan of de leerling er was.")
            Boolean leerlingAanwezig,
            @Size(max = 20, message = "Geef hoogstens 20 nieuwe doelen.")
            List<@NotBlank(message = "Een doel mag niet leeg zijn.")
                 @Size(max = 1000, message = "Een doel is hoogstens 1000 tekens.") String> nieuweDoelen,
            List<@NotNull(message = "Vul het doel in.") @Valid Doelstatus> doelen,
            @Size(max = 30, message = "Maak hoogstens 30 afspraken per MDO.")
            List<@NotNull(message = "Vul de afspraak in.") @Valid NieuweAfspraak> afspraken) {
    }

    record Doelstatus(
            @NotNull(message = "Geef het id van het doel.") Long id,
            @NotNull(message = "Kies de status: OPEN, LOOPT, BEHAALD, DEELS_BEHAALD, NIET_BEHAALD of VERVALLEN.") Doel.Status status) {
    }

    /** Task "Afspraak uitvoeren": done, or cancelled with a reason. */
    record Afspraak(
            @NotNull(message = "Kies GEDAAN of GEANNULEERD.")
            nl.eenplan.dossier.Afspraak.Status uitkomst,
            @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).")
            String reden) {
    }

    /** Task "Evaluatie-MDO". */
    record Evaluatie(@NotNull(message = "Kies DOORGAAN, AFSLUITEN of ARRANGEMENT.") Uitkomst uitkomst) {
    }

    record Gedaan(@jakarta.validation.constraints.AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).")
                  boolean gedaan) {
    }
}
