package nl.eenplan.leerplicht;

import java.time.LocalDate;
import java.util.function.Predicate;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.security.Groepen;

/**
 * Which gemeente handles an escalation to leerplicht, in one place. The school reports relatief verzuim to the college
 * of the gemeente where the pupil lives (Leerplichtwet 1969 art. 21, through DUO's verzuimregister, which routes on the
 * pupil's address; domain.md section 5): that gemeente's leerplichtambtenaren see the escalation and work it, the
 * school's gemeente does not.
 *
 * @param soort            how the owner was chosen
 * @param eigenaar         the Camunda tenant that owns the case: the CBS code of the handling gemeente, or (for a school
 *                         whose gemeente has no code yet and a pupil without address) the school's BRIN, as before
 * @param woongemeentecode the pupil's home gemeente when known
 * @param behandelaar      the team within that gemeente: {@code rmc} for a pupil of 18 to 23 without a
 *                         startkwalificatie on the day the case is about (WEB art. 8.3.1; Leerplichtigheid), otherwise
 *                         {@code leerplicht} (Leerplichtwet 1969 art. 16)
 */
public record Escalatieroute(Soort soort, String eigenaar, String woongemeentecode, String behandelaar) {

    public enum Soort {
        /** The gemeente where the pupil lives handles it. */
        WOONGEMEENTE("de gemeente waar de leerling woont"),
        /**
         * No address recorded: the school's gemeente handles it meanwhile, and the school is asked for the address (the
         * reading that protects the pupil: a report reaches an officer now rather than nobody).
         */
        SCHOOLGEMEENTE_ZONDER_ADRES("de gemeente van de school (woonadres onbekend)"),
        /** The pupil lives in a gemeente this installation does not serve: the report reaches it through DUO only. */
        BUITEN_EENPLAN("alleen via DUO: de woongemeente werkt niet met deze EenPlan"),
        /** Before gemeenten had CBS codes (and no address): the school's tenant, as escalations were made until now. */
        SCHOOL("de gemeente van de school");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /**
     * The route for this pupil.
     *
     * @param inEenPlan whether this installation serves the gemeente with this CBS code
     * @param feitdag   the first day of what the case is about (the absence, the 1 October check): whose pupil it was then
     */
    public static Escalatieroute voor(Leerlingidentiteit leerling, Predicate<String> inEenPlan, LocalDate feitdag) {
        String behandelaar = behandelaar(leerling, feitdag);
        String woon = leerling.woongemeentecode();
        if (woon != null) {
            return new Escalatieroute(inEenPlan.test(woon) ? Soort.WOONGEMEENTE : Soort.BUITEN_EENPLAN, woon, woon,
                    behandelaar);
        }
        String school = leerling.schoolGemeentecode();
        if (school != null && inEenPlan.test(school)) {
            return new Escalatieroute(Soort.SCHOOLGEMEENTE_ZONDER_ADRES, school, null, behandelaar);
        }
        return new Escalatieroute(Soort.SCHOOL, leerling.schoolBrin(), null, behandelaar);
    }

    /** RMC for a pupil who is RMC's on that day (18 to 23 without a startkwalificatie), leerplicht otherwise. */
    static String behandelaar(Leerlingidentiteit leerling, LocalDate feitdag) {
        return Leerplichtigheid.op(leerling.geboortedatum(), leerling.startkwalificatie(), feitdag)
                == Leerplichtigheid.Status.RMC ? Groepen.RMC : Groepen.LEERPLICHT;
    }

    /** Whether an officer in EenPlan handles it: then its assessment runs here, in the owner's tenant. */
    public boolean inEenPlan() {
        return soort != Soort.BUITEN_EENPLAN;
    }
}
