package nl.eenplan.mdo;

import nl.eenplan.dossier.Gegevensstroom;

/**
 * Who takes part in an MDO, the group that stands for them, and the flow of data their being there is (the basis
 * table, dossier.Gegevensstroom). Parents and pupil are always invited ("met ouders, niet over ouders"); the school's
 * own people are no flow; jeugdhulp and JGZ need consent for jeugdhulp, outside experts consent for the
 * ondersteuningsteam, leerplicht consent for leerplicht in the MDO (and verzuim must play a role).
 */
public enum Rol {
    OUDERS(null, null),
    LEERLING(null, null),
    MENTOR("mentor", null),
    SCHOOL(null, null),
    JEUGDHULP("jeugdhulp", Gegevensstroom.JEUGDHULP),
    JGZ("jeugdhulp", Gegevensstroom.JEUGDHULP),
    LEERPLICHT("leerplicht", Gegevensstroom.LEERPLICHT_MDO),
    DESKUNDIGE(null, Gegevensstroom.ONDERSTEUNINGSTEAM);

    private final String groep;
    private final Gegevensstroom stroom;

    Rol(String groep, Gegevensstroom stroom) {
        this.groep = groep;
        this.stroom = stroom;
    }

    /** The EenPlan group invited for this role when no user or group is named; null for people without an account. */
    public String groep() {
        return groep;
    }

    /** The flow of data out of the school this participant's presence is; null for the school's own and the family. */
    public Gegevensstroom stroom() {
        return stroom;
    }
}
