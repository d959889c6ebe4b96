package nl.eenplan.opp.proces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.opp.OppService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code evalueren} of process opp ("OPP evalueren met de ouders"): at least once per school year. A change to
 * the handelingsdeel makes a new version that asks instemming again. Bean name of its own: arrangement's handler of its
 * task {@code evalueren} is also a class Evalueren.
 */
@Component("oppEvalueren")
public class Evalueren extends Gebruikerstaak<Evalueren.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul de datum van de evaluatie met de ouders in (JJJJ-MM-DD).")
            @PastOrPresent(message = "De evaluatie kan niet in de toekomst liggen.") LocalDate datum,
            @NotBlank(message = "Vul in met wie is geëvalueerd (welke ouder of ouders, en de leerling).")
            @Size(max = 400, message = "Met wie is te lang (maximaal 400 tekens).") String metWie,
            @NotBlank(message = "Vul in wat de evaluatie opleverde.")
            @Size(max = 4000, message = "De bevindingen zijn te lang (maximaal 4000 tekens).")
            @Zorginhoud String bevindingen,
            @NotNull(message = "Geef aan of het handelingsdeel moet veranderen.") Boolean handelingsdeelWijzigen) {
    }

    private final OppService opp;

    Evalueren(OppService opp) {
        super(Oppproces.PROCES, "evalueren", Invoer.class);
        this.opp = opp;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        boolean wijzigen = opp.evaluatie(taak.dossierNummer(), invoer.datum(), invoer.metWie(), invoer.bevindingen(),
                invoer.handelingsdeelWijzigen(), gebruiker);
        return Map.ofEntries(OppVariabelen.HANDELINGSDEEL_WIJZIGEN.is(wijzigen));
    }
}
