package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.ARRANGEMENT_AANVRAGEN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.toelating.ToelatingService;
import org.springframework.stereotype.Component;

/**
 * User task {@code onderzoeken} ("Onderzoeken: extra ondersteuning nodig?"): the board's investigation of the pupil's
 * needs (with the parents' information and the old school's). Extra support the school asks of the SWV: then
 * "Arrangement aanvragen" starts process arrangement for the pupil. An arrangement only with extra support.
 */
@Component("toelatingOnderzoeken")
public class Onderzoeken extends Gebruikerstaak<Onderzoeken.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef aan of de leerling extra ondersteuning nodig heeft.") Boolean extraOndersteuning,
            @NotNull(message = "Geef aan of er een arrangement bij het samenwerkingsverband wordt aangevraagd.")
            Boolean arrangementAanvragen) {
    }

    static final String TAAK = "onderzoeken";

    private final ToelatingService toelatingen;

    Onderzoeken(ToelatingService toelatingen) {
        super(PROCES, TAAK, Invoer.class);
        this.toelatingen = toelatingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        if (invoer.arrangementAanvragen() && !invoer.extraOndersteuning()) {
            throw new nl.eenplan.web.OngeldigeInvoerException("arrangementAanvragen", "Een arrangement vraagt u alleen "
                    + "aan als de leerling extra ondersteuning nodig heeft.");
        }
        toelatingen.onderzocht(taak.procesInstantieId(), invoer.extraOndersteuning(), invoer.arrangementAanvragen());
        return Map.ofEntries(ARRANGEMENT_AANVRAGEN.is(invoer.arrangementAanvragen()));
    }
}
