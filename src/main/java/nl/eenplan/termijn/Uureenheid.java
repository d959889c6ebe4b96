package nl.eenplan.termijn;

/**
 * The unit in which a school counts absence hours. Leerplichtwet 1969 art. 21a speaks of "16 uren les- of
 * praktijktijd" and DUO of "16 uur": an hour of the school's own lessons. So EenPlan does not convert: 16 lesuur and 16
 * klokuur both reach the threshold (docs/leerplicht.md, "Lesuur of klokuur").
 */
public enum Uureenheid {
    /** A lesson of the school's own length (vo: usually 45 to 60 minutes). */
    LESUUR("lesuur"),
    /** An hour of 60 minutes (po; mbo counts onderwijstijd in klokuren). */
    KLOKUUR("klokuur");

    private final String woord;

    Uureenheid(String woord) {
        this.woord = woord;
    }

    /** As the facts say it: "16 lesuur", "5,5 klokuur". */
    public String woord() {
        return woord;
    }
}
