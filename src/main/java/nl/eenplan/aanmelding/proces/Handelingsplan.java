package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.HANDELINGSPLAN_VASTGELEGD;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuwDoel;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code handelingsplan} ("Handelingsplan opstellen"): the goals go into the one plan of the dossier; each a
 * text or {@code {"omschrijving": ...}} (a row of the form's list).
 */
@Component
public class Handelingsplan extends Gebruikerstaak<Handelingsplan.Invoer> {

    public record Invoer(
            @NotEmpty(message = "Geef minstens één doel van het handelingsplan.")
            @Size(max = 20, message = "Geef hoogstens 20 doelen.")
            @Zorginhoud List<@NotNull(message = "Een doel mag niet leeg zijn.") @Valid NieuwDoel> doelen) {
    }

    private final DossierService dossiers;

    Handelingsplan(DossierService dossiers) {
        super(PROCES, "handelingsplan", Invoer.class);
        this.dossiers = dossiers;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        // The dossier is the process instance's business key, never a variable a client could have sent.
        dossiers.voegDoelenToe(taak.dossierNummer(), NieuwDoel.omschrijvingen(invoer.doelen()));
        return Map.ofEntries(HANDELINGSPLAN_VASTGELEGD.is(true));
    }
}
