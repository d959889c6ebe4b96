package nl.eenplan.paginas;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.eenplan.engine.Klok;
import org.springframework.stereotype.Component;

/** Dates on the pages as Dutch people write them ("30 november 2026", "30 november 2026 14:05"), in Dutch time. */
@Component("datum")
class Datumweergave {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);

    public String dag(LocalDate dag) {
        return dag == null ? "" : DAG.format(dag);
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(Klok.NL));
    }

    /** The Dutch day of a moment. */
    public String dagVan(Instant moment) {
        return moment == null ? "" : DAG.format(moment.atZone(Klok.NL));
    }

    /** For the {@code datetime} attribute of a {@code <time>} element. */
    public String iso(LocalDate dag) {
        return dag == null ? "" : dag.toString();
    }
}
