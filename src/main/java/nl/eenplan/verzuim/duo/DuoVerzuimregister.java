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
     * <p>
     * <b>Idempotent.</b> The step can run again for a submission DUO already received: DUO answered, but EenPlan's
     * transaction did not commit (a crash, a node stopping, a database error after the call), so the job is retried.
     * Every submission therefore carries {@link Melding#idempotentiesleutel()}: a random UUID made when the report was
     * created and stored with it (column verzuimmelding.duo_sleutel), the same for every attempt and retry of that
     * report, and unique across installations and after a database restore (an id counted by the database is not:
     * a restored backup counts the same ids again). An adapter answers a key it has seen before with its first answer
     * (the same kenmerk and day) and never makes a second report in DUO's register. A real adapter sends the key with
     * the request (e.g. an {@code Idempotency-Key} header or DUO's own field for the sender's reference, whatever DUO's
     * interface offers), and where DUO offers none, asks DUO first whether a report with this reference exists.
     * Reports made before V42 that may already have been submitted (on their way to DUO, or with DUO's kenmerk) keep
     * the key they were sent with, {@code EENPLAN-<BRIN>-VZM<id>-1}, so their retry stays the same submission.
     */
    Indiening dienIn(Melding melding);

    /**
     * What DUO gets: the report's facts, never care details (no presumed reason, explanation or contact), and the key
     * that makes a retried submission the same one.
     *
     * @param einddatum          null while a langdurig relatief verzuim report is open
     * @param idempotentiesleutel the report's own key (a UUID, or a pre-V42 report's earlier key), the same on a retry
     */
    record Melding(long id, String dossierNummer, String schoolBrin, Meldingsoort soort, LocalDate startdatum,
                   LocalDate einddatum, BigDecimal uren, String idempotentiesleutel) {

        public Melding {
            if (idempotentiesleutel == null || idempotentiesleutel.isBlank()) {
                throw new IllegalArgumentException("Een indiening bij DUO heeft een idempotentiesleutel.");
            }
        }
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
