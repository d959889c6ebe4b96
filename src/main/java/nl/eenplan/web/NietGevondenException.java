package nl.eenplan.web;

/** A resource named in the path does not exist (or is not visible to the caller): 404. */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String melding) {
        super(melding);
    }
}
