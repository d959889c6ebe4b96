package nl.eenplan.paginas;

import java.util.Map;
import org.springframework.stereotype.Component;

/** A thuiszitterstafel's codes (status, party, routing) in the words the pages show, as {@code @tafel}. */
@Component("tafel")
class Tafelwoorden {

    private static final Map<String, String> STATUS = Map.of(
            "GEMELD", "gemeld: de tafel wordt gepland",
            "GEPLAND", "tafel gepland: het plan volgt",
            "PLAN", "plan met datum: wordt gevolgd tot de leerling terug is",
            "AFGESLOTEN", "afgesloten");

    private static final Map<String, String> PARTIJ = Map.of(
            "SCHOOL", "school", "SWV", "samenwerkingsverband", "LEERPLICHT", "leerplicht", "GEMEENTE", "gemeente",
            "OUDERS", "ouders", "LEERLING", "leerling");

    public String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    public String partij(String partij) {
        return PARTIJ.getOrDefault(partij, partij);
    }

    /** How the table came to this gemeente (leerplicht.Escalatieroute.Soort), in words. */
    public String routering(String routering) {
        try {
            return routering == null ? "" : nl.eenplan.leerplicht.Escalatieroute.Soort.valueOf(routering).omschrijving();
        } catch (IllegalArgumentException e) {
            return routering;
        }
    }
}
