package nl.eenplan.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.eenplan.dossier.Regio;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The properties every version of termijnen.dmn must have, whatever a process owner sets as local default: every step
 * a model asks for has a row for every onderwijssoort, no row is hidden by one above it, units exist, amounts count
 * forward unless the step has an anchor date, a reminder goes after the task starts, and no deadline ends on a day
 * nobody works (a weekend or feestdag, and for lesweken a school holiday). Each problem is a Dutch sentence saying what
 * to change in Camunda Modeler; rows are numbered as the Modeler numbers them.
 */
final class TermijnenEigenschappen {

    private static final List<String> EENHEDEN = List.of("werkdagen", "lesweken", "weken", "dagen", "maanden");

    /** One row of the table, as the Modeler shows it. */
    private record Rij(int nummer, String id, String proces, String stap, String onderwijssoort) {

        String naam() {
            return "Rij " + nummer + " (" + (proces == null ? "?" : proces) + " / " + (stap == null ? "?" : stap)
                    + (onderwijssoort == null ? "" : ", onderwijssoort " + onderwijssoort) + ")";
        }
    }

    /** A question to the table and the row that answers it. */
    private record Vraag(String proces, String stap, String onderwijssoort) {
    }

    private final DmnModelInstance model;
    private final List<Termijnstappen.Stap> stappen;
    private final Schoolkalender kalender;
    private final LocalDate van;
    private final LocalDate tot;

    private final List<Rij> rijen = new ArrayList<>();
    private final Map<String, Rij> rijPerId = new HashMap<>();
    private final Map<Vraag, String> winnaar = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> uitvoer = new HashMap<>();
    private final Set<String> problemen = new LinkedHashSet<>();

