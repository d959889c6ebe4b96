package nl.eenplan.thuiszitterstafel;

import jakarta.validation.constraints.Size;

/** Request body: a school signals a pupil at risk of thuiszitten, by hand. */
public record Melden(@Size(max = 500, message = "De toelichting is te lang (maximaal 500 tekens).") String toelichting) {
}
