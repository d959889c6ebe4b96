package nl.eenplan.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the monitor's figures add up, for the suppression ({@link Onderdrukking}): for one school's cell of a figure,
 * the inner cells (one school's count of one kind of case) that each of its additive quantities is the sum of, named
 * by their kind (the caller tells the schools apart). A gemeente's, SWV's or the total cell is the sum of its schools'
 * cells.
 *
 * <p>Most figures count cases of their own: their cell at a school is one inner cell, and splitting it per step
 * ({@code termijnGehaald}) gives one per step. Some figures count the same cases as others, or their sum, and share
 * inner cells with them, so that a subtraction across figures is seen as well:
 * <ul>
 *   <li>{@code escalatieTotBeoordeling} counts the escalations that {@code escalatiesPerReden} splits per reason;</li>
 *   <li>{@code zorgplichtBinnen6Weken} and {@code 10Weken} count the same admissions (toelating; issue 23), so
 *       their inner cells are the kinds of admission: decided or temporarily enrolled within 6 weeks, within 10,
 *       or later (or not yet, past its term);</li>
 *   <li>{@code aanvraagTotStartArrangement} counts the decided arrangement requests that started, and
 *       {@code uitval} adds all decided requests to the checked transitions of {@code ingeschrevenNaOverstap}. Here
 *       the numerators add up across figures too (uitval's "no place" = the transitions not enrolled + the requests
 *       without a place), so the inner cells are the kinds of case: enrolled or not, and a place or none;</li>
 *   <li>the closing-survey means of one kind of giver are over the same answers (one answer of a parent fills both
 *       parents' figures, one of the pupil both pupils' figures: table arrangement_enquete, issue #24);</li>
 *   <li>{@code thuiszitters} counts the tables of the thuiszittersaanpak closed with the pupil back in education,
 *       {@code thuiszittersTerugBinnen12Weken} those and the other decided tables (closed otherwise, or 12 weeks at
 *       home without a return), its numerator those back within 12 weeks: kinds back within 12 weeks, back later,
 *       not back.</li>
 * </ul>
 * Other figures overlap without being sums (a thuiszitter's closed escalation, a step's deadline): no equation
 * links them. A share's numerator and a mean's sum add up exactly like its cases, and so do the distinct pupils
 * (a pupil belongs to one school); where those quantities add up only within one figure, protecting the cases
 * protects them too, so only the cases are modelled, plus the numerators of the figures linked through {@code uitval}.
 * An inner cell without cases (a school without thuiszitters) is left out: a known zero.
 */
final class Samenhang {

    /** What the linked figures need of one school's cells: their cases, the cases that met the condition, the parts. */
    interface Tellingen {
        long aantal(String indicator, String brin);

        long ja(String indicator, String brin);

        Set<String> onderdelen(String indicator, String brin);
    }

    private static final List<String> OVERSTAP_EN_ARRANGEMENT = List.of("ingeschrevenNaOverstap", "uitval",
            "aanvraagTotStartArrangement");
    private static final List<String> ZORGPLICHT = List.of("zorgplichtBinnen6Weken", "zorgplichtBinnen10Weken");
    private static final List<String> THUISZITTERS = List.of("thuiszitters", "thuiszittersTerugBinnen12Weken");
    private static final List<String> ENQUETE_OUDERS = List.of("tevredenheidOuders", "ervarenBaatOuders");
    private static final List<String> ENQUETE_LEERLING = List.of("tevredenheidLeerling", "ervarenBaatLeerling");

    private Samenhang() {
    }

    /**
     * The inner cells of each additive quantity of one school's cell of a figure (and step or reason), by the kind of
     * case they count: the school's inner cell of that kind (the caller tells the schools apart).
     */
    static List<Set<String>> sommen(String indicator, String onderdeel, String brin, Tellingen t) {
        if (indicator.equals("escalatiesPerReden")) {
            return List.of(Set.of("escalatie|" + onderdeel));
        }
        if (indicator.equals("escalatieTotBeoordeling")) {
            Set<String> redenen = new TreeSet<>();
            t.onderdelen("escalatiesPerReden", brin).forEach(r -> redenen.add("escalatie|" + r));
            return List.of(redenen);
        }
        if (ENQUETE_OUDERS.contains(indicator)) {
            return List.of(Set.of("enquete ouders"));
        }
        if (ENQUETE_LEERLING.contains(indicator)) {
            return List.of(Set.of("enquete leerling"));
        }
        if (THUISZITTERS.contains(indicator)) {
            return thuiszitters(indicator, brin, t);
        }
        if (OVERSTAP_EN_ARRANGEMENT.contains(indicator)) {
            return overstapEnArrangement(indicator, brin, t);
        }
        if (ZORGPLICHT.contains(indicator)) {
            return zorgplicht(indicator, brin, t);
        }
        return List.of(Set.of(indicator + "|" + onderdeel)); // not split: onderdeel "null", the same at every school
    }

    /**
     * The kinds of case behind uitval, per school, counted from the school's cells: transitions enrolled or not,
     * arrangement requests with a place or none. Then every figure of the group is a sum of kinds: its cases (and,
     * for a share, the cases that met it).
     */
    private static List<Set<String>> overstapEnArrangement(String indicator, String brin, Tellingen t) {
        long gestart = t.aantal("aanvraagTotStartArrangement", brin);
        Map<String, Long> soorten = new LinkedHashMap<>();
        soorten.put("ingeschreven", t.ja("ingeschrevenNaOverstap", brin));
        soorten.put("niet ingeschreven", t.aantal("ingeschrevenNaOverstap", brin) - t.ja("ingeschrevenNaOverstap", brin));
        soorten.put("plek", gestart);
        soorten.put("geen plek", t.aantal("uitval", brin) - t.aantal("ingeschrevenNaOverstap", brin) - gestart);
        List<String> overstap = List.of("ingeschreven", "niet ingeschreven");
        List<String> alle = List.of("ingeschreven", "niet ingeschreven", "plek", "geen plek");
        List<List<String>> sommen = switch (indicator) {
            case "ingeschrevenNaOverstap" -> List.of(overstap, List.of("ingeschreven"));
            case "uitval" -> List.of(alle, List.of("niet ingeschreven", "geen plek"));
            default -> List.of(List.of("plek")); // started
        };
        return cellen(soorten, sommen);
    }

    /** The kinds of admission per school: within 6 weeks, within 10, later (or past its term undecided). */
    private static List<Set<String>> zorgplicht(String indicator, String brin, Tellingen t) {
        Map<String, Long> soorten = new LinkedHashMap<>();
        soorten.put("toelating binnen 6 weken", t.ja("zorgplichtBinnen6Weken", brin));
        soorten.put("toelating binnen 10 weken", t.ja("zorgplichtBinnen10Weken", brin) - t.ja("zorgplichtBinnen6Weken", brin));
        soorten.put("toelating later", t.aantal("zorgplichtBinnen10Weken", brin) - t.ja("zorgplichtBinnen10Weken", brin));
        List<String> alle = List.copyOf(soorten.keySet());
        List<List<String>> sommen = indicator.equals("zorgplichtBinnen6Weken")
                ? List.of(alle, List.of("toelating binnen 6 weken"))
                : List.of(alle, List.of("toelating binnen 6 weken", "toelating binnen 10 weken"));
        return cellen(soorten, sommen);
    }

    private static List<Set<String>> cellen(Map<String, Long> soorten, List<List<String>> sommen) {
        List<Set<String>> uit = new ArrayList<>();
        for (List<String> som : sommen) {
            Set<String> cellen = new TreeSet<>();
            // A kind this school has none of is a known zero; one that came out negative (the data broke a rule
            // above) is kept as unknown, so nothing is assumed about it.
            som.stream().filter(s -> soorten.get(s) != 0).forEach(cellen::add);
            uit.add(cellen);
        }
        return uit;
    }

    /** The kinds of table behind the two thuiszitter figures, per school: back within 12 weeks, back later, not back. */
    private static List<Set<String>> thuiszitters(String indicator, String brin, Tellingen t) {
        Map<String, Long> soorten = new LinkedHashMap<>();
        soorten.put("thuiszitter terug binnen 12 weken", t.ja("thuiszittersTerugBinnen12Weken", brin));
        soorten.put("thuiszitter later terug", t.aantal("thuiszitters", brin)
                - t.ja("thuiszittersTerugBinnen12Weken", brin));
        soorten.put("thuiszitter niet terug", t.aantal("thuiszittersTerugBinnen12Weken", brin)
                - t.aantal("thuiszitters", brin));
        List<String> terug = List.of("thuiszitter terug binnen 12 weken", "thuiszitter later terug");
        List<String> alle = List.of("thuiszitter terug binnen 12 weken", "thuiszitter later terug",
                "thuiszitter niet terug");
        List<List<String>> sommen = indicator.equals("thuiszitters") ? List.of(terug)
                : List.of(alle, List.of("thuiszitter terug binnen 12 weken"));
        return cellen(soorten, sommen);
    }
}
