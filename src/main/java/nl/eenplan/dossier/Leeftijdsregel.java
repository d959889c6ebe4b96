package nl.eenplan.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who consents for a pupil, by the pupil's age on the day itself. Two rules, because the law has two:
 * <ul>
 *   <li>{@link #JEUGDWET} for sharing with jeugdhulp and JGZ: under 12 the parents with gezag (or the voogd), 12 to 15
 *   the parents with gezag <em>and</em> the pupil, 16 and older the pupil (Jeugdwet art. 7.3.4 and 7.3.5, for
 *   information art. 7.3.11; the same ages as the WGBO, BW art. 7:447 and 7:450).</li>
 *   <li>{@link #AVG} for the school's own processing that rests on consent (the ondersteuningsteam with outside
 *   experts, leerplicht at the MDO): under 16 the wettelijk vertegenwoordiger, 16 and older the pupil (AVG art. 8,
 *   UAVG art. 5).</li>
 * </ul>
 * "The parents" means every guardian with gezag: for jeugdhulp the law asks each of them (Jeugdwet art. 7.3.4 lid 2:
 * "de ouders die het gezag uitoefenen"). The AVG lets one legal representative act; EenPlan asks every
 * gezaghebbende for the AVG scopes too, the reading that protects the pupil (a separated parent is not bypassed).
 */
public enum Leeftijdsregel {

    JEUGDWET("Jeugdwet art. 7.3.4 en 7.3.5 (toestemming), art. 7.3.11 (inlichtingen)") {
        @Override
        public Set<Toestemming.GegevenDoor> wie(int leeftijd) {
            if (leeftijd < 12) {
                return EnumSet.of(Toestemming.GegevenDoor.OUDERS);
            }
            if (leeftijd < 16) {
                return EnumSet.of(Toestemming.GegevenDoor.OUDERS, Toestemming.GegevenDoor.LEERLING);
            }
            return EnumSet.of(Toestemming.GegevenDoor.LEERLING);
        }
    },
    AVG("AVG art. 8 en UAVG art. 5 (onder 16 de wettelijk vertegenwoordiger)") {
        @Override
        public Set<Toestemming.GegevenDoor> wie(int leeftijd) {
            return leeftijd < 16 ? EnumSet.of(Toestemming.GegevenDoor.OUDERS) : EnumSet.of(Toestemming.GegevenDoor.LEERLING);
        }
    };

    private final String bron;

    Leeftijdsregel(String bron) {
        this.bron = bron;
    }

    /** Who consents at this age: the guardians with gezag ({@code OUDERS}), the pupil, or both. */
    public abstract Set<Toestemming.GegevenDoor> wie(int leeftijd);

    public Set<Toestemming.GegevenDoor> wie(LocalDate geboortedatum, LocalDate dag) {
        return wie(Period.between(geboortedatum, dag).getYears());
    }

    /** The articles this rule comes from. */
    public String bron() {
        return bron;
    }

    /** In Dutch, for forms and messages: "de ouders met gezag", "de ouders met gezag en de leerling", "de leerling". */
    public static String omschrijving(Set<Toestemming.GegevenDoor> wie) {
        if (wie.size() == 2) {
            return "de ouders met gezag en de leerling";
        }
        return wie.contains(Toestemming.GegevenDoor.OUDERS) ? "de ouders met gezag" : "de leerling";
    }
}
