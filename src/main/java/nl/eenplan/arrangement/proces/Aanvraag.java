package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.Onderwijsdeel;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code aanvraag} ("Aanvraag arrangement opstellen"): the request, its OPP and the day the written
 * registration came in. */
@Component
public class Aanvraag extends Gebruikerstaak<Aanvraag.Invoer> {

    public record Invoer(
            @NotNull(message = "Kies het onderwijsdeel: ARRANGEMENT of TLV.") Onderwijsdeel onderwijsdeel,
            @NotBlank(message = "Beschrijf het onderwijsdeel.")
            @Size(max = 2000, message = "Het onderwijsdeel is te lang (maximaal 2000 tekens).")
            @Zorginhoud String onderwijs,
            /** Empty when there is no care part. */
            @Size(max = 2000, message = "Het zorgdeel is te lang (maximaal 2000 tekens).") @Zorginhoud String zorg,
            @NotBlank(message = "Vul het ontwikkelingsperspectief van het OPP in.")
            @Size(max = 4000, message = "Het perspectief is te lang (maximaal 4000 tekens).")
            @Zorginhoud String perspectief,
            @NotEmpty(message = "Een OPP heeft minstens één doel.")
            @Size(max = 20, message = "Geef hoogstens 20 doelen.")
            @Zorginhoud List<@NotNull(message = "Een doel mag niet leeg zijn.") @Valid Doel> doelen,
            @NotNull(message = "Vul de datum in waarop de schriftelijke aanmelding binnenkwam: daar begint de zorgplicht.")
            @PastOrPresent(message = "De aanmelding kan niet in de toekomst zijn binnengekomen.") LocalDate aanmeldingOntvangenOp) {
    }

    /**
     * A goal of the OPP: a text ({@code "Sam leest vlot"}, as the API has always taken it) or {@code {"omschrijving":
     * ...}} (a row of the form's list). Shorter than a goal of the plan, on one line: it is scored at every evaluation.
     */
    public record Doel(
            @NotBlank(message = "Een doel mag niet leeg zijn.")
            @Size(max = 180, message = "Een doel is hoogstens 180 tekens.")
            @Pattern(regexp = "[^\\r\\n]*", message = "Een doel staat op één regel.")
            String omschrijving) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Doel(@JsonProperty("omschrijving") String omschrijving) {
            this.omschrijving = omschrijving;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Doel van(String omschrijving) {
            return new Doel(omschrijving);
        }
    }

    private final ArrangementService arrangementen;

    Aanvraag(ArrangementService arrangementen) {
        super(PROCES, "aanvraag", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.aanvraag(taak.procesInstantieId(), taak.dossierNummer(), invoer.onderwijsdeel(), invoer.onderwijs(),
                invoer.zorg(), invoer.perspectief(), invoer.doelen().stream().map(Doel::omschrijving).toList(),
                invoer.aanmeldingOntvangenOp());
        return Map.of();
    }
}
