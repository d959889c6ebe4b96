package nl.eenplan.tlv;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.web.Veldfout;

/**
 * The one rule on what a granted TLV states. The SWV decides on toelaatbaarheid (WPO art. 18a; WVO 2020 on the
 * samenwerkingsverband) and states in its decision the kind of school and, for so and vso, the bekostigingscategorie
 * (laag, midden, hoog: categorie 1, 2, 3 of the WEC's funding; the TLV for so/vso is valid nationally), and its
 * duration: the law leaves the duration to the SWV (WPO art. 18a; WEC art. 40: admission to so/vso with a TLV). sbo has
 * no bekostigingscategorie, so a TLV for sbo has none. SWVs give a TLV for at least one (school) year; EenPlan refuses a
 * shorter one by default ({@code eenplan.tlv.minimale-duur}, default P1Y: the end at least on the day before the same
 * date a year later), so a pupil is not sent back to a new procedure within the year. The end is after the start.
 */
public final class Tlvregel {

    /** What the SWV granted. */
    public record Gegevens(Tlv.Soort soort, Tlv.Categorie categorie, LocalDate startdatum, LocalDate einddatum) {
    }

    private Tlvregel() {
    }

    /** What is wrong with these facts of a TLV, as errors on the fields {@code tlvSoort}, {@code categorie}, ...; */
    public static List<Veldfout> toets(Gegevens g, Period minimaleDuur) {
        List<Veldfout> fouten = new ArrayList<>();
        if (g.soort() == null) {
            fouten.add(new Veldfout("tlvSoort", "Kies waartoe de leerling toelaatbaar is: SBO, SO of VSO."));
        } else if (g.soort() == Tlv.Soort.SBO && g.categorie() != null) {
            fouten.add(new Veldfout("categorie", "Een TLV voor het speciaal basisonderwijs heeft geen "
                    + "bekostigingscategorie; laat de categorie leeg."));
        } else if (g.soort() != Tlv.Soort.SBO && g.categorie() == null) {
            fouten.add(new Veldfout("categorie", "Kies de bekostigingscategorie van de TLV voor het (voortgezet) "
                    + "speciaal onderwijs: LAAG, MIDDEN of HOOG."));
        }
        if (g.startdatum() == null) {
            fouten.add(new Veldfout("startdatum", "Vul de datum in waarop de TLV ingaat."));
        }
        if (g.einddatum() == null) {
            fouten.add(new Veldfout("einddatum", "Vul de datum in tot en met wanneer de TLV geldt."));
        }
        if (g.startdatum() != null && g.einddatum() != null) {
            LocalDate minimaal = g.startdatum().plus(minimaleDuur).minusDays(1);
            if (!g.einddatum().isAfter(g.startdatum())) {
                fouten.add(new Veldfout("einddatum", "De einddatum ligt na de startdatum."));
            } else if (g.einddatum().isBefore(minimaal)) {
                fouten.add(new Veldfout("einddatum", "Een TLV geldt minstens " + duur(minimaleDuur) + ": bij start op "
                        + g.startdatum() + " tot en met ten minste " + minimaal + "."));
            }
        }
        return fouten;
    }

    private static String duur(Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return p.getYears() == 1 ? "een jaar" : p.getYears() + " jaar";
        }
        return p.toString();
    }
}
