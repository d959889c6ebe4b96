package nl.eenplan.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who must consent, by the pupil's age on the day itself: under 12 the parents; 12 to 15 the parents
 * and the pupil; 16 and older the pupil (domain.md, section 1).
 */
public final class Toestemmingsregel {

    private Toestemmingsregel() {
    }

    public static Set<Toestemming.GegevenDoor> nodig(LocalDate geboortedatum, LocalDate dag) {
        int leeftijd = Period.between(geboortedatum, dag).getYears();
        if (leeftijd < 12) {
            return EnumSet.of(Toestemming.GegevenDoor.OUDERS);
        }
        if (leeftijd < 16) {
            return EnumSet.of(Toestemming.GegevenDoor.OUDERS, Toestemming.GegevenDoor.LEERLING);
        }
        return EnumSet.of(Toestemming.GegevenDoor.LEERLING);
    }

    /** In Dutch, for forms and messages: "de ouders", "de ouders en de leerling", "de leerling". */
    public static String omschrijving(Set<Toestemming.GegevenDoor> wie) {
        if (wie.size() == 2) {
            return "de ouders en de leerling";
        }
        return wie.contains(Toestemming.GegevenDoor.OUDERS) ? "de ouders" : "de leerling";
    }
}
