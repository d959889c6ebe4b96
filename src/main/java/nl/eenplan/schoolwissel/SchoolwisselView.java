package nl.eenplan.schoolwissel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A school change as both schools read it: where from, where to, from when, and what went along. {@code toestemmingen}
 * says that consents given to the old school did not travel, and which were in force there (only in the answer to the
 * new school's report, when it asks them again).
 */
public record SchoolwisselView(Long id, String oudDossier, String nieuwDossier, String vanSchool, String naarSchool,
                               LocalDate ingeschrevenOp, Schoolwissel.Aanleiding aanleiding, String geregistreerdDoor,
                               Instant geregistreerdOp, int doelen, int afspraken, int ouders,
                               Integer groeidocumentVersie, boolean arrangementVoortgezet, String oppPerspectief,
                               String beeindigd, String toestemmingen, Schoolwissel.Status status,
                               String weigerreden) {

    static SchoolwisselView van(Schoolwissel s, String toestemmingen) {
        return new SchoolwisselView(s.getId(), s.getOudDossier(), s.getNieuwDossier(), s.getVanBrin(), s.getNaarBrin(),
                s.getIngeschrevenOp(), s.getAanleiding(), s.getGeregistreerdDoor(), s.getGeregistreerdOp(),
                s.getDoelen(), s.getAfspraken(), s.getOuders(), s.getGroeidocumentVersie(),
                s.isArrangementVoortgezet(), s.getOppPerspectief(), s.getBeeindigd(), toestemmingen, s.getStatus(),
                s.getWeigerreden());
    }

    /** What the school the pupil left reads of it: where the pupil went and when, not what went into the new plan. */
    SchoolwisselView voorDeOudeSchool() {
        return new SchoolwisselView(id, oudDossier, null, vanSchool, naarSchool, ingeschrevenOp, aanleiding, null,
                geregistreerdOp, 0, 0, 0, null, arrangementVoortgezet, null, beeindigd, null, status, weigerreden);
    }
}
