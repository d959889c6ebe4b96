package nl.eenplan.gezin;

import java.time.LocalDate;

/**
 * The term of a request under AVG art. 16 (correction) or 21 (objection), AVG art. 12 lid 3: the controller answers
 * "without undue delay and in any event within one month of receipt"; "that period may be extended by two further
 * months where necessary", and the data subject is told of the extension, with the reasons, "within one month of
 * receipt". The month itself, with its reminder and escalation, is the row {@code avgVerzoek/verzoekBehandelen} of
 * termijnen.dmn (the task's due date); this class holds what the extension may be. Pure; {@code AvgtermijnTest}.
 * <p>
 * Reading chosen (protects the family): the extension is counted from the receipt, so the answer comes at the latest
 * three months after it (one month plus two), never later because the first month ended on a weekend; and an
 * extension is possible only until the end of the first month (the due date of the task, the day it ends itself).
 */
public final class Avgtermijn {

    /** The months of the extension at most (AVG art. 12 lid 3: "by two further months"). */
    public static final int VERLENGING_MAANDEN = 2;

    private Avgtermijn() {
    }

    /** Whether an extension may still be given today: only within the first month (the task's due day included). */
    public static boolean magVerlengen(LocalDate eersteMaandEindigt, LocalDate vandaag) {
        return !vandaag.isAfter(eersteMaandEindigt);
    }

    /** The last day an extension may run to: three months after receipt (one month plus two). */
    public static LocalDate uiterlijkVerlengdTot(LocalDate ontvangenOp) {
        return ontvangenOp.plusMonths(1 + VERLENGING_MAANDEN);
    }

    /** Whether this extended date is an extension at all and within the three months: after the first month, at most. */
    public static boolean geldigeVerlenging(LocalDate ontvangenOp, LocalDate eersteMaandEindigt, LocalDate verlengdTot) {
        return verlengdTot.isAfter(eersteMaandEindigt) && !verlengdTot.isAfter(uiterlijkVerlengdTot(ontvangenOp));
    }
}
