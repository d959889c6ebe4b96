package nl.eenplan.verzuim.duo;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.eenplan.verzuim.Meldingsoort;

/**
 * The channel of a verzuimmelding (issue #22, "DUO's register as the channel"): the school reports verzuim in DUO's
 * verzuimregister, which routes it to the gemeente where the pupil lives (Leerplichtwet 1969 art. 21 and 21a; DUO,
 * "Verzuim melden"). Leerplicht's work in EenPlan follows the submission. Which adapter says property
 * {@code eenplan.duo.verzuimregister}: {@code school} (default, {@link SchoolDientIn}): the school submits in DUO's
 * verzuimloket itself and enters DUO's kenmerk in EenPlan; {@code proef} ({@link ProefVerzuimregister}): a test adapter
 * that plays DUO.
 */
public interface DuoVerzuimregister {

    /**
     * Submits the report. A failure (DUO not reachable) throws: the process step's job fails and is retried, nothing is
     * recorded.
     */
    Indiening dienIn(Melding melding);

    /**
     * What DUO gets: the report's facts, never care details (no presumed reason, explanation or contact).
     *
     * @param einddatum null while a langdurig relatief verzuim report is open
     */
    record Melding(long id, String dossierNummer, String schoolBrin, Meldingsoort soort, LocalDate startdatum,
                   LocalDate einddatum, BigDecimal uren) {
    }

    /**
     * DUO's answer: confirmed with its kenmerk and the day it was submitted, or not confirmed (the school submits
     * itself and enters the kenmerk).
     */
    record Indiening(boolean bevestigd, String kenmerk, LocalDate ingediendOp) {

        public static Indiening nietBevestigd() {
            return new Indiening(false, null, null);
        }
    }
}
