package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.BESLUIT;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.verzuim.VerzuimService;
import nl.eenplan.verzuim.VerzuimmeldingAanvulling;
import org.springframework.stereotype.Component;

/**
 * User task {@code melden} ("Verzuimmelding versturen"), whichever screen completes it: the school sends the
 * report (it must be complete) or withdraws the draft (with a reason).
 */
@Component
public class Melden extends Gebruikerstaak<Melden.Invoer> {

    /**
     * The decision, and what the school adds to the draft before sending it (left empty, a field keeps what the
     * report already has, e.g. from {@code PUT /api/verzuimmeldingen/{id}}): sending needs a presumed reason and a
     * contact person, in the report or here.
     */
    public record Invoer(@NotNull(message = "Kies versturen of intrekken.") VerzuimService.Besluit besluit,
                         /** Withdrawing a draft: geoorloofd, registratiefout, vrijstelling or anders. */
                         @Zorginhoud String intrekReden,
                         @Size(max = 200, message = "De vermoedelijke reden is te lang (maximaal 200 tekens).")
                         @Zorginhoud String vermoedelijkeReden,
                         @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
                         @Zorginhoud String toelichting,
                         @Size(max = 500, message = "De gevraagde actie is te lang (maximaal 500 tekens).")
                         @Zorginhoud String gevraagdeActie,
                         @Size(max = 200, message = "De contactpersoon is te lang (maximaal 200 tekens).")
                         String contactpersoon,
                         @Size(max = 100, message = "De rol van de melder is te lang (maximaal 100 tekens).")
                         String rolMelder,
                         @Size(max = 200, message = "De locatie is te lang (maximaal 200 tekens).")
                         String locatie) {

        /** What this completion adds to the report. */
        public VerzuimmeldingAanvulling aanvulling() {
            return new VerzuimmeldingAanvulling(vermoedelijkeReden, toelichting, gevraagdeActie, contactpersoon,
                    rolMelder, locatie);
        }
    }

    private final VerzuimService verzuim;

    Melden(VerzuimService verzuim) {
        super(PROCES, "melden", Invoer.class);
        this.verzuim = verzuim;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        verzuim.melden(taak.procesInstantieId(), invoer.besluit(), invoer.intrekReden(), invoer.aanvulling(), gebruiker);
        return Map.ofEntries(BESLUIT.is(invoer.besluit().name()));
    }
}
