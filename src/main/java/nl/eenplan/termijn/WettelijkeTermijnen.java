package nl.eenplan.termijn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The rows of {@code termijnen.dmn} and {@code overstapkalender.dmn} that the law sets, not a local agreement: their
 * column {@code grondslag} names the law and article. Their amount and unit (a date: month and day) are fixed here,
 * for every onderwijssoort; the reminder before them stays the process owner's. A change of a statutory row is a
 * developer's: this class and {@code TermijnenDmnTest} (which pins every value with its article) change together
 * (docs/termijnen.md). {@link WettelijkeTermijnenControle} refuses a deployment that changes one.
 *
 * <p>The article numbers of WPO and WEC were checked against the published text of 2014 (passend onderwijs);
 * where the law is unclear, the reading that protects the pupil is chosen (docs/termijnen.md).
 */
public final class WettelijkeTermijnen {

    /** The decision with the durations, {@code processes/termijnen.dmn}. */
    public static final String TERMIJNEN_TABEL = "termijnen";
    /** The decision with the fixed dates of a transition, {@code processes/overstapkalender.dmn}. */
    public static final String OVERSTAPKALENDER_TABEL = "overstapkalender";
    /** The output column with the law and article; empty: a local agreement. */
    public static final String GRONDSLAG = "grondslag";

    /** A statutory duration in termijnen.dmn, the same for every onderwijssoort. */
    public record Termijn(String proces, String stap, int aantal, Eenheid eenheid, String grondslag) {

