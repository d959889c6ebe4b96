package nl.eenplan.meldcode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/dossiers/{nr}/meldcode}: why the meldcode starts and the signal, in a few words. */
public record NieuweMeldcode(
        @NotNull(message = "Kies de aanleiding: INTAKE, MDO, VERZUIM of SIGNAAL.")
        Aanleiding aanleiding,
        @NotBlank(message = "Beschrijf kort het signaal.")
        @Size(max = 2000, message = "Het signaal is te lang (maximaal 2000 tekens).")
        String signaal) {
}
