package nl.eenplan.opp;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who gives instemming on the handelingsdeel of the OPP, the one place of this rule. Since 1 August 2017 the board
 * sets the OPP only after op overeenstemming gericht overleg (OOGO) with the parents, and the handelingsdeel only with
 * their instemming (WPO art. 40a, WEC art. 41a, WVO 2020 (ontwikkelingsperspectief; voorheen WVO art. 26); Stb. 2017, 41); in the WEC and the WVO, for a pupil
 * who is of age and handelingsbekwaam, the pupil instead of the parents.
 * <ul>
 * <li>Under 18: a parent or guardian with gezag (a parent without gezag cannot agree or refuse for the pupil).</li>
 * <li>18 or older: the pupil. The law adds "handelingsbekwaam"; EenPlan records no curatele or mentorschap, so a pupil
 * of 18 is taken to decide, and a school that knows otherwise records the instemming of the representative as a
 * parent with gezag.</li>
 * <li>The law says "de ouders": the school records one answer per version, given by a parent with gezag. When parents
 * with gezag disagree, the school records the refusal (the reading that protects the pupil: nothing is carried out over
 * a parent's no); the form and docs/processen/opp.md say so.</li>
 * </ul>
 */
public final class Instemmingsregel {

    /** The age from which the pupil decides (meerderjarig, BW art. 1:233). */
    public static final int MEERDERJARIG = 18;

    private Instemmingsregel() {
    }

    /** Whether the pupil, not the parents, gives instemming on this day. */
    public static boolean leerlingBeslist(LocalDate geboortedatum, LocalDate dag) {
        return geboortedatum != null && Period.between(geboortedatum, dag).getYears() >= MEERDERJARIG;
    }
}
