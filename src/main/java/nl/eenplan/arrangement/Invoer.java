package nl.eenplan.arrangement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.Doel;

/** What the arrangement's tasks take through {@code POST /api/taken/{id}/voltooien}. */
final class Invoer {

    private Invoer() {
    }

    record Aanvraag(
            @NotNull(message = "Kies het onderwijsdeel: ARRANGEMENT of TLV.") Onderwijsdeel onderwijsdeel,
            @NotBlank(message = "Beschrijf het onderwijsdeel.")
            @Size(max = 2000, message = "Het onderwijsdeel is te lang (maximaal 2000 tekens).") String onderwijs,
            /** Empty when there is no care part. */
            @Size(max = 2000, message = "Het zorgdeel is te lang (maximaal 2000 tekens).") String zorg,
            @NotBlank(message = "Vul het ontwikkelingsperspectief van het OPP in.")
            @Size(max = 4000, message = "Het perspectief is te lang (maximaal 4000 tekens).") String perspectief,
            @NotEmpty(message = "Een OPP heeft minstens één doel.")
            @Size(max = 20, message = "Geef hoogstens 20 doelen.")
            List<@NotBlank(message = "Een doel mag niet leeg zijn.")
                 @Size(max = 180, message = "Een doel is hoogstens 180 tekens.")
                 @jakarta.validation.constraints.Pattern(regexp = "[^\\r\\n]*", message = "Een doel staat op één regel.")
                 String> doelen,
            @NotNull(message = "Vul de datum in waarop de schriftelijke aanmelding binnenkwam: daar begint de zorgplicht.")
            @PastOrPresent(message = "De aanmelding kan niet in de toekomst zijn binnengekomen.") LocalDate aanmeldingOntvangenOp) {
    }

    record Advies(
            @NotBlank(message = "Wie gaf het advies?") @Size(max = 200, message = "De naam is te lang.") String door,
            @NotBlank(message = "Vul het advies in.") @Size(max = 4000, message = "Het advies is te lang.") String advies) {
    }

    record Adviezen(@NotNull(message = "Vul het eerste advies in.") @Valid Advies eerste,
                    @NotNull(message = "Vul het tweede advies in.") @Valid Advies tweede) {
    }

    record Besluitvorming(@NotNull(message = "Kies TOEGEKEND of AFGEWEZEN.") Besluit besluit,
                          @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).") String toelichting) {
    }

    record Verlenging(@NotNull(message = "Geef aan of de zorgplicht wordt verlengd.") Boolean verlengen,
                      @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).") String reden) {
    }

    record Gedaan(@jakarta.validation.constraints.AssertTrue(message = "Rond de taak af als het gedaan is (gedaan: true).")
                  boolean gedaan) {
    }

    record Opp(@NotBlank(message = "Vul het ontwikkelingsperspectief in.")
               @Size(max = 4000, message = "Het perspectief is te lang (maximaal 4000 tekens).") String perspectief) {
    }

    record Score(@NotNull(message = "Geef het id van het doel.") Long doel,
                 @NotNull(message = "Kies BEHAALD, DEELS of NIET.") DoelScore.Score score) {
    }

    record Evaluatie(@NotEmpty(message = "Scoor elk doel van het arrangement.") List<@NotNull @Valid Score> doelen,
                     @NotNull(message = "Kies DOORGAAN, BIJSTELLEN of BEEINDIGEN.") DoelScore.Vervolg vervolg) {
    }

    record Uitkomst(@NotNull(message = "Geef het id van het doel.") Long doel,
                    @NotNull(message = "Kies BEHAALD, DEELS_BEHAALD of NIET_BEHAALD.") Doel.Status uitkomst) {
    }

    record Afsluiting(
            @NotEmpty(message = "Geef per doel de uitkomst.") List<@NotNull @Valid Uitkomst> doelen,
            @NotNull(message = "Vul de tevredenheid van de ouders in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer tevredenheidOuders,
            @NotNull(message = "Vul de tevredenheid van de leerling in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer tevredenheidLeerling,
            @NotNull(message = "Vul de ervaren baat voor de ouders in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer ervarenBaatOuders,
            @NotNull(message = "Vul de ervaren baat voor de leerling in (1-10).") @Min(value = 1, message = "Een cijfer van 1 tot 10.")
            @Max(value = 10, message = "Een cijfer van 1 tot 10.") Integer ervarenBaatLeerling) {
    }

    record Bezwaar(@NotNull(message = "Kies het deel: ONDERWIJS of ZORG.") Deel deel,
                   @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).") String toelichting) {
    }

    enum Deel { ONDERWIJS, ZORG }
}
