package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TOESTEMMING_VASTGELEGD_DOOR;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.TOESTEMMING_VORM;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.gegeven;

import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code toestemmingVragen} ("Toestemming vragen"): the scopes for which everyone who decides at this age
 * gave consent (may be none) and how they gave it; one yes/no per scope for step toestemmingVastleggen, which records
 * each person's consent with that proof. Refused (400 on field {@code gegeven}) for a scope that needs no consent or
 * while the gezag of a guardian is not confirmed; the task stays open.
 */
@Component
public class ToestemmingVragen extends Gebruikerstaak<ToestemmingVragen.Invoer> {

    public record Invoer(
            @NotNull(message = "Geef de scopes waarvoor toestemming is gegeven (een lege lijst als er geen is).")
            Set<Toestemming.Scope> gegeven,
            /** How consent was given; required when a scope is ticked. */
            Toestemming.Vorm vorm) {
    }

    private final ToestemmingService toestemmingen;

    ToestemmingVragen(ToestemmingService toestemmingen) {
        super(PROCES, "toestemmingVragen", Invoer.class);
        this.toestemmingen = toestemmingen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        if (!invoer.gegeven().isEmpty() && (invoer.vorm() == null || invoer.vorm() == Toestemming.Vorm.ONBEKEND)) {
            throw new OngeldigeInvoerException("vorm", "Kies hoe de toestemming is gegeven: in een gesprek (GESPREK), "
                    + "op papier (PAPIER) of digitaal (DIGITAAL).");
        }
        for (Toestemming.Scope scope : invoer.gegeven()) {
            toestemmingen.kanNietVastleggen(taak.dossierNummer(), scope).ifPresent(reden -> {
                throw new OngeldigeInvoerException("gegeven", reden);
            });
        }
        Map<String, Object> variabelen = new HashMap<>();
        if (!invoer.gegeven().isEmpty()) {
            variabelen.put(TOESTEMMING_VORM.naam(), invoer.vorm().name());
            variabelen.put(TOESTEMMING_VASTGELEGD_DOOR.naam(), gebruiker);
        }
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            variabelen.put(gegeven(scope).naam(), invoer.gegeven().contains(scope));
        }
        return variabelen;
    }
}
