package nl.eenplan.meldcode.proces;

/** Who completed a task: the user, or EenPlan itself. */
final class Door {

    private Door() {
    }

    static String van(String gebruiker) {
        return gebruiker == null ? "EenPlan" : gebruiker;
    }
}
