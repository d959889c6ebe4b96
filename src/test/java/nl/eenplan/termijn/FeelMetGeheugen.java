package nl.eenplan.termijn;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The FEEL engine of Camunda's DMN engine (the process engine's default), remembering its own answers where nothing but
 * the text of the cell and one value can change them:
 * <ul>
 * <li>an input cell of texts in quotes, such as {@code "aanmelding"} or {@code "VO","VSO"}: it only compares the input
 * with those texts;</li>
 * <li>an output cell that is one text or one whole number: nothing can change it;</li>
 * <li>an input expression that is one variable name, such as {@code proces}: it only reads that variable, here of a
 * simple type (a text, number or yes/no).</li>
 * </ul>
 * Every other cell goes to the engine each time, and so does every first question: the answers are the engine's own.
 *
 * <p>Why: the engine builds its FEEL functions again for every cell it evaluates, and the property sweep of
 * {@link TermijnenEigenschappen} asks termijnen.dmn every proces, stap and onderwijssoort for every table it checks
 * (over a hundred thousand cells per table); without this that unit test took minutes.
 */
final class FeelMetGeheugen implements FeelEngine {

    /** FEEL strings without escapes or quotes inside, separated by commas: nothing in them can refer to anything. */
    private static final Pattern TEKSTEN = Pattern.compile("\"[^\"\\\\]*\"(\\s*,\\s*\"[^\"\\\\]*\")*");
    private static final Pattern TEKST = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern GETAL = Pattern.compile("-?[0-9]{1,9}");
    /** A name as the tables use for their inputs; FEEL's own words are not among them. */
    private static final Pattern NAAM = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> WOORDEN = Set.of("null", "true", "false", "not", "and", "or", "if", "then",
            "else", "for", "in", "some", "every", "satisfies", "between", "instance", "of", "function", "return");

    /** What a cell's answer depends on. */
    private enum Soort {
        /** nothing but its text */
        VAST,
        /** its text and the value of the one variable it reads */
        VARIABELE,
        /** anything: always asked */
        ANDERS
    }

    /** A cell, the variable it reads (null: none) and that variable's value and type. */
    private record Vraag(boolean test, String cel, String variabele, Object waarde, String type) {
    }

    private static final Map<String, Soort> UITDRUKKINGEN = new ConcurrentHashMap<>();
    private static final Map<String, Soort> TESTS = new ConcurrentHashMap<>();
    private static final Map<Vraag, Optional<Object>> ANTWOORDEN = new ConcurrentHashMap<>();

    private final FeelEngine engine = new ScalaFeelEngineFactory().createInstance();

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        Soort soort = expression == null ? Soort.ANDERS : UITDRUKKINGEN.computeIfAbsent(expression, e -> {
            String cel = e.trim();
            if (TEKST.matcher(cel).matches() || GETAL.matcher(cel).matches()) {
                return Soort.VAST;
            }
            return NAAM.matcher(cel).matches() && !WOORDEN.contains(cel) ? Soort.VARIABELE : Soort.ANDERS;
        });
        Vraag vraag = switch (soort) {
            case VAST -> new Vraag(false, expression, null, null, null);
            case VARIABELE -> vraag(false, expression, expression.trim(), variableContext);
            case ANDERS -> null;
        };
        @SuppressWarnings("unchecked")
        T antwoord = (T) onthoud(vraag, () -> engine.evaluateSimpleExpression(expression, variableContext));
        return antwoord;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        Soort soort = expression == null ? Soort.ANDERS : TESTS.computeIfAbsent(expression,
                e -> TEKSTEN.matcher(e.trim()).matches() ? Soort.VARIABELE : Soort.ANDERS);
        Vraag vraag = soort == Soort.VARIABELE ? vraag(true, expression, inputVariable, variableContext) : null;
        return (Boolean) onthoud(vraag, () -> engine.evaluateSimpleUnaryTests(expression, inputVariable,
                variableContext));
    }

    /** The question, or null when the variable holds something else than a text, number or yes/no. */
    private static Vraag vraag(boolean test, String cel, String variabele, VariableContext variabelen) {
        TypedValue waarde = variabelen.resolve(variabele);
        Object v = waarde == null ? null : waarde.getValue();
        if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
            return null;
        }
        return new Vraag(test, cel, variabele, v, waarde == null || waarde.getType() == null ? null
                : waarde.getType().getName());
    }

    private static Object onthoud(Vraag vraag, Supplier<Object> engine) {
        if (vraag == null) {
            return engine.get();
        }
        Optional<Object> antwoord = ANTWOORDEN.get(vraag);
        if (antwoord == null) { // asked for the first time; an error is not kept, it comes again next time
            antwoord = Optional.ofNullable(engine.get());
            ANTWOORDEN.put(vraag, antwoord);
        }
        return antwoord.orElse(null);
    }
}
