package nl.eenplan.tlv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.eenplan.web.Veldfout;

/**
 * The one rule on the deskundigen behind a TLV. The SWV decides whether a pupil is toelaatbaar to sbo, so or vso
 * (WPO art. 18a; WVO 2020 art. 2.47; the WEC admits to so/vso only with a TLV) and asks deskundigen first; Besluit
 * bekostiging WPO art. 34.8 "Deskundigen samenwerkingsverband" (on WPO art. 18a lid 11; WVO 2020 art. 2.47 lid 14)
 * says who:
 * <em>twee onafhankelijke deskundigen, in ieder geval een orthopedagoog of een psycholoog en, afhankelijk van de
 * leerling over wiens toelaatbaarheid wordt geadviseerd, ten minste een tweede deskundige: een kinder- of
 * jeugdpsycholoog, een pedagoog, een kinderpsychiater, een maatschappelijk werker of een arts</em>. As the Landelijke
 * Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) reads it:
 * <ul>
 *   <li>each advice is independent and written, by a named deskundige (no collective advice: LBT 18 February 2019,
 *       108582), so two different people;</li>
 *   <li>a deskundige of the school that requested the TLV is not independent (LBT 4 January 2017, 107442);</li>
 *   <li>two orthopedagogen are allowed, but deskundigen from different disciplines are preferred (LBT 13 January 2020,
 *       109046). EenPlan asks a different discipline by default (the second view the law names "afhankelijk van de
 *       leerling" protects the pupil); an SWV whose practice accepts the same discipline twice sets
 *       {@code eenplan.tlv.tweede-deskundige-andere-discipline=false}.</li>
 * </ul>
 * An advice is dated, and not in the future.
 */
public final class Deskundigenregel {

    private Deskundigenregel() {
    }

    /**
     * What is wrong with these two advices for a TLV requested by this school (BRIN and name), as errors on the fields
     * {@code eerste.*} and {@code tweede.*}; empty when they may carry a TLV.
     */
    public static List<Veldfout> toets(Deskundige eerste, Deskundige tweede, String schoolBrin, String schoolNaam,
                                       LocalDate vandaag, boolean andereDiscipline) {
        List<Veldfout> fouten = new ArrayList<>();
        if (!eerste.discipline().isEerste() && !tweede.discipline().isEerste()) {
            fouten.add(new Veldfout("eerste.discipline", "Een TLV vraagt in ieder geval een orthopedagoog of een "
                    + "psycholoog als deskundige; geen van beiden is dat."));
        } else if (andereDiscipline && eerste.discipline() == tweede.discipline()) {
            fouten.add(new Veldfout("tweede.discipline", "De tweede deskundige komt uit een andere discipline dan de "
                    + "eerste (" + eerste.discipline().naam() + "): afhankelijk van de leerling een kinder- of "
                    + "jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts."));
        }
        if (zelfde(eerste.naam(), tweede.naam())) {
            fouten.add(new Veldfout("tweede.door", "Een TLV vraagt twee onafhankelijke deskundigen: het tweede advies "
                    + "komt van iemand anders."));
        }
        onafhankelijk("eerste", eerste, schoolBrin, schoolNaam, fouten);
        onafhankelijk("tweede", tweede, schoolBrin, schoolNaam, fouten);
        gedateerd("eerste", eerste, vandaag, fouten);
        gedateerd("tweede", tweede, vandaag, fouten);
        return fouten;
    }

    private static void onafhankelijk(String welke, Deskundige d, String schoolBrin, String schoolNaam,
                                      List<Veldfout> fouten) {
        if (zelfde(d.brin(), schoolBrin)) {
            fouten.add(new Veldfout(welke + ".brin", "Deze deskundige werkt voor de school die de TLV aanvraagt ("
                    + schoolBrin + ") en is dus niet onafhankelijk; vraag een deskundige van buiten die school."));
        } else if (zelfde(d.organisatie(), schoolNaam)) {
            fouten.add(new Veldfout(welke + ".organisatie", "Deze deskundige werkt voor de school die de TLV aanvraagt ("
                    + schoolNaam + ") en is dus niet onafhankelijk; vraag een deskundige van buiten die school."));
        }
    }

    private static void gedateerd(String welke, Deskundige d, LocalDate vandaag, List<Veldfout> fouten) {
        if (d.datum() != null && d.datum().isAfter(vandaag)) {
            fouten.add(new Veldfout(welke + ".datum", "De datum van het advies ligt in de toekomst."));
        }
    }

    /** The same name, BRIN or organisation: case, spaces and punctuation do not count. */
    static boolean zelfde(String a, String b) {
        return a != null && b != null && !kaal(a).isEmpty() && kaal(a).equals(kaal(b));
    }

    private static String kaal(String tekst) {
        return tekst.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