        String omschrijving() {
            return aantal + " " + eenheid.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A statutory date in overstapkalender.dmn (month and day in the school year's second calendar year). */
    public record Datum(String overstapsoort, String stap, int maand, int dag, String grondslag) {
    }

    /**
     * The zorgplicht, cited once for every row and text that names it: the board decides on admission within 6 weeks
     * of the written application, once extended by at most 4 with the parents told in writing; no decision then:
     * temporary enrolment at the school applied to (WPO art. 40 "Toelating en verwijdering van leerlingen"; the same in
     * WEC art. 40 and the WVO 2020 on toelating). The article, not a lid: the rule spans several leden (the term, the
     * extension, the temporary enrolment), and the rows of the previous arrangement version cited one lid for all.
     */
    public static final String ZORGPLICHT = "WPO art. 40; WEC art. 40; WVO 2020 (toelating)";
    private static final String TOELATING = ZORGPLICHT;

    /**
     * The OPP: set within 6 weeks of enrolment (placement), after op overeenstemming gericht overleg with the parents, its
     * handelingsdeel with their instemming, evaluated with them at least once per school year (WPO art. 40a, WEC art.
     * 41a, the WVO 2020 on the ontwikkelingsperspectief, formerly WVO art. 26). "Once per school year" is read as an
     * evaluation moment 11 months after the last one, so the evaluation with its own term falls within a year.
     */
    private static final String OPP = "WPO art. 40a; WEC art. 41a; WVO 2020 art. 2.44";

    public static final List<Termijn> TERMIJNEN = List.of(
            new Termijn("arrangement", "zorgplicht", 6, Eenheid.WEKEN,
                    ZORGPLICHT + ": beslissen binnen 6 weken na ontvangst van de aanmelding"),
            new Termijn("arrangement", "zorgplichtVerlenging", 4, Eenheid.WEKEN,
                    ZORGPLICHT + ": eenmaal verlengen met ten hoogste 4 weken"),
            new Termijn("arrangement", "verlengen", 0, Eenheid.WERKDAGEN,
                    ZORGPLICHT + ": verlengen kan alleen binnen de 6 weken"),
            new Termijn("toelating", "zorgplicht", 6, Eenheid.WEKEN,
                    TOELATING + ": beslissen binnen 6 weken na ontvangst van de schriftelijke aanmelding"),
            new Termijn("toelating", "zorgplichtVerlenging", 4, Eenheid.WEKEN,
                    TOELATING + ": eenmaal verlengen met ten hoogste 4 weken"),
            new Termijn("toelating", "verlengen", 0, Eenheid.WERKDAGEN,
                    TOELATING + ": verlengen kan alleen binnen de 6 weken"),
            new Termijn("toelating", "besluiten", 0, Eenheid.WERKDAGEN,
                    TOELATING + ": beslissen binnen de (eenmaal verlengde) termijn"),
            new Termijn("toelating", "beslistermijnNaBezwaartermijn", 4, Eenheid.WEKEN, "WPO art. 40 lid 12: het "
                    + "bevoegd gezag van een openbare school beslist op het bezwaar binnen 4 weken na afloop van de "
                    + "bezwaartermijn"),
            new Termijn("toelating", "beslistermijnNaOntvangst", 4, Eenheid.WEKEN, "WPO art. 63 lid 2 (bijzondere "
                    + "school); WVO 2020 art. 8.8 lid 5-6 (voortgezet onderwijs): het bevoegd gezag beslist binnen 4 "
                    + "weken na ontvangst van het verzoek om herziening of het bezwaar"),
            new Termijn("toelating", "bezwaarBeslissen", 0, Eenheid.WERKDAGEN, "WPO art. 40 lid 12 (openbare school) "
                    + "of WPO art. 63 lid 2 (bijzondere school); WVO 2020 art. 8.8 lid 5-6 (voortgezet onderwijs): "
                    + "beslissen uiterlijk op de laatste dag van de beslistermijn"),
            new Termijn("arrangement", "bezwaar", 6, Eenheid.WEKEN,
                    "Awb art. 6:7 (bezwaartermijn 6 weken; begint de dag na bekendmaking, art. 6:8)"),
            new Termijn("arrangement", "beslistermijnBezwaar", 6, Eenheid.WEKEN,
                    "Awb art. 7:10 lid 1: beslissen op bezwaar binnen 6 weken na afloop van de bezwaartermijn"),
            new Termijn("arrangement", "beslistermijnBezwaarAdviescommissie", 12, Eenheid.WEKEN,
                    "Awb art. 7:10 lid 1 en 7:13: binnen 12 weken na afloop van de bezwaartermijn als een "
                            + "adviescommissie adviseert (TLV: de LBT)"),
            new Termijn("arrangement", "bezwaarBeslissen", 0, Eenheid.WERKDAGEN,
                    "Awb art. 7:10 lid 1: beslissen op bezwaar uiterlijk op de laatste dag van de beslistermijn"),
            // The home gemeente's objection step on jeugdhulp (process jeugdhulpbesluit, issue #23): the same rule.
            new Termijn("jeugdhulpbesluit", "bezwaarBeslissen", 0, Eenheid.WERKDAGEN,
                    "Awb art. 7:10 lid 1: beslissen op bezwaar uiterlijk op de laatste dag van de beslistermijn"),
            // The SWV's objection step after a school change (process besluitbezwaar, issue #23 leftovers B): the same rule.
            new Termijn("besluitbezwaar", "bezwaarBeslissen", 0, Eenheid.WERKDAGEN,
                    "Awb art. 7:10 lid 1: beslissen op bezwaar uiterlijk op de laatste dag van de beslistermijn"),
            new Termijn("arrangement", "opp", 6, Eenheid.WEKEN,
                    "WPO art. 40a; WEC art. 41a; WVO 2020 art. 2.44: uiterlijk 6 weken na inschrijving"),
            new Termijn("opp", "opstellen", 6, Eenheid.WEKEN, OPP + ": uiterlijk 6 weken na inschrijving, na op "
                    + "overeenstemming gericht overleg met de ouders"),
            new Termijn("opp", "jaarevaluatie", 11, Eenheid.MAANDEN, OPP + ": ten minste eenmaal per schooljaar met de "
                    + "ouders evalueren"),
            // A family's request under AVG art. 16 or 21 (process avgVerzoek, issue #24): one month, once extended.
            new Termijn("avgVerzoek", "verzoekBehandelen", 1, Eenheid.MAANDEN,
                    "AVG art. 12 lid 3: binnen een maand na ontvangst van het verzoek"),
            new Termijn("avgVerzoek", "verlengdVerzoekBehandelen", 0, Eenheid.WERKDAGEN,
                    "AVG art. 12 lid 3: beantwoorden uiterlijk op de verlengde datum (hoogstens twee maanden extra)"),
            new Termijn("verzuim", "melden", 5, Eenheid.WERKDAGEN,
                    "Leerplichtwet 1969 art. 21 en 21a: onverwijld melden (Inspectie: binnen 5 werkdagen)"));

    private static final String DOORSTROOM = "Wet doorstroomtoetsen po (Kamerstukken 35671)";

    public static final List<Datum> OVERSTAPKALENDER = List.of(
            new Datum("PO_VO", "voorlopigAdvies", 1, 31, DOORSTROOM + ": voorlopig schooladvies uiterlijk 31 januari"),
            new Datum("PO_VO", "definitiefAdvies", 3, 24, DOORSTROOM + ": definitief schooladvies uiterlijk 24 maart"),
            new Datum("PO_VO", "aanmelden", 3, 31, DOORSTROOM + ": centrale aanmeldweek vo 25 tot en met 31 maart"),
            new Datum("VO_MBO", "aanmelden", 4, 1, "WEB art. 8.0.1: aanmelden uiterlijk op 1 april geeft toelatingsrecht"));

    /** Every onderwijssoort a pupil can have, and none (a process that does not know it). */
    static final List<String> ONDERWIJSSOORTEN;

    static {
        List<String> soorten = new ArrayList<>(Arrays.stream(Onderwijssoort.values()).map(Enum::name).toList());
        soorten.add(null);
        ONDERWIJSSOORTEN = java.util.Collections.unmodifiableList(soorten);
    }

    private WettelijkeTermijnen() {
    }

    /**
     * What in the decisions {@code termijnen} and {@code overstapkalender} of this DMN file differs from the law, as
     * sentences for a process owner; empty when the file has neither decision or both follow the law.
     */
    public static List<String> afwijkingen(DmnEngine engine, DmnModelInstance model) {
        Map<String, DmnDecision> beslissingen = new HashMap<>();
        for (DmnDecision d : engine.parseDecisions(model)) {
            beslissingen.put(d.getKey(), d);
        }
        List<String> afwijkingen = new ArrayList<>();
        DmnDecision termijnen = beslissingen.get(TERMIJNEN_TABEL);
        if (termijnen != null) {
            for (Termijn t : TERMIJNEN) {
                afwijkingen.addAll(afwijkingen(engine, termijnen, t));
            }
            afwijkingen.addAll(onterechtWettelijk(model, TERMIJNEN_TABEL, "proces", "stap",
                    TERMIJNEN.stream().map(t -> List.of(t.proces(), t.stap())).toList()));
        }
        DmnDecision kalender = beslissingen.get(OVERSTAPKALENDER_TABEL);
        if (kalender != null) {
            for (Datum d : OVERSTAPKALENDER) {
                afwijkingen.addAll(afwijkingen(engine, kalender, d));
            }
            afwijkingen.addAll(onterechtWettelijk(model, OVERSTAPKALENDER_TABEL, "overstapsoort", "stap",
                    OVERSTAPKALENDER.stream().map(d -> List.of(d.overstapsoort(), d.stap())).toList()));
        }
        return afwijkingen;
    }

    private static List<String> afwijkingen(DmnEngine engine, DmnDecision tabel, Termijn t) {
        List<String> afwijkingen = new ArrayList<>();
        String wat = "'" + t.proces() + " / " + t.stap() + "' is wettelijk (" + t.grondslag() + "): " + t.omschrijving();
        for (String soort : ONDERWIJSSOORTEN) {
            String voor = soort == null ? "zonder onderwijssoort" : "voor onderwijssoort " + soort;
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("proces", t.proces());
            invoer.put("stap", t.stap());
            invoer.put(Routering.SOORT.naam(), soort);
            Optional<DmnDecisionResultEntries> rij = evalueer(engine, tabel, invoer);
            if (rij.isEmpty()) {
                afwijkingen.add(wat + ", maar termijnen.dmn heeft " + voor + " geen rij meer. " + terug(t.omschrijving()));
                break;
            }
            Object aantal = rij.get().get("aantal");
            Object eenheid = rij.get().get("eenheid");
            Object grondslag = rij.get().get(GRONDSLAG);
            if (!(aantal instanceof Number n && n.longValue() == t.aantal() && eenheid instanceof String e
                    && e.trim().equalsIgnoreCase(t.eenheid().name()))) {
                afwijkingen.add(wat + ", maar termijnen.dmn geeft " + voor + " " + aantal + " " + eenheid + ". "
                        + terug(t.omschrijving()));
            } else if (!t.grondslag().equals(grondslag)) {
                afwijkingen.add(wat + ", maar in termijnen.dmn is de kolom Grondslag " + voor + " "
                        + grondslag(grondslag) + ". Zet daar weer \"" + t.grondslag() + "\".");
            }
            if (!afwijkingen.isEmpty()) {
                break; // one sentence per statutory row is enough
            }
        }
        return afwijkingen;
    }

    private static List<String> afwijkingen(DmnEngine engine, DmnDecision tabel, Datum d) {
        String datum = d.dag() + "-" + d.maand();
        String wat = "'" + d.overstapsoort() + " / " + d.stap() + "' is een wettelijke datum (" + d.grondslag() + "): "
                + datum;
        Optional<DmnDecisionResultEntries> rij = evalueer(engine, tabel,
                Map.of("overstapsoort", d.overstapsoort(), "stap", d.stap()));
        if (rij.isEmpty()) {
            return List.of(wat + ", maar overstapkalender.dmn heeft er geen rij meer voor. " + terug(datum));
        }
        Object maand = rij.get().get("maand");
        Object dag = rij.get().get("dag");
        if (!(maand instanceof Number m && m.intValue() == d.maand() && dag instanceof Number n && n.intValue() == d.dag())) {
            return List.of(wat + ", maar overstapkalender.dmn geeft dag " + dag + ", maand " + maand + ". " + terug(datum));
        }
        if (!d.grondslag().equals(rij.get().get(GRONDSLAG))) {
            return List.of(wat + ", maar in overstapkalender.dmn is de kolom Grondslag "
                    + grondslag(rij.get().get(GRONDSLAG)) + ". Zet daar weer \"" + d.grondslag() + "\".");
        }
        return List.of();
    }

    /** A grondslag on a row that is not statutory: only a developer marks a row as statutory. */
    private static List<String> onterechtWettelijk(DmnModelInstance model, String beslissing, String eersteInvoer,
                                                   String tweedeInvoer, List<List<String>> wettelijk) {
        if (!(model.getModelElementById(beslissing) instanceof Decision decision)
                || !(decision.getExpression() instanceof DecisionTable tabel)) {
            return List.of();
        }
        List<Output> uitvoer = List.copyOf(tabel.getOutputs());
        int kolom = -1;
        for (int i = 0; i < uitvoer.size(); i++) {
            if (GRONDSLAG.equals(uitvoer.get(i).getName())) {
                kolom = i;
            }
        }
        if (kolom < 0) {
            return List.of(beslissing + ".dmn mist de kolom Grondslag (uitvoer '" + GRONDSLAG + "'): zet de kolom terug "
                    + "met de wettelijke grondslagen, zoals in de laatste versie van het bestand.");
        }
        List<String> invoer = tabel.getInputs().stream().map(i -> i.getInputExpression() == null
                || i.getInputExpression().getText() == null ? "" : i.getInputExpression().getText().getTextContent().trim())
                .toList();
        int eerste = invoer.indexOf(eersteInvoer);
        int tweede = invoer.indexOf(tweedeInvoer);
        List<String> afwijkingen = new ArrayList<>();
        int nummer = 0;
        for (Rule regel : tabel.getRules()) {
            nummer++;
            List<OutputEntry> uit = List.copyOf(regel.getOutputEntries());
            String tekst = kolom < uit.size() ? tekst(uit.get(kolom).getText()) : "";
            if (tekst.isEmpty()) {
                continue;
            }
            List<InputEntry> in = List.copyOf(regel.getInputEntries());
            String a = eerste >= 0 && eerste < in.size() ? letterlijk(tekst(in.get(eerste).getText())) : null;
            String b = tweede >= 0 && tweede < in.size() ? letterlijk(tekst(in.get(tweede).getText())) : null;
            if (a == null || b == null || !wettelijk.contains(List.of(a, b))) {
                afwijkingen.add(beslissing + ".dmn, rij " + nummer + " (" + Objects.toString(a, "?") + " / "
                        + Objects.toString(b, "?") + ") heeft een grondslag, maar is geen wettelijke termijn: alleen een "
                        + "ontwikkelaar maakt een rij wettelijk. Maak de kolom Grondslag in die rij leeg.");
            }
        }
        return afwijkingen;
    }

    private static Optional<DmnDecisionResultEntries> evalueer(DmnEngine engine, DmnDecision tabel,
                                                              Map<String, Object> invoer) {
        return Optional.ofNullable(engine.evaluateDecision(tabel, invoer).getFirstResult());
    }

    private static String terug(String waarde) {
        return "Alleen een ontwikkelaar verandert een wettelijke termijn (docs/termijnen.md); zet de rij terug op "
                + waarde + ".";
    }

    private static String grondslag(Object waarde) {
        return waarde == null || waarde.toString().isBlank() ? "leeg" : "\"" + waarde + "\"";
    }

    private static String tekst(org.camunda.bpm.model.dmn.instance.Text text) {
        return text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
    }

    /** The string a FEEL input entry such as {@code "zorgplicht"} matches, or null when it is not one literal. */
    static String letterlijk(String feel) {
        if (feel.length() >= 2 && feel.startsWith("\"") && feel.endsWith("\"")
                && feel.indexOf('"', 1) == feel.length() - 1) {
            return feel.substring(1, feel.length() - 1);
        }
        return null;
    }
}
