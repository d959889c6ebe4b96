package nl.eenplan.web;

import java.io.IOException;

/** The request body passed the size limit while it was being read. */
class VerzoekTeGrootException extends IOException {

    private final long limiet;

    VerzoekTeGrootException(long limiet) {
        super("Request body larger than " + limiet + " bytes");
        this.limiet = limiet;
    }

    long getLimiet() {
        return limiet;
    }
}
