package nl.eenplan.overstap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What the overstap's endpoints take (the tasks' input is in their handlers, nl.eenplan.overstap.proces). */
final class Invoer {

    private Invoer() {
    }

    record Start(@NotNull(message = "Kies de overstap: PO_VO of VO_MBO.") Overstapsoort soort,
                 @NotBlank(message = "Geef het schooljaar als 2026-2027.") String schooljaar) {
    }
}
