package nl.eenplan.web;

/**
 * Input that is well-formed but refers to something that does not exist or is not allowed,
 * e.g. an unknown school. Answered with 400 problem+json naming the field.
 */
public class OngeldigeInvoerException extends RuntimeException {

    private final String veld;

    public OngeldigeInvoerException(String veld, String melding) {
        super(melding);
        this.veld = veld;
    }

    public String getVeld() {
        return veld;
    }
}