    /** The row that won the last evaluation on this thread (hit policy FIRST keeps only the first match). */
    private static final ThreadLocal<String> WINNAAR = new ThreadLocal<>();
    /**
     * Built once: starting the FEEL engine costs more than all evaluations of a test. Its FEEL engine remembers the
     * answers of cells that are one text (FeelMetGeheugen): the sweep asks the same cells over and over.
     */
    private static final DmnEngine ENGINE = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).feelEngineFactory(FeelMetGeheugen::new)
            .customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(
                    (DmnDecisionTableEvaluationEvent e) -> WINNAAR.set(
                            e.getMatchingRules().isEmpty() ? null : e.getMatchingRules().get(0).getId())))
            .buildEngine();

    /**
     * @param van first start day of a task tried, {@code tot} the last: every day between, in every region
     */
    TermijnenEigenschappen(DmnModelInstance model, List<Termijnstappen.Stap> stappen, Schoolkalender kalender,
                           LocalDate van, LocalDate tot) {
        this.model = model;
        this.stappen = stappen;
        this.kalender = kalender;
        this.van = van;
        this.tot = tot;
    }

    /** What to change, in Dutch; empty when the table has every property. */
    List<String> problemen() {
        DmnDecision tabel = lees();
        if (tabel == null) {
            return List.copyOf(problemen);
        }
        vraagAlles(tabel);
        verborgenRijen(tabel);
        gaten(tabel);
        Map<String, Rij> bruikbaar = waarden();
        kalender(tabel, bruikbaar);
        return List.copyOf(problemen);
    }

    /** The problems as one message for a process owner. */
    static String bericht(List<String> problemen) {
        return "processes/termijnen.dmn past niet bij de modellen (" + problemen.size() + (problemen.size() == 1
                ? " punt" : " punten") + "). Open het bestand in Camunda Modeler en pas aan (rijnummers zoals de Modeler "
                + "ze toont):\n- " + String.join("\n- ", problemen) + "\nSla op, deploy en commit het bestand "
                + "(docs/termijnen.md, \"Een lokale termijn veranderen\").";
    }

    private DmnDecision lees() {
        DecisionTable tabel = model.getModelElementsByType(DecisionTable.class).stream()
                .filter(t -> t.getParentElement() instanceof Decision d && "termijnen".equals(d.getId()))
                .findFirst().orElse(null);
        if (tabel == null) {
            problemen.add("termijnen.dmn heeft geen beslissing met id 'termijnen' meer: zet het id van de beslissing terug.");
            return null;
        }
        int nummer = 0;
        for (Rule regel : tabel.getRules()) {
            List<InputEntry> in = List.copyOf(regel.getInputEntries());
            Rij rij = new Rij(++nummer, regel.getId(), literal(in, 0), literal(in, 1), literal(in, 2));
            rijen.add(rij);
            rijPerId.put(rij.id(), rij);
        }
        try {
            return ENGINE.parseDecision("termijnen", model);
        } catch (RuntimeException e) {
            problemen.add("termijnen.dmn is niet te lezen: " + e.getMessage());
            return null;
        }
    }

    /**
     * Asks the table every proces and stap that a row or a model names, for every onderwijssoort; remembers which row
     * wins. A row that matches more than one proces or stap (not one text in quotes) is asked every combination.
     */
    private void vraagAlles(DmnDecision tabel) {
        Set<List<String>> paren = new LinkedHashSet<>();
        Set<String> processen = new TreeSet<>();
        Set<String> stapnamen = new TreeSet<>();
        Set<String> soorten = new LinkedHashSet<>(WettelijkeTermijnen.ONDERWIJSSOORTEN);
        boolean open = false;
        for (Rij r : rijen) {
            if (r.proces() != null && r.stap() != null) {
                paren.add(List.of(r.proces(), r.stap()));
            } else {
                open = true;
            }
            if (r.proces() != null) {
                processen.add(r.proces());
            }
            if (r.stap() != null) {
                stapnamen.add(r.stap());
            }
            if (r.onderwijssoort() != null) {
                soorten.add(r.onderwijssoort());
            }
        }
        for (Termijnstappen.Stap s : stappen) {
            paren.add(List.of(s.proces(), s.stap()));
            processen.add(s.proces());
            stapnamen.add(s.stap());
        }
        if (open) {
            processen.forEach(p -> stapnamen.forEach(s -> paren.add(List.of(p, s))));
        }
        for (List<String> paar : paren) {
            for (String o : soorten) {
                vraag(tabel, new Vraag(paar.get(0), paar.get(1), o));
            }
        }
    }

    private String vraag(DmnDecision tabel, Vraag vraag) {
        if (winnaar.containsKey(vraag)) {
            return winnaar.get(vraag);
        }
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("proces", vraag.proces());
        invoer.put("stap", vraag.stap());
        invoer.put("onderwijssoort", vraag.onderwijssoort());
        WINNAAR.remove();
        String id = null;
        try {
            var rij = ENGINE.evaluateDecision(tabel, invoer).getFirstResult();
            id = rij == null ? null : WINNAAR.get();
            if (id != null) {
                uitvoer.putIfAbsent(id, new HashMap<>(rij));
            }
        } catch (RuntimeException e) {
            problemen.add("De tabel geeft een fout bij proces \"" + vraag.proces() + "\", stap \"" + vraag.stap()
                    + "\": " + e.getMessage() + ". Kijk na of elke cel een getal of een tekst tussen aanhalingstekens is.");
        }
        winnaar.put(vraag, id);
        return id;
    }

    /** A row that never wins is hidden by a row above it (hit policy FIRST). */
    private void verborgenRijen(DmnDecision tabel) {
        Set<String> winnend = new LinkedHashSet<>(winnaar.values());
        for (Rij r : rijen) {
            if (winnend.contains(r.id())) {
                continue;
            }
            String boven = null;
            if (r.proces() != null && r.stap() != null) {
                String id = vraag(tabel, new Vraag(r.proces(), r.stap(), r.onderwijssoort()));
                boven = id == null ? null : rijPerId.get(id).naam().replace("Rij", "rij");
            }
            problemen.add(r.naam() + " telt nooit mee: " + (boven == null ? "een rij erboven" : boven)
                    + " geldt al voor hetzelfde proces, dezelfde stap en dezelfde onderwijssoort, en de bovenste passende rij telt. Zet een "
                    + "rij voor één onderwijssoort boven de algemene rij van die stap, of haal de dubbele rij weg.");
        }
    }

    /** Every step a model asks for has a row for every onderwijssoort (and for a pupil without one). */
    private void gaten(DmnDecision tabel) {
        Map<List<String>, List<Termijnstappen.Stap>> perStap = stappen.stream().collect(Collectors.groupingBy(
                s -> List.of(s.proces(), s.stap()), LinkedHashMap::new, Collectors.toList()));
        perStap.forEach((sleutel, bronnen) -> {
            List<String> zonder = new ArrayList<>();
            for (String soort : WettelijkeTermijnen.ONDERWIJSSOORTEN) {
                if (vraag(tabel, new Vraag(sleutel.get(0), sleutel.get(1), soort)) == null) {
                    zonder.add(soort == null ? "zonder onderwijssoort" : soort);
                }
            }
            if (zonder.isEmpty()) {
                return;
            }
            Termijnstappen.Stap s = bronnen.get(0);
            String wie = s.taak() != null ? "Taak '" + s.taak() + "' in " + s.bestand() + " (proces \"" + s.proces()
                    + "\", stap \"" + s.stap() + "\", uit " + s.bron() + ")"
                    : s.bestand() + " vraagt de termijn van proces \"" + s.proces() + "\", stap \"" + s.stap() + "\" ("
                    + s.bron() + ")";
            String hoe = "voeg in termijnen.dmn een rij toe met proces \"" + s.proces() + "\" en stap \"" + s.stap()
                    + "\" (onderwijssoort leeg = alle)";
            if (s.taak() != null && !s.bron().contains("termijn.")) {
                hoe += ", of geef de taak in de Modeler de eigenschap " + Termijnstappen.STAP + " met een stap die wel in "
                        + "de tabel staat";
            }
            problemen.add(wie + " heeft geen termijn" + (zonder.size() == WettelijkeTermijnen.ONDERWIJSSOORTEN.size()
                    ? "" : " voor " + String.join(", ", zonder)) + ": " + hoe + ".");
        });
    }

    /** Units, amounts and reminders of every row that can count; gives the rows fit for the calendar. */
    private Map<String, Rij> waarden() {
        Map<String, Rij> bruikbaar = new LinkedHashMap<>();
        for (Rij r : rijen) {
            Map<String, Object> rij = uitvoer.get(r.id());
            if (rij == null) {
                continue; // hidden or never asked: said above
            }
            Object aantal = rij.get("aantal");
            Object eenheid = rij.get("eenheid");
            Object herinnering = rij.get("herinneringWerkdagen");
            boolean goed = true;
            if (!(eenheid instanceof String e) || !EENHEDEN.contains(e.trim().toLowerCase(Locale.ROOT))) {
                problemen.add(r.naam() + ": de eenheid " + (eenheid == null ? "is leeg" : "\"" + eenheid + "\" bestaat niet")
                        + "; kies \"werkdagen\", \"lesweken\", \"weken\", \"dagen\" of \"maanden\" (met aanhalingstekens).");
                goed = false;
            }
            if (!(aantal instanceof Number)) {
                problemen.add(r.naam() + ": het aantal is leeg; vul een geheel getal in.");
                goed = false;
            } else if (((Number) aantal).intValue() <= 0 && !geankerd(r)) {
                problemen.add(r.naam() + ": het aantal is " + aantal + ", maar deze stap telt vanaf het begin van de taak: "
                        + "de termijn zou dan al verstreken zijn. Kies een aantal groter dan 0. (Alleen een stap die vanaf "
                        + "een eigen datum telt, zoals het groeidocument vóór de MDO-datum, mag 0 of minder hebben.)");
                goed = false;
            }
            if (herinnering != null && !(herinnering instanceof Number)) {
                problemen.add(r.naam() + ": de herinnering is \"" + herinnering + "\"; vul een geheel getal in (werkdagen "
                        + "vooraf), of laat de cel leeg voor een herinnering op de dag zelf.");
                goed = false;
            } else if (herinnering != null && ((Number) herinnering).intValue() < 0) {
                problemen.add(r.naam() + ": de herinnering is " + herinnering + " werkdagen vooraf; kies 0 of meer "
                        + "(0: de herinnering gaat op de dag van de termijn).");
                goed = false;
            }
            if (goed) {
                bruikbaar.put(r.id(), r);
            }
        }
        return bruikbaar;
    }

    /** Every use of the row's steps counts from a date of its own. */
    private boolean geankerd(Rij r) {
        Set<List<String>> paren = winnaar.entrySet().stream().filter(e -> r.id().equals(e.getValue()))
                .map(e -> List.of(e.getKey().proces(), e.getKey().stap())).collect(Collectors.toSet());
        List<Termijnstappen.Stap> gebruik = stappen.stream().filter(s -> paren.contains(List.of(s.proces(), s.stap())))
                .toList();
        return !gebruik.isEmpty() && gebruik.stream().allMatch(Termijnstappen.Stap::anker);
    }

    /**
     * On the real school calendar, through {@link Termijn} itself: for every start day and region, the deadline is
     * a day people work, and the reminder of a forward term goes after the start. Rows with the same amount, unit and
     * reminder give the same days: each such term is counted once.
     */
    private void kalender(DmnDecision tabel, Map<String, Rij> bruikbaar) {
        TermijnenZonderEngine termijnen = new TermijnenZonderEngine(tabel, kalender);
        Map<List<Object>, List<String>> perTermijn = new HashMap<>();
        for (Rij r : bruikbaar.values()) {
            Vraag vraag = winnaar.entrySet().stream().filter(e -> r.id().equals(e.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            Map<String, Object> rij = uitvoer.get(r.id());
            List<Object> soort = java.util.Arrays.asList(rij.get("aantal"), rij.get("eenheid"),
                    rij.get("herinneringWerkdagen"));
            for (String probleem : perTermijn.computeIfAbsent(soort, k -> kalender(termijnen, vraag, rij))) {
                problemen.add(r.naam() + ": " + probleem);
            }
        }
    }

    private List<String> kalender(TermijnenZonderEngine termijnen, Vraag vraag, Map<String, Object> rij) {
        List<String> gevonden = new ArrayList<>();
        int aantal = ((Number) rij.get("aantal")).intValue();
        Eenheid eenheid = Eenheid.van((String) rij.get("eenheid"));
        String termijn = aantal + " " + eenheid.name().toLowerCase(Locale.ROOT);
        boolean vrijGemeld = false;
        boolean herinneringGemeld = false;
        for (Regio regio : Regio.values()) {
            VariableScope proces = TermijnenZonderEngine.proces(vraag.onderwijssoort(), regio);
            for (LocalDate start = van; !start.isAfter(tot); start = start.plusDays(1)) {
                LocalDate deadline = termijnen.deadline(proces, vraag.proces(), vraag.stap(), start);
                String vrij = vrij(deadline, eenheid, regio);
                if (vrij != null && !vrijGemeld) {
                    gevonden.add(termijn + " vanaf " + start + " eindigt op " + deadline + ", " + vrij + ". Dit is een "
                            + "fout in de schoolkalender of de termijnberekening, niet in uw tabel: meld het aan een "
                            + "ontwikkelaar.");
                    vrijGemeld = true;
                }
                if (aantal > 0 && !herinneringGemeld) {
                    LocalDate herinnering = termijnen.herinnering(proces, vraag.proces(), vraag.stap(), start);
                    if (!herinnering.isAfter(start)) {
                        gevonden.add("de herinnering (" + rij.get("herinneringWerkdagen") + " werkdagen vooraf) gaat bij "
                                + "een taak die begint op " + start + " al op " + herinnering + ", niet na het begin van de "
                                + "taak. Maak de herinnering kleiner dan de termijn (" + termijn + ").");
                        herinneringGemeld = true;
                    }
                }
            }
        }
        return gevonden;
    }

    /** Why nobody works on this day, or null: weekend and feestdag always; a school holiday for lesweken. */
    private String vrij(LocalDate dag, Eenheid eenheid, Regio regio) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "een " + (dag.getDayOfWeek() == DayOfWeek.SATURDAY ? "zaterdag" : "zondag");
        }
        if (!kalender.isWerkdag(dag)) {
            return "een feestdag";
        }
        if (eenheid == Eenheid.LESWEKEN && kalender.isVakantie(dag, regio)) {
            return "in de schoolvakantie van regio " + regio;
        }
        return null;
    }

    private static String literal(List<InputEntry> in, int i) {
        if (i >= in.size() || in.get(i).getText() == null || in.get(i).getText().getTextContent() == null) {
            return null;
        }
        return WettelijkeTermijnen.letterlijk(in.get(i).getText().getTextContent().trim());
    }
}
