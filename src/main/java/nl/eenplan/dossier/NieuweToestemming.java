package nl.eenplan.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * Request body: one person's consent for one scope, with its proof. A guardian is named by {@code ouderId}; it may be
 * left out when exactly one guardian has gezag. The information given is the current {@link Toestemmingsinformatie}
 * of the scope (its version is recorded).
 */
public record NieuweToestemming(
        @NotNull(message = "Kies de scope: ONDERSTEUNINGSTEAM, JEUGDHULP of LEERPLICHT.")
        Toestemming.Scope scope,
        @NotNull(message = "Kies wie toestemming gaf: OUDERS (een ouder of voogd met gezag) of LEERLING.")
        Toestemming.GegevenDoor gegevenDoor,
        /** The guardian who consented (gegevenDoor OUDERS). */
        Long ouderId,
        @NotNull(message = "Kies hoe de toestemming is gegeven: GESPREK, PAPIER of DIGITAAL.")
        Toestemming.Vorm vorm,
        /** Empty means today. */
        @PastOrPresent(message = "De datum van de toestemming kan niet in de toekomst liggen.")
        LocalDate gegevenOp,
        /** Consent for a period: the last day it holds; empty means until withdrawn. */
        LocalDate geldigTot) {
}
