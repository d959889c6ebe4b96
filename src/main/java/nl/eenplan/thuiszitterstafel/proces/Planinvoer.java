package nl.eenplan.thuiszitterstafel.proces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.thuiszitterstafel.Partij;
import nl.eenplan.thuiszitterstafel.Thuiszitterstafel;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;

/** The plan's fields, the same in tasks planVastleggen and doorbreken. */
public final class Planinvoer {

    /** One agreement: what, which party, by when. */
    public record Afspraak(
            @NotBlank(message = "Vul in wat er is afgesproken.")
            @Size(max = 1000, message = "De afspraak is te lang (maximaal 1000 tekens).")
            @Zorginhoud String wat,
            @NotNull(message = "Kies wie het doet: SCHOOL, SWV, LEERPLICHT, GEMEENTE, OUDERS of LEERLING.")
            Partij wie,
            @NotNull(message = "Vul in wanneer het klaar is (JJJJ-MM-DD).")
            LocalDate uiterlijk) {
    }

    static final String ONDERWIJS_NODIG = "Vul in naar welk onderwijs de leerling teruggaat (school, onderwijsvorm).";
    static final String TERUG_NODIG = "Vul de afgesproken datum in waarop de leerling terug is in onderwijs "
            + "(JJJJ-MM-DD).";
    static final String AFSPRAKEN_NODIG = "Leg minstens één afspraak vast: wie doet wat, wanneer.";

    private Planinvoer() {
    }

    static ThuiszitterstafelService.Plan plan(String onderwijs, LocalDate terugDatum,
                                              List<Afspraak> afspraken) {
        return new ThuiszitterstafelService.Plan(onderwijs.strip(), terugDatum, afspraken.stream()
                .map(a -> new Thuiszitterstafel.Afspraak(a.wat().strip(), a.wie(), a.uiterlijk())).toList());
    }

    /** The date as the model's timer reads it: the start of that day, Dutch time. */
    static Date alsDatum(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
    }
}
