package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Request body: the pupil was reported ill from {@code van}; {@code tot} when already better. No diagnosis. */
public record NieuweZiekmelding(
        @NotNull(message = "Vul de eerste dag van de ziekte in.")
        LocalDate van,
        LocalDate tot) {

    /** Request body of a betermelding: the last day ill. */
    public record Beter(@NotNull(message = "Vul de laatste dag van de ziekte in.") LocalDate tot) {
    }
}
