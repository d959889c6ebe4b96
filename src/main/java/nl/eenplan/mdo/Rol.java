package nl.eenplan.mdo;

import nl.eenplan.dossier.Toestemming;

/**
 * Who takes part in an MDO, the group that stands for them, and the consent their being there needs.
 * Parents and pupil are always invited ("met ouders, niet over ouders"); the school's own people need
 * no consent; jeugdhulp and JGZ only with consent for jeugdhulp; leerplicht when verzuim plays a role.
 */
public enum Rol {
    OUDERS(null, null),
    LEERLING(null, null),
    MENTOR("mentor", null),
    SCHOOL(null, null),
    JEUGDHULP("jeugdhulp", Toestemming.Scope.JEUGDHULP),
    JGZ("jeugdhulp", Toestemming.Scope.JEUGDHULP),
    LEERPLICHT("leerplicht", null),
    DESKUNDIGE(null, Toestemming.Scope.ONDERSTEUNINGSTEAM);

    private final String groep;
    private final Toestemming.Scope nodigeToestemming;

    Rol(String groep, Toestemming.Scope nodigeToestemming) {
        this.groep = groep;
        this.nodigeToestemming = nodigeToestemming;
    }

    /** The EenPlan group invited for this role when no user or group is named; null for people without an account. */
    public String groep() {
        return groep;
    }

    public Toestemming.Scope nodigeToestemming() {
        return nodigeToestemming;
    }
}
