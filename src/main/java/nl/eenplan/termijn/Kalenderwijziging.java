package nl.eenplan.termijn;

import java.time.LocalDate;

/**
 * What else a change of a school's own calendar touches (issue #22): a capability that counts on the school's lesdagen
 * (verzuim) implements this port, so {@link SchoolkalenderService} tells it without depending on it.
 */
public interface Kalenderwijziging {

    /**
     * The school {@code brin} added or removed a period from {@code van} to {@code tot}: its calendar was {@code voor}
     * and is now {@code na}. Re-evaluates what was registered on the days whose lesdag changed; answers how many
     * registered days that were and what the user should know, in Dutch.
     */
    Gevolg kalenderGewijzigd(String brin, EigenKalender voor, EigenKalender na, LocalDate van, LocalDate tot);

    /** How many registered absence days the change touched, and what the user should know (null: nothing). */
    record Gevolg(int geraakteVerzuimdagen, String opmerking) {

        public static final Gevolg GEEN = new Gevolg(0, null);
    }
}
