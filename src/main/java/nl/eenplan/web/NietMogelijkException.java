package nl.eenplan.web;

/** The request is valid but not possible in the current state, e.g. withdrawing a handled report: 409. */
public class NietMogelijkException extends RuntimeException {

    public NietMogelijkException(String melding) {
        super(melding);
    }
}
