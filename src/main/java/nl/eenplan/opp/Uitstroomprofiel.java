package nl.eenplan.opp;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.eenplan.dossier.Onderwijssoort;

/**
 * The uitstroomprofiel of an OPP, the one place that says which fits which onderwijssoort. The OPP names the expected
 * uitstroombestemming and its onderbouwing (WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (voorheen WVO art. 26); Besluit inhoud
 * ontwikkelingsperspectief). In po and so that is the kind of secondary education the pupil is expected to go to
 * (praktijkonderwijs, the vmbo routes, havo, vwo, or vso); in vso one of the three uitstroomprofielen of the WEC
 * (art. 14a: vervolgonderwijs, arbeidsmarkt, dagbesteding); in vo the same three (vo leads to further education or, in
 * praktijkonderwijs, to work). The mbo has no OPP (the WEB has no such duty): none fits.
 */
public enum Uitstroomprofiel {
    PRAKTIJKONDERWIJS(Onderwijssoort.PO, Onderwijssoort.SO),
    VMBO_BASIS(Onderwijssoort.PO, Onderwijssoort.SO),
    VMBO_KADER(Onderwijssoort.PO, Onderwijssoort.SO),
    VMBO_GEMENGD_THEORETISCH(Onderwijssoort.PO, Onderwijssoort.SO),
    HAVO(Onderwijssoort.PO, Onderwijssoort.SO),
    VWO(Onderwijssoort.PO, Onderwijssoort.SO),
    VSO(Onderwijssoort.PO, Onderwijssoort.SO),
    VERVOLGONDERWIJS(Onderwijssoort.VO, Onderwijssoort.VSO),
    ARBEIDSMARKT(Onderwijssoort.VO, Onderwijssoort.VSO),
    DAGBESTEDING(Onderwijssoort.VO, Onderwijssoort.VSO);

    private final Set<Onderwijssoort> soorten;

    Uitstroomprofiel(Onderwijssoort... soorten) {
        this.soorten = Set.of(soorten);
    }

    /** Whether this profile fits a pupil of this onderwijssoort (unknown: every profile, the school knows best). */
    public boolean past(Onderwijssoort soort) {
        return soort == null || soorten.contains(soort);
    }

    /** The profiles that fit, for the message when another was chosen. */
    public static List<Uitstroomprofiel> voor(Onderwijssoort soort) {
        return Arrays.stream(values()).filter(p -> p.past(soort)).toList();
    }
}
