package nl.eenplan.audit;

import java.time.Instant;
import java.util.List;

/**
 * Records kept outside the audit log that the answer to an AVG inzageverzoek must show too (AVG art. 15 lid 1 sub c:
 * to whom data was given), e.g. the e-mails EenPlan sent the family (gezin). A capability implements this; the
 * audit package reads it without knowing the capability.
 */
public interface Inzagebron {

    /** One line of the inzage: when, who or what did it, the kind of action, what it was, and its legal basis. */
    record Regel(Instant tijdstip, String wie, String handeling, String wat, String grondslag) {
    }

    List<Regel> voorDossier(String dossierNummer);
}
