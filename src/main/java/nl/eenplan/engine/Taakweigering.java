package nl.eenplan.engine;

import java.util.List;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * EenPlan refuses to complete or change a task: bad input (400), not possible now (409), not there (404),
 * not allowed (403). The engine rolls the whole command back. It is a form validation error to Camunda (an engine
 * internal, hence here), so /engine-rest and Tasklist answer 400 in Camunda's own error shape with this Dutch message
 * (nl.eenplan.taak.EngineRestFouten gives /engine-rest the exact status); EenPlan's API answers with
 * {@link #oorzaak()}, as problem+json.
 */
public class Taakweigering extends FormFieldValidationException {

    private final int status;
    private final RuntimeException oorzaak;

    Taakweigering(int status, RuntimeException oorzaak) {
        super(null, oorzaak.getMessage());
        this.status = status;
        this.oorzaak = oorzaak;
    }

    /** The answer to EenPlan's own refusal, thrown inside the engine. */
    public static Taakweigering van(RuntimeException e) {
        if (e instanceof Taakweigering w) {
            return w;
        }
        if (e instanceof OngeldigeInvoerException o) {
            return new Taakweigering(400, o);
        }
        if (e instanceof NietMogelijkException) {
            return new Taakweigering(409, e);
        }
        if (e instanceof NietGevondenException) {
            return new Taakweigering(404, e);
        }
        return null;
    }

    public static Taakweigering ongeldig(List<Veldfout> fouten) {
        return new Taakweigering(400, new OngeldigeInvoerException(fouten));
    }

    static Taakweigering nietMogelijk(String melding) {
        return new Taakweigering(409, new NietMogelijkException(melding));
    }

    public static Taakweigering verboden(String melding) {
        return new Taakweigering(403, new org.springframework.security.access.AccessDeniedException(melding));
    }

    /** EenPlan's refusal somewhere in an engine exception (the engine wraps what a task listener throws), or null. */
    public static Taakweigering in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Taakweigering w) {
                return w;
            }
        }
        return null;
    }

    public int status() {
        return status;
    }

    /** The refusal as EenPlan's API answers it (problem+json with the fields). */
    public RuntimeException oorzaak() {
        return oorzaak;
    }

    /** One line for Camunda's error shape: the fields and what is wrong with them. */
    @Override
    public String getMessage() {
        if (oorzaak instanceof OngeldigeInvoerException o) {
            return String.join(" ", o.getFouten().stream()
                    .map(f -> f.veld() == null || f.veld().isBlank() ? f.melding() : f.veld() + ": " + f.melding())
                    .toList());
        }
        return oorzaak.getMessage();
    }
}
