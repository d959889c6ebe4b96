package nl.eenplan.opp;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.taak.Zorginhoud;

/**
 * The answer on the handelingsdeel of the OPP version that asks it: instemming or weigering, on which day, by whom (a
 * parent with gezag, named as in the dossier, the pupil of age, or the curator or mentor who acts for the pupil of age:
 * {@link Instemmingsregel}) and how it was given. The
 * zorgcoördinator records it now; a parent's own answer (issue 24) will pass the same method.
 */
public record Instemming(
        @NotNull(message = "Kies INGESTEMD of GEWEIGERD.") Uitkomst uitkomst,
        @NotNull(message = "Vul de datum in waarop de ouders antwoordden (JJJJ-MM-DD).")
        @PastOrPresent(message = "De datum kan niet in de toekomst liggen.") LocalDate datum,
        @NotNull(message = "Kies wie antwoordde: OUDER, LEERLING of VERTEGENWOORDIGER.") Door door,
        @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).") String ouder,
        @NotNull(message = "Kies hoe het antwoord is gegeven: SCHRIFTELIJK, DIGITAAL of MONDELING_BEVESTIGD.") Wijze wijze,
        @Size(max = 2000, message = "De reden is te lang (maximaal 2000 tekens).") @Zorginhoud String reden) {

    public enum Uitkomst { INGESTEMD, GEWEIGERD }

    /**
     * A parent or guardian with gezag, the pupil of age, or the pupil's curator or mentor (recorded in the dossier;
     * {@code ouder} may then name them, or stay empty).
     */
    public enum Door { OUDER, LEERLING, VERTEGENWOORDIGER }

    /** Mondeling only when confirmed afterwards (in writing or by e-mail): an OPP needs a traceable instemming. */
    public enum Wijze { SCHRIFTELIJK, DIGITAAL, MONDELING_BEVESTIGD }
}
