package nl.eenplan.aanmelding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import nl.eenplan.verzuim.VerzuimRegistratie;

/** Request body: a mentor or zorgcoördinator signals a concern about a pupil. */
public record NieuweAanmelding(
        @NotEmpty(message = "Kies minstens één categorie: LEREN, GEDRAG, SOCIAAL_EMOTIONEEL, THUISSITUATIE, VERZUIM of MEDISCH.")
        Set<@NotNull(message = "Kies een categorie.") Categorie> categorieen,
        @NotNull(message = "Kies de urgentie: LAAG, NORMAAL of HOOG.")
        Urgentie urgentie,
        @NotNull(message = "Beschrijf wat de school al heeft geprobeerd (mag kort).")
        @Size(min = 1, max = 2000, message = "Beschrijf in 1 tot 2000 tekens wat de school al heeft geprobeerd.")
        String alGeprobeerd,
        /** The pupil already had support (a handelingsplan, an earlier route); empty means no. */
        Boolean eerdereOndersteuning,
        /** There are signs of unsafety: the meldcode applies, regardless of consent. Empty means no. */
        Boolean signalenOnveiligheid,
        /** With category VERZUIM: the unauthorised absence per day, registered as with /verzuim. */
        @Size(max = 200, message = "Registreer maximaal 200 dagen per keer.")
        List<VerzuimRegistratie.@NotNull(message = "Vul de dag in.") @Valid Dag> verzuim) {
}
