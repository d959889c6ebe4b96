package nl.eenplan.web;

import java.io.IOException;

/**
 * The request body passed the size limit while it was being read: 413 problem+json naming the limit (ApiExceptionHandler),
 * also when a controller's own reader meets it (the absence import keeps it apart from a file it cannot read) or a
 * controller finds a form's file too large.
 */
public class VerzoekTeGrootException extends IOException {

    private final long limiet;

    public VerzoekTeGrootException(long limiet) {
        super("Request body larger than " + limiet + " bytes");
        this.limiet = limiet;
    }

    long getLimiet() {
        return limiet;
    }
}
