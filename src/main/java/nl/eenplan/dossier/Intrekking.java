package nl.eenplan.dossier;

import jakarta.validation.constraints.NotNull;

/** Request body: how a consent was withdrawn (the same proof as giving it: who, when, how, recorded by whom). */
public record Intrekking(
        @NotNull(message = "Kies hoe de toestemming is ingetrokken: GESPREK, PAPIER of DIGITAAL.")
        Toestemming.Vorm vorm) {
}
