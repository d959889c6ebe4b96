package nl.eenplan.termijn;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request body: a period of the school's own calendar; {@code tot} empty is one day. */
public record NieuwePeriode(
        @NotNull(message = "Kies de soort: VAKANTIE (eigen vakantie), VRIJE_DAG (studiedag, margedag) of SCHOOLDAG "
                + "(open in een vakantie van de regio).")
        EigenKalender.Soort soort,
        @NotNull(message = "Vul de eerste dag in.")
        LocalDate van,
        LocalDate tot,
        @NotBlank(message = "Vul de reden in, bijvoorbeeld studiedag of extra meivakantie.")
        @Size(max = 200, message = "De reden is te lang (hoogstens 200 tekens).")
        String reden) {
}
