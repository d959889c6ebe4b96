package nl.eenplan.modelcontrole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.eenplan.engine.Beslisengine;
import nl.eenplan.engine.Deploymentregel;
import nl.eenplan.engine.Probleem;
import nl.eenplan.engine.Taakeigenschappen;
import org.xml.sax.SAXParseException;

/**
 * The rules for one model file as it is deployed, whoever deploys it (EenPlan at start-up, Camunda Modeler through
 * /engine-rest):
 * <ul>
 *   <li>BPMN: every attribute and every text that holds an expression ({@code ${...}} or {@code #{...}}, wherever
 *       it is: delegate expressions, conditions, timers, due dates, candidates, input and output mappings,
 *       listeners, call activities, multi-instance, ...) keeps {@link Expressieregels}; no Java classes
 *       ({@code camunda:class} and the like), no scripts anywhere, no custom form field validators, no HTML forms
 *       ({@code camunda:formKey}: they run in the browser of whoever works the task), no service tasks of Camunda's
 *       own kinds ({@code camunda:type}: shell, mail, external) or connectors, nothing in Activiti's namespace
 *       (the engine reads it as Camunda's); a call activity hands on the pupil's own business key and no tenant;
 *       every user task has a handler in EenPlan ({@code nl.eenplan.taak.Afhandelingen});</li>
 *   <li>DMN: JUEL in input expressions, input entries, output entries and literal expressions keeps
 *       {@link Expressieregels} and names no bean at all (a decision decides over its inputs, and anyone who may
 *       evaluate it through /engine-rest would read what a bean reaches); FEEL cannot reach beans; any other
 *       expression language is a script;</li>
 *   <li>CMMN: not used by EenPlan, refused.</li>
 * </ul>
 * A file that is not well-formed XML is refused with its line and column. Other files (forms) are left alone.
 */
final class Modelregels {

    /** The DMN elements whose {@code text} the decision engine evaluates. */
    static final Set<String> DMN_EXPRESSIES = Set.of("inputExpression", "inputEntry", "outputEntry",
            "literalExpression");
    /** The only business key a call activity may hand on: the pupil's own dossier number. */
    private static final Set<String> EIGEN_BUSINESS_KEY = Set.of("#{execution.processBusinessKey}",
            "${execution.processBusinessKey}");
    /** Camunda's form field validators by name; any other ("validator") runs a class or bean of one's choosing. */
    private static final Set<String> INGEBOUWDE_VALIDATORS = Set.of("required", "readonly", "minlength", "maxlength",
            "min", "max");

    private final Map<String, Class<?>> beans;
    private final BiPredicate<String, String> heeftAfhandeling;
    private final Function<String, String> dmnStandaardtaal;

    /**
     * @param beans            the beans marked {@link VoorModellen}, by name, with their class
     * @param heeftAfhandeling whether (process key, task id) has a handler
     * @param dmnStandaardtaal the decision engine's default expression language per kind of DMN expression
     *                         (one of {@link #DMN_EXPRESSIES})
     */
    Modelregels(Map<String, Class<?>> beans, BiPredicate<String, String> heeftAfhandeling,
                Function<String, String> dmnStandaardtaal) {
        this.beans = beans;
        this.heeftAfhandeling = heeftAfhandeling;
        this.dmnStandaardtaal = dmnStandaardtaal;
    }

