package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.Onderwijsdeel;
import nl.eenplan.opp.Oppdoel;
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
            @Zorginhoud List<@NotNull(message = "Een doel mag niet leeg zijn.") @Valid Oppdoel> doelen,
            @NotNull(message = "Vul de datum in waarop de schriftelijke aanmelding binnenkwam: daar begint de zorgplicht.")
            @PastOrPresent(message = "De aanmelding kan niet in de toekomst zijn binnengekomen.") LocalDate aanmeldingOntvangenOp) {
    }


    private final ArrangementService arrangementen;

    Aanvraag(ArrangementService arrangementen) {
        super(PROCES, "aanvraag", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.aanvraag(taak.procesInstantieId(), taak.dossierNummer(), invoer.onderwijsdeel(), invoer.onderwijs(),
                invoer.zorg(), invoer.perspectief(), invoer.doelen().stream().map(Oppdoel::omschrijving).toList(),
                invoer.aanmeldingOntvangenOp());
        return Map.of();
    }
}
