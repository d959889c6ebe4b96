package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request body: what the zorgcoördinator adds to a draft report before sending it. */
public record VerzuimmeldingAanvulling(
        @NotBlank(message = "Vul de vermoedelijke reden van het verzuim in.")
        @Size(max = 200, message = "De vermoedelijke reden is te lang (maximaal 200 tekens).")
        String vermoedelijkeReden,
        @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
        String toelichting,
        @Size(max = 500, message = "De gevraagde actie is te lang (maximaal 500 tekens).")
        String gevraagdeActie,
        @NotBlank(message = "Vul de contactpersoon voor leerplicht in.")
        @Size(max = 200, message = "De contactpersoon is te lang (maximaal 200 tekens).")
        String contactpersoon,
        @Size(max = 100, message = "De rol van de melder is te lang (maximaal 100 tekens).")
        String rolMelder,
        @Size(max = 200, message = "De locatie is te lang (maximaal 200 tekens).")
        String locatie) {
}
