package nl.eenplan.engine;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable by name and type, so code reads and writes it in one way: {@code Variabelen.MDO_ID.van(execution)}
 * instead of {@code (Long) execution.getVariable("mdoId")}. Names come from nl.eenplan.modelcontrole.Procesvariabelen
 * (the list the model check and docs/modeler.md use), the routing facts from {@link Routering}. Numbers are read as
 * Long whatever width the engine stored.
 *
 * @param <T> the value's type
 */
public final class Variabele<T> {

    private final String naam;
    private final Class<T> soort;

    private Variabele(String naam, Class<T> soort) {
        this.naam = naam;
        this.soort = soort;
    }

    public static Variabele<String> tekst(String naam) {
        return new Variabele<>(naam, String.class);
    }

    public static Variabele<Long> getal(String naam) {
        return new Variabele<>(naam, Long.class);
    }

    public static Variabele<Boolean> jaNee(String naam) {
        return new Variabele<>(naam, Boolean.class);
    }

    public static Variabele<Date> datum(String naam) {
        return new Variabele<>(naam, Date.class);
    }

    public String naam() {
        return naam;
    }

    /** The value in this scope (or a parent scope), or null. */
    public T van(VariableScope scope) {
        return omzetten(scope.getVariable(naam));
    }

    /** The value, which the process must have: a model or start that forgot it is a technical fault. */
    public T verplicht(VariableScope scope) {
        T waarde = van(scope);
        if (waarde == null) {
            throw new IllegalStateException("Het proces heeft geen variabele '" + naam + "'.");
        }
        return waarde;
    }

    /** The value from a map of variables (a start or a handler's result). */
    public T van(Map<String, ?> variabelen) {
        return omzetten(variabelen.get(naam));
    }

    public void zet(VariableScope scope, T waarde) {
        scope.setVariable(naam, waarde);
    }

    /** An entry for a map of variables: {@code Map.ofEntries(MDO_ID.is(id), ...)}. */
    public Map.Entry<String, Object> is(T waarde) {
        return Map.entry(naam, waarde);
    }

    private T omzetten(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (soort == Long.class && waarde instanceof Number getal) {
            return soort.cast(getal.longValue());
        }
        if (soort == String.class && !(waarde instanceof String)) {
            return soort.cast(waarde.toString());
        }
        return soort.cast(waarde);
    }

    @Override
    public String toString() {
        return naam;
    }
}
