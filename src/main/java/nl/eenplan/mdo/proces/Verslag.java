package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.LEERLING_AANWEZIG;
import static nl.eenplan.mdo.proces.MdoVariabelen.OUDERS_AANWEZIG;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.NieuwDoel;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/**
 * User task {@code verslag} ("MDO-verslag vastleggen"): the report, who came, the plan's goals and the agreements,
 * all into the dossier; the process keeps only who came, until the evaluation. Optional (since form version 2, issue
 * #24): a short summary for the family in plain language ({@code verslagVoorGezin}), which the family's page shows
 * instead of the report; a task of the older form leaves it empty.
 */
@Component
public class Verslag extends Gebruikerstaak<Verslag.Invoer> {

    public record Invoer(
            @NotBlank(message = "Vul het verslag van het MDO in.")
            @Size(max = 8000, message = "Het verslag is te lang (maximaal 8000 tekens).")
            @Zorginhoud String verslag,
            @Size(max = 2000, message = "De samenvatting voor het gezin is te lang (maximaal 2000 tekens).")
            @Zorginhoud String verslagVoorGezin,
            @NotNull(message = "Geef aan of de ouders er waren.")
            Boolean oudersAanwezig,
            @NotNull(message = "Geef aan of de leerling er was.")
            Boolean leerlingAanwezig,
            @Size(max = 20, message = "Geef hoogstens 20 nieuwe doelen.")
            @Zorginhoud List<@NotNull(message = "Een doel mag niet leeg zijn.") @Valid NieuwDoel> nieuweDoelen,
            List<@NotNull(message = "Vul het doel in.") @Valid Doelstatus> doelen,
            @Size(max = 30, message = "Maak hoogstens 30 afspraken per MDO.")
            @Zorginhoud List<@NotNull(message = "Vul de afspraak in.") @Valid NieuweAfspraak> afspraken) {
    }

    public record Doelstatus(
            @NotNull(message = "Geef het id van het doel.") Long id,
            @NotNull(message = "Kies de status: OPEN, LOOPT, BEHAALD, DEELS_BEHAALD, NIET_BEHAALD of VERVALLEN.")
            Doel.Status status) {
    }

    private final MdoService mdo;

    Verslag(MdoService mdo) {
        super(PROCES, "verslag", Invoer.class);
        this.mdo = mdo;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        mdo.legVerslagVast(taak.procesInstantieId(), invoer, gebruiker);
        return Map.ofEntries(OUDERS_AANWEZIG.is(invoer.oudersAanwezig()),
                LEERLING_AANWEZIG.is(invoer.leerlingAanwezig()));
    }
}
