package nl.eenplan.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new goal for the pupil's plan, as a task's input sends it: a text ({@code "Sam leest vlot"}, as EenPlan's API has
 * always taken it) or an object with that text ({@code {"omschrijving": "Sam leest vlot"}}, what a form's dynamic list
 * sends: each row of a list is an object keyed by its fields).
 */
public record NieuwDoel(
        @NotBlank(message = "Een doel mag niet leeg zijn.")
        @Size(max = 1000, message = "Een doel is hoogstens 1000 tekens.")
        String omschrijving) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NieuwDoel(@JsonProperty("omschrijving") String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The goal as a plain text. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NieuwDoel van(String omschrijving) {
        return new NieuwDoel(omschrijving);
    }

    /** The texts of these goals, for the plan. */
    public static List<String> omschrijvingen(List<NieuwDoel> doelen) {
        return doelen == null ? List.of() : doelen.stream().map(NieuwDoel::omschrijving).toList();
    }
}
