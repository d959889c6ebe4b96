package nl.eenplan.web;

import java.util.List;

/**
 * Input that is well-formed but refers to something that does not exist or is not allowed,
 * e.g. an unknown school or a date in the future. Answered with 400 problem+json naming the fields.
 */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Veldfout> fouten;

    public OngeldigeInvoerException(String veld, String melding) {
        this(List.of(new Veldfout(veld, melding)));
    }

    public OngeldigeInvoerException(List<Veldfout> fouten) {
        // The message alone is what Tasklist shows when a delegate refuses to go on.
        super(String.join(" ", fouten.stream().map(Veldfout::melding).toList()));
        this.fouten = List.copyOf(fouten);
    }

    public List<Veldfout> getFouten() {
        return fouten;
    }
}
