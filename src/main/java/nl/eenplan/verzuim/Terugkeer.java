package nl.eenplan.verzuim;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Request body: the day the pupil was back at school (ends an open LRV and the thuiszitter signal). */
public record Terugkeer(@NotNull(message = "Vul de datum in waarop de leerling weer op school was.") LocalDate datum) {
}
