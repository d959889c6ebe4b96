package nl.eenplan.gezin;

import nl.eenplan.dossier.DossierView;

/**
 * A family member about to act on one child's plan, as {@link Gezinszicht#handeling} found them: their binding (who
 * they are to the child: the pupil, or which guardian), the dossier, the rule's answer for today, and the name the
 * audit log and the domain record carry ({@code gezin-{accountId}}, never a person's name). Actions take who gives an
 * answer from here, never from the request.
 */
record Gezinshandeling(Gezinsregister.Koppeling koppeling, DossierView dossier, Gezinsregel.Inzage inzage,
                       String door) {

    String dossierNummer() {
        return koppeling.dossierNummer();
    }

    /** The guardian acting ({@code null} when the pupil acts for herself). */
    Long ouderId() {
        return koppeling.rol() == Gezinsregister.Rol.LEERLING ? null : koppeling.ouderId();
    }

    boolean leerling() {
        return koppeling.rol() == Gezinsregister.Rol.LEERLING;
    }
}
