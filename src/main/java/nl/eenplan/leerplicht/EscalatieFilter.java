package nl.eenplan.leerplicht;

/** Filters of the leerplicht inbox; an empty value filters nothing. */
public record EscalatieFilter(String school, String gemeente, Reden reden, LeerplichtEscalatie.Status status) {

    boolean past(LeerplichtEscalatie e) {
        return (school == null || school.equals(e.getSchoolBrin()))
                && (gemeente == null || gemeente.equalsIgnoreCase(e.getGemeente()))
                && (reden == null || reden == e.getReden())
                && (status == null || status == e.getStatus());
    }
}