    /** Every problem of this file; empty when it may be deployed. */
    List<Probleem> controleer(String bestand, byte[] inhoud) {
        List<Probleem> problemen = new ArrayList<>();
        if (Deploymentregel.isCmmn(bestand)) {
            problemen.add(Probleem.bij(null, "CMMN wordt in EenPlan niet gebruikt; een proces hoort in BPMN"));
            return problemen;
        }
        boolean bpmn = Deploymentregel.isBpmn(bestand);
        if (!bpmn && !Deploymentregel.isDmn(bestand)) {
            return problemen;
        }
        ModelXml.Element wortel;
        try {
            wortel = ModelXml.lees(inhoud);
        } catch (SAXParseException e) {
            problemen.add(Probleem.op(e.getLineNumber(), e.getColumnNumber(), null, "geen leesbaar "
                    + (bpmn ? "BPMN" : "DMN") + "-bestand (XML"
                    + (e.getLineNumber() > 0 ? ", regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber() : "")
                    + "): " + e.getMessage()));
            return problemen;
        }
        if (bpmn) {
            bpmn(wortel, null, true, problemen);
        } else {
            dmn(wortel, problemen);
        }
        return problemen;
    }

    private void bpmn(ModelXml.Element e, String proces, boolean uitvoerbaar, List<Probleem> problemen) {
        if (ModelXml.ACTIVITI.equals(e.namespace)
                || e.attributen.stream().anyMatch(a -> ModelXml.ACTIVITI.equals(a.namespace()))) {
            problemen.add(probleem(e, e.weergave() + ": de naamruimte van Activiti (" + ModelXml.ACTIVITI + ") leest de "
                    + "engine als die van Camunda, buiten deze controle om; gebruik camunda:"));
            return;
        }
        if (e.is(ModelXml.CAMUNDA_BPMN, "connector")) {
            problemen.add(probleem(e, "camunda:connector: een model roept geen externe systemen aan; gebruik een "
                    + "servicetaak met een bean voor modellen"));
            return;
        }
        if (e.is(ModelXml.BPMN, "process")) {
            proces = e.attribuut("id");
            uitvoerbaar = !"false".equals(e.attribuut("isExecutable"));
        }
        if (e.is(ModelXml.BPMN, "scriptTask")) {
            problemen.add(probleem(e, "scripttaak: scripts kunnen niet in een EenPlan-model; gebruik een servicetaak "
                    + "met een bean voor modellen"));
            return;
        }
        if (e.is(ModelXml.CAMUNDA_BPMN, "script")) {
            String waar = e.ouder == null ? "camunda:script" : e.ouder.weergave() + " met camunda:script";
            problemen.add(probleem(e, waar + ": scripts kunnen niet in een EenPlan-model; gebruik een bean voor "
                    + "modellen"));
            return;
        }
        if (e.attribuut("language") != null) {
            problemen.add(probleem(e, e.weergave() + " in taal '" + e.attribuut("language") + "' is een script; "
                    + "scripts kunnen niet in een EenPlan-model; schrijf een expressie als ${...}"));
            return;
        }
        if (e.is(ModelXml.CAMUNDA_BPMN, "constraint") && !INGEBOUWDE_VALIDATORS.contains(e.attribuut("name"))) {
            problemen.add(probleem(e, "camunda:constraint '" + e.attribuut("name") + "': een eigen validator kan "
                    + "niet in een EenPlan-model; de afhandeling van de taak controleert de invoer"));
        }
        if (e.is(ModelXml.BPMN, "userTask") && uitvoerbaar && proces != null
                && !heeftAfhandeling.test(proces, e.attribuut("id"))) {
            problemen.add(probleem(e, "gebruikerstaak '" + e.attribuut("id") + "' van proces '" + proces + "' heeft "
                    + "geen afhandeling in EenPlan, dus niemand kan haar afronden; een ontwikkelaar maakt die eerst "
                    + "(nl.eenplan.taak.Afhandelingen, per proces en taak)"));
        }
        if (e.is(ModelXml.CAMUNDA_BPMN, "property") && e.ouder != null && e.ouder.ouder != null
                && e.ouder.ouder.ouder != null && e.ouder.ouder.ouder.is(ModelXml.BPMN, "userTask")) {
            termijneigenschap(e, problemen);
        }
        Expressieregels.Namen namen = new Expressieregels.Namen(beans,
                proces == null ? Procesvariabelen.alle() : Procesvariabelen.van(proces), true,
                proces == null ? "een proces" : "proces '" + proces + "'");
        for (ModelXml.Attribuut a : e.attributen) {
            // Camunda's own elements (listeners, camunda:in, ...) carry their attributes without a prefix.
            boolean vanCamunda = ModelXml.CAMUNDA_BPMN.equals(a.namespace()) || a.namespace().isEmpty() && isCamunda(e);
            String waar = a.namespace().isEmpty() && isCamunda(e) ? e.weergave() + " " + a.naam() : a.weergave();
            if (ModelXml.CAMUNDA_BPMN.equals(a.namespace()) && a.naam().equals("type")) {
                problemen.add(probleem(e, waar + " \"" + a.waarde() + "\": een servicetaak van Camunda's eigen soort "
                        + "(shell, mail, external) voert opdrachten uit buiten EenPlan om; gebruik "
                        + "camunda:delegateExpression met een bean voor modellen"));
            } else if (ModelXml.CAMUNDA_BPMN.equals(a.namespace())
                    && (a.naam().equals("calledElementTenantId") || a.naam().equals("caseTenantId"))) {
                problemen.add(probleem(e, waar + " \"" + a.waarde() + "\": een aangeroepen proces hoort bij de school van "
                        + "de leerling, dus bij die van het aanroepende proces; laat dit weg"));
            } else if (e.is(ModelXml.CAMUNDA_BPMN, "in") && a.namespace().isEmpty() && a.naam().equals("businessKey")
                    && !EIGEN_BUSINESS_KEY.contains(a.waarde().strip())) {
                problemen.add(probleem(e, waar + " \"" + a.waarde() + "\": een aangeroepen proces gaat over dezelfde "
                        + "leerling; geef #{execution.processBusinessKey} door"));
            } else if (ModelXml.CAMUNDA_BPMN.equals(a.namespace()) && a.naam().equals("formKey")) {
                problemen.add(probleem(e, waar + " \"" + a.waarde() + "\": een HTML-formulier draait code in de "
                        + "browser van wie de taak doet; gebruik een formulier uit forms/ (camunda:formRef)"));
            } else if (vanCamunda && (a.naam().equals("class") || a.naam().endsWith("Class"))) {
                problemen.add(probleem(e, waar + " \"" + a.waarde() + "\": een Java-klasse kan een model niet "
                        + "aanroepen; gebruik camunda:delegateExpression met een bean voor modellen, zoals "
                        + "${stuurHerinnering}"));
            } else if (isExpressie(a.waarde())) {
                expressie(e, waar, a.waarde(), namen, problemen);
            }
        }
        if (isExpressie(e.tekst())) {
            expressie(e, tekstWeergave(e), e.tekst().strip(), namen, problemen);
        }
        for (ModelXml.Element kind : e.kinderen) {
            bpmn(kind, proces, uitvoerbaar, problemen);
        }
    }

    /**
     * An extension property of a user task that deadlines by convention read (nl.eenplan.engine.Termijnconventie):
     * a known name, and termijnVanaf an expression (its content is checked like every expression).
     */
    private static void termijneigenschap(ModelXml.Element e, List<Probleem> problemen) {
        String naam = e.attribuut("name");
        String waarde = e.attribuut("value");
        if (naam == null || !(naam.startsWith("termijn") || naam.startsWith("escalatie"))) {
            return;
        }
        if (!Taakeigenschappen.ALLE.contains(naam)) {
            problemen.add(probleem(e, "eigenschap '" + naam + "': onbekend voor termijnen; bedoeld is een van "
                    + String.join(", ", Taakeigenschappen.ALLE) + " (docs/modeler.md, Termijn)"));
        } else if (waarde == null || waarde.isBlank()) {
            problemen.add(probleem(e, "eigenschap '" + naam + "' heeft geen waarde"));
        } else if (naam.equals(Taakeigenschappen.TERMIJN_VANAF) && !isExpressie(waarde)) {
            problemen.add(probleem(e, "eigenschap 'termijnVanaf' \"" + waarde + "\": schrijf de datum waarvanaf de "
                    + "termijn telt als expressie, bijvoorbeeld ${mdoDatum}"));
        }
    }

    private void dmn(ModelXml.Element definities, List<Probleem> problemen) {
        String globaal = definities.attribuut("expressionLanguage");
        if (globaal != null && Beslisengine.isFeel(globaal)) {
            globaal = null; // DMN's default says FEEL; the engine then uses its own default per kind
        }
        Set<String> variabelen = new HashSet<>(Procesvariabelen.alle());
        variabelen.add("cellInput");
        verzamelInvoervariabelen(definities, variabelen);
        // A decision decides over its inputs: no bean, no engine object. Anyone who may evaluate a decision
        // (/engine-rest/decision-definition/.../evaluate) would otherwise read what a bean can reach.
        variabelen.remove("execution");
        variabelen.remove("task");
        variabelen.removeAll(beans.keySet());
        Expressieregels.Namen namen = new Expressieregels.Namen(Map.of(), variabelen, false, "een beslistabel");
        dmn(definities, globaal, namen, problemen);
    }

    private void dmn(ModelXml.Element e, String globaal, Expressieregels.Namen namen, List<Probleem> problemen) {
        if (DMN_EXPRESSIES.contains(e.naam) && !isCamunda(e)) {
            String tekst = e.kinderen.stream().filter(k -> k.naam.equals("text") && !isCamunda(k))
                    .map(ModelXml.Element::tekst).findFirst().orElse("").strip();
            if (!tekst.isEmpty()) {
                String taal = e.attribuut("expressionLanguage");
                taal = taal != null ? taal : globaal != null ? globaal : dmnStandaardtaal.apply(e.naam);
                if (taal != null && Beslisengine.JUEL.equalsIgnoreCase(taal)) {
                    // The decision engine reads JUEL without ${ } as if it had them.
                    String juel = tekst.startsWith("${") || tekst.startsWith("#{") ? tekst : "${" + tekst + "}";
                    expressie(e, e.naam, juel, namen, problemen);
                } else if (taal == null || !Beslisengine.isFeel(taal)) {
                    problemen.add(probleem(e, e.naam + " in taal '" + taal + "' is een script; scripts kunnen niet in "
                            + "een EenPlan-model; gebruik FEEL"));
                }
            }
        }
        for (ModelXml.Element kind : e.kinderen) {
            dmn(kind, globaal, namen, problemen);
        }
    }

    /** {@code camunda:inputVariable} on a table's inputs: the name its input entries use for the value. */
    private static void verzamelInvoervariabelen(ModelXml.Element e, Set<String> variabelen) {
        String naam = e.attribuut(ModelXml.CAMUNDA_DMN, "inputVariable");
        if (naam != null) {
            variabelen.add(naam);
        }
        e.kinderen.forEach(k -> verzamelInvoervariabelen(k, variabelen));
    }

    private void expressie(ModelXml.Element e, String waar, String tekst, Expressieregels.Namen namen,
                           List<Probleem> problemen) {
        List<String> fout = Expressieregels.controleer(tekst, namen);
        if (!fout.isEmpty()) {
            problemen.add(probleem(e, waar + " \"" + tekst + "\": " + String.join("; ", fout)));
        }
    }

    private static Probleem probleem(ModelXml.Element e, String wat) {
        String id = e.elementId();
        return Probleem.op(e.regel, e.kolom, id, (id == null ? "" : "element '" + id + "', ") + wat);
    }

    /** {@code conditionExpression}, {@code camunda:inputParameter name="taak"}. */
    private static String tekstWeergave(ModelXml.Element e) {
        String naam = e.attribuut("name");
        return isCamunda(e) && naam != null ? e.weergave() + " name=\"" + naam + "\"" : e.weergave();
    }

    private static boolean isExpressie(String tekst) {
        return tekst != null && (tekst.contains("${") || tekst.contains("#{"));
    }

    private static boolean isCamunda(ModelXml.Element e) {
        return ModelXml.CAMUNDA_BPMN.equals(e.namespace) || ModelXml.CAMUNDA_DMN.equals(e.namespace);
    }
}
