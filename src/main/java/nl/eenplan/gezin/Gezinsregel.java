package nl.eenplan.gezin;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who in the family sees what of a pupil's plan: the one rule (issue #24; docs/gezin.md has it in Dutch for parents and
 * schools). Pure: the role, the guardian's gezag and court order, the pupil's age on the day, and two settings. Every
 * row cites its article; {@code GezinsregelTest} tests each row at its boundaries.
 * <p>
 * Age is whole years on the day itself, as {@link nl.eenplan.dossier.Leeftijdsregel} counts it
 * ({@link Period#between}): a pupil born on 29 February turns a year older on 1 March in a year without 29 February.
 * <p>
 * Where the law leaves room, the rule takes the reading that protects the pupil and makes it a setting:
 * <ul>
 *   <li>{@code eenplan.gezin.zorg-voor-ouders-vanaf-16} (default false): from 16 the pupil decides on jeugdhulp and its
 *   information herself (Jeugdwet art. 7.3.5 and 7.3.11, WGBO art. 7:447 and 7:457), so parents with gezag do not see
 *   the care part (jeugdhulp's agreements) or the consents of a pupil of 16 or 17;</li>
 *   <li>{@code eenplan.gezin.zonder-gezag} (default BELANGRIJKE_FEITEN): a parent without gezag hears the important
 *   facts and circumstances (BW art. 1:377c lid 1): the goals and how they go, the MDO's date, the outcome of decisions
 *   and the school a transfer goes to; not the agreements, consents, care part or timeline. {@code NIETS} when the
 *   schools of the region read art. 1:377c lid 1 ("desgevraagd", "tenzij het belang van het kind") more strictly.</li>
 * </ul>
 */
@Component
class Gezinsregel {

    /** The parts of the plan the family's pages can show. */
    enum Onderdeel {
        /** The goals of the plan with how they go. */
        DOELEN,
        /** The agreements of the plan (who does what, by when), without jeugdhulp's. */
        AFSPRAKEN,
        /** The care part: agreements of jeugdhulp. */
        ZORGDEEL,
        /** The MDO's date and whether the family was there. */
        MDO,
        /** The outcome of decisions on support (arrangements, TLV). */
        BESLUITEN,
        /** The transfer to another school: which school; with gezag also the advice. */
        OVERSTAP,
        /** What happened, from the dossier's own records. */
        TIJDLIJN,
        /** The consents, given and withdrawn. */
        TOESTEMMINGEN
    }

    /**
     * What the family's pages offer a person to do. This rule only says whether the role may act at all; where a
     * domain rule decides who answers (consent per kind: {@link nl.eenplan.dossier.Leeftijdsregel}; OPP instemming:
     * {@code opp.Instemmingsregel}), the action also asks that rule and refuses what it refuses.
     */
    enum Handeling {
        /** Give or withdraw a consent of one's own (AVG art. 7 lid 3; who gives which kind: Leeftijdsregel). */
        TOESTEMMING,
        /** Agree or disagree with the OPP's handelingsdeel (WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44). */
        OPP_INSTEMMING,
        /** Add one's view to the overstapdossier before it goes to the new school (onderwijskundig rapport: WPO art. 42). */
        OVERSTAP_ZIENSWIJZE,
        /** Accept an MDO date or propose others. */
        MDO_REACTIE,
        /** Fill in the closing survey of an arrangement (satisfaction and benefit feed the monitor). */
        ENQUETE,
        /** Add to an evaluation meant for the family. */
        EVALUATIE,
        /** Upload a document (a specialist's report). */
        DOCUMENT,
        /** Ask for a correction or object (AVG art. 16 and 21), about one's own data or, with gezag, the child's. */
        AVG_VERZOEK
    }

    /** What a parent without gezag is told (BW art. 1:377c lid 1). */
    enum ZonderGezag { BELANGRIJKE_FEITEN, NIETS }

    /** Who is asking: the pupil herself, or a guardian with their gezag (null: not confirmed) and court order. */
    record Wie(boolean leerling, Boolean gezag, boolean informatieBeperkt) {

        static Wie deLeerling() {
            return new Wie(true, null, false);
        }

        static Wie ouder(Boolean gezag, boolean informatieBeperkt) {
            return new Wie(false, gezag, informatieBeperkt);
        }
    }

    /**
     * What this person sees and may do: the parts, the actions, the message key that explains the row to them, and
     * the articles.
     */
    record Inzage(Set<Onderdeel> onderdelen, Set<Handeling> handelingen, String uitleg, String grondslag) {

        boolean ziet(Onderdeel onderdeel) {
            return onderdelen.contains(onderdeel);
        }

        boolean mag(Handeling handeling) {
            return handelingen.contains(handeling);
        }

        boolean niets() {
            return onderdelen.isEmpty();
        }
    }

    private static final Set<Onderdeel> ALLES = EnumSet.allOf(Onderdeel.class);
    private static final Set<Handeling> ALLE_HANDELINGEN = EnumSet.allOf(Handeling.class);
    /** Nobody here sees or does anything. */
    private static final Set<Handeling> GEEN = Set.of();

    private final boolean zorgVoorOudersVanaf16;
    private final ZonderGezag zonderGezag;

    Gezinsregel(@Value("${eenplan.gezin.zorg-voor-ouders-vanaf-16:false}") boolean zorgVoorOudersVanaf16,
                @Value("${eenplan.gezin.zonder-gezag:BELANGRIJKE_FEITEN}") ZonderGezag zonderGezag) {
        this.zorgVoorOudersVanaf16 = zorgVoorOudersVanaf16;
        this.zonderGezag = zonderGezag;
    }

    /** Whole years on this day ({@link Period#between}: born 29 February, a year older on 1 March). */
    static int leeftijd(LocalDate geboortedatum, LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    Inzage inzage(Wie wie, LocalDate geboortedatum, LocalDate vandaag) {
        int leeftijd = leeftijd(geboortedatum, vandaag);
        return wie.leerling() ? leerling(leeftijd) : ouder(wie, leeftijd);
    }

    private static Inzage leerling(int leeftijd) {
        if (leeftijd < 12) {
            return new Inzage(Set.of(), GEEN, "gezin.regel.leerling-onder-12",
                    "Jeugdwet art. 7.3.4 (onder 12 beslissen de ouders met gezag)");
        }
        if (leeftijd < 16) {
            // The pupil co-decides on jeugdhulp (Leeftijdsregel JEUGDWET) and takes part in her own plan.
            return new Inzage(EnumSet.of(Onderdeel.DOELEN, Onderdeel.AFSPRAKEN, Onderdeel.ZORGDEEL, Onderdeel.MDO,
                    Onderdeel.TOESTEMMINGEN), EnumSet.of(Handeling.TOESTEMMING, Handeling.MDO_REACTIE,
                    Handeling.ENQUETE, Handeling.EVALUATIE), "gezin.regel.leerling-12-15",
                    "Jeugdwet art. 7.3.4 lid 2 en WGBO art. 7:450 lid 2 (vanaf 12 beslist de leerling mee)");
        }
        // OPP instemming: Instemmingsregel lets the pupil answer from 18 only; it refuses a pupil of 16 or 17.
        return new Inzage(ALLES, ALLE_HANDELINGEN, "gezin.regel.leerling-vanaf-16",
                "AVG art. 8 en UAVG art. 5, Jeugdwet art. 7.3.5 (vanaf 16 beslist de leerling zelf)");
    }

    private Inzage ouder(Wie wie, int leeftijd) {
        if (wie.informatieBeperkt()) {
            return new Inzage(Set.of(), GEEN, "gezin.regel.informatie-beperkt",
                    "BW art. 1:377c lid 2 en art. 1:377a lid 3");
        }
        if (leeftijd >= 18) {
            return new Inzage(Set.of(), GEEN, "gezin.regel.meerderjarig",
                    "BW art. 1:233 en 1:245 (het gezag eindigt op 18)");
        }
        if (wie.gezag() == null) {
            return new Inzage(Set.of(), GEEN, "gezin.regel.gezag-onbekend",
                    "BW art. 1:245 en 1:377c (zonder bevestigd gezag geen inzage)");
        }
        if (!wie.gezag()) {
            // Without gezag a parent decides nothing for the child; the AVG rights on their own data remain (AVG art.
            // 16 and 21 are the data subject's own).
            Set<Handeling> eigenGegevens = EnumSet.of(Handeling.AVG_VERZOEK);
            return zonderGezag == ZonderGezag.NIETS
                    ? new Inzage(Set.of(), eigenGegevens, "gezin.regel.zonder-gezag-niets", "BW art. 1:377c lid 1")
                    : new Inzage(EnumSet.of(Onderdeel.DOELEN, Onderdeel.MDO, Onderdeel.BESLUITEN, Onderdeel.OVERSTAP),
                    eigenGegevens, "gezin.regel.zonder-gezag", "BW art. 1:377c lid 1 (belangrijke feiten en omstandigheden)");
        }
        if (leeftijd >= 16 && !zorgVoorOudersVanaf16) {
            Set<Onderdeel> zonderZorg = EnumSet.copyOf(ALLES);
            zonderZorg.removeAll(Set.of(Onderdeel.ZORGDEEL, Onderdeel.TOESTEMMINGEN));
            // From 16 the consents are the pupil's (Leeftijdsregel), whatever the parents may see.
            Set<Handeling> zonderToestemming = EnumSet.copyOf(ALLE_HANDELINGEN);
            zonderToestemming.remove(Handeling.TOESTEMMING);
            return new Inzage(zonderZorg, zonderToestemming, "gezin.regel.gezag-16-17",
                    "BW art. 1:245 en 1:247; Jeugdwet art. 7.3.5 en 7.3.11, WGBO art. 7:447 en 7:457 (de zorg is van "
                            + "de leerling vanaf 16)");
        }
        return new Inzage(ALLES, ALLE_HANDELINGEN, "gezin.regel.gezag",
                "BW art. 1:245 en 1:247 (gezag), UAVG art. 5 lid 1 (wettelijk vertegenwoordiger onder 16)");
    }
}
