package nl.eenplan.opp.proces;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.opp.Opstelling;
import nl.eenplan.opp.OppService;
import nl.eenplan.opp.Oppdoel;
import nl.eenplan.opp.Uitstroomprofiel;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code opstellen} ("OOGO voeren en OPP opstellen"): the op overeenstemming gericht overleg with the
 * parents, then the OPP: uitstroomprofiel with its onderbouwing and the handelingsdeel. Into the dossier (OppService).
 */
@Component
public class Opstellen extends Gebruikerstaak<Opstellen.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul de datum van het overleg met de ouders in (JJJJ-MM-DD).")
            @PastOrPresent(message = "Het overleg kan niet in de toekomst liggen.") LocalDate oogoOp,
            @NotBlank(message = "Vul in met wie het overleg was (welke ouder of ouders, en de leerling).")
            @Size(max = 400, message = "Met wie is te lang (maximaal 400 tekens).") String oogoMet,
            @NotBlank(message = "Vul in wie het overleg voerde namens de school.")
            @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).") String oogoNamensSchool,
            @NotNull(message = "Kies het uitstroomprofiel.") Uitstroomprofiel uitstroomprofiel,
            @NotBlank(message = "Onderbouw het uitstroomprofiel.")
            @Size(max = 4000, message = "De onderbouwing is te lang (maximaal 4000 tekens).")
            @Zorginhoud String onderbouwing,
            @NotEmpty(message = "Het handelingsdeel heeft minstens één doel.")
            @Size(max = 20, message = "Geef hoogstens 20 doelen.")
            @Zorginhoud List<@NotNull(message = "Een doel mag niet leeg zijn.") @Valid Oppdoel> doelen,
            @NotBlank(message = "Beschrijf wat de school doet: de begeleiding en waar het onderwijsprogramma afwijkt.")
            @Size(max = 4000, message = "De aanpak is te lang (maximaal 4000 tekens).")
            @Zorginhoud String aanpak) {
    }


    private final OppService opp;

    Opstellen(OppService opp) {
        super(Oppproces.PROCES, "opstellen", Invoer.class);
        this.opp = opp;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        opp.opgesteld(taak.dossierNummer(), new Opstelling(invoer.oogoOp(), invoer.oogoMet(), invoer.oogoNamensSchool(),
                invoer.uitstroomprofiel(), invoer.onderbouwing(), invoer.doelen().stream().map(Oppdoel::omschrijving)
                .toList(), invoer.aanpak()), gebruiker);
        return Map.of();
    }
}
