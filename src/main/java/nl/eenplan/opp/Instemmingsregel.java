package nl.eenplan.opp;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.Vertegenwoordiger;
import nl.eenplan.dossier.Vertegenwoordiging;

/**
 * Who gives instemming on the handelingsdeel of the OPP, the one place of this rule. Since 1 August 2017 the board
 * sets the OPP only after op overeenstemming gericht overleg (OOGO) with the parents, and the handelingsdeel only with
 * their instemming (WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (voorheen WVO art. 26); Stb. 2017, 41); in the WEC and the WVO, for a pupil
 * who is of age and handelingsbekwaam, the pupil instead of the parents.
 * <ul>
 * <li>Under 18: a parent or guardian with gezag (a parent without gezag cannot agree or refuse for the pupil). A
 * curatele or mentorschap set before 18 (BW art. 1:378 lid 2, 1:450 lid 2) changes nothing until the 18th birthday.</li>
 * <li>18 or older, with a curator in force that day (curatele, BW art. 1:378): the pupil is not handelingsbekwaam
 * (art. 1:381 lid 2), so the curator, the pupil's legal representative (art. 1:381 lid 1), answers.</li>
 * <li>18 or older, with a mentor in force (mentorschap, BW art. 1:450): the mentor represents the pupil in
 * "verzorging, verpleging, behandeling en begeleiding" (art. 1:453) and the pupil is not competent there. Whether the
 * handelingsdeel (the support the school gives) is begeleiding in that sense the law does not say; EenPlan reads it so
 * (the reading that protects the pupil: the person the court set to guard these interests answers, and must involve
 * the pupil, art. 1:454). Installations where practice differs set {@code eenplan.opp.mentor-stemt-in=false}: then the
 * pupil with a mentor answers.</li>
 * <li>18 or older otherwise: the pupil.</li>
 * <li>The law says "de ouders" ({@link #uitkomst}, setting {@code eenplan.opp.instemming}): by default
 * ({@link Meerdere#IEDERE_GEZAGHEBBENDE}) every parent with gezag who can answer online (a family account, issue 24)
 * must agree, and at least one parent with gezag must agree (the school records the answer of a parent without an
 * account, as before); one refusal, online or recorded by the school, is final (the reading that protects the pupil:
 * nothing is carried out over a parent's no; privacy.md "iedere gezaghebbende"). {@link Meerdere#EEN_GEZAGHEBBENDE}:
 * the first answer of a parent with gezag decides, as the school recorded it before issue 24.</li>
 * </ul>
 */
public final class Instemmingsregel {

    /** The age from which the pupil decides (meerderjarig, BW art. 1:233). */
    public static final int MEERDERJARIG = 18;

    /** Who answers on a day. */
    public enum Wie { OUDER, LEERLING, VERTEGENWOORDIGER }

    /** With several parents with gezag: whose agreement is needed (setting {@code eenplan.opp.instemming}). */
    public enum Meerdere { IEDERE_GEZAGHEBBENDE, EEN_GEZAGHEBBENDE }

    private Instemmingsregel() {
    }

    /**
     * The answers on one version so far (by giver: {@code OUDER-<id>}, {@code LEERLING}, {@code VERTEGENWOORDIGER}),
     * together: {@code false} once anyone refused; {@code true} once someone agreed and, with
     * {@link Meerdere#IEDERE_GEZAGHEBBENDE}, every giver in {@code moetenInstemmen} (the parents with gezag who can
     * answer online) agreed; empty while an answer is still needed.
     */
    public static Optional<Boolean> uitkomst(java.util.Map<String, Instemming.Uitkomst> antwoorden,
                                             java.util.Set<String> moetenInstemmen, Meerdere meerdere) {
        if (antwoorden.containsValue(Instemming.Uitkomst.GEWEIGERD)) {
            return Optional.of(false);
        }
        if (antwoorden.isEmpty()) {
            return Optional.empty();
        }
        if (meerdere == Meerdere.EEN_GEZAGHEBBENDE || antwoorden.keySet().containsAll(moetenInstemmen)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /** The giver of an answer, as {@link #uitkomst} and table opp_antwoord name them: a guardian by id. */
    public static String gever(Instemming.Door door, Long ouderId) {
        return door == Instemming.Door.OUDER ? "OUDER-" + ouderId : door.name();
    }

    /** Whether the pupil is of age on this day (the pupil, or the pupil's representative, decides; no parent). */
    public static boolean leerlingBeslist(LocalDate geboortedatum, LocalDate dag) {
        return geboortedatum != null && Period.between(geboortedatum, dag).getYears() >= MEERDERJARIG;
    }

    /**
     * Who answers on {@code dag}: {@link Wie#OUDER} under 18; from 18 the representative this rule accepts when one is
     * in force that day ({@link #vertegenwoordiger}), else the pupil.
     */
    public static Wie wie(LocalDate geboortedatum, LocalDate dag, List<Vertegenwoordiging> vertegenwoordigers,
                          boolean mentorStemtIn) {
        if (!leerlingBeslist(geboortedatum, dag)) {
            return Wie.OUDER;
        }
        return vertegenwoordiger(geboortedatum, dag, vertegenwoordigers, mentorStemtIn).isPresent()
                ? Wie.VERTEGENWOORDIGER : Wie.LEERLING;
    }

    /** The representative who answers for the pupil of age on {@code dag}: a curator first, then a mentor. */
    public static Optional<Vertegenwoordiging> vertegenwoordiger(LocalDate geboortedatum, LocalDate dag,
                                                                 List<Vertegenwoordiging> vertegenwoordigers,
                                                                 boolean mentorStemtIn) {
        if (!leerlingBeslist(geboortedatum, dag)) {
            return Optional.empty();
        }
        List<Vertegenwoordiging> geldend = vertegenwoordigers.stream().filter(v -> v.geldtOp(dag)).toList();
        return geldend.stream().filter(v -> v.soort() == Vertegenwoordiger.Soort.CURATOR).findFirst()
                .or(() -> geldend.stream().filter(v -> mentorStemtIn && v.soort() == Vertegenwoordiger.Soort.MENTOR)
                        .findFirst());
    }
}
