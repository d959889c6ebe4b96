package nl.eenplan.web;

/**
 * The request is fine, but the node has no room for it now (e.g. too many class uploads waiting): 503 with
 * {@code Retry-After}, so a client tries again later instead of piling up work.
 */
public class TijdelijkBezetException extends RuntimeException {

    /** Seconds after which asking again makes sense. */
    public static final int OPNIEUW_NA_SECONDEN = 60;

    public TijdelijkBezetException(String melding) {
        super(melding);
    }
}
