package nl.eenplan.opp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A goal of the OPP as a task's form or the API gives it: a text ({@code "Sam leest vlot"}, as the API has always taken
 * it) or {@code {"omschrijving": ...}} (a row of the form's list). Shorter than a goal of the plan, on one line: it is
 * scored at every evaluation. The arrangement request's OPP and the OPP's own versions take the same goals.
 */
public record Oppdoel(
        @NotBlank(message = "Een doel mag niet leeg zijn.")
        @Size(max = 180, message = "Een doel is hoogstens 180 tekens.")
        @Pattern(regexp = "[^\\r\\n]*", message = "Een doel staat op één regel.")
        String omschrijving) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Oppdoel(@JsonProperty("omschrijving") String omschrijving) {
        this.omschrijving = omschrijving;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Oppdoel van(String omschrijving) {
        return new Oppdoel(omschrijving);
    }
}
