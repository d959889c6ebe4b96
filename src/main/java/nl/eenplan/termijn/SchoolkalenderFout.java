package nl.eenplan.termijn;

/** A calendar file that cannot be used; the message names the file and line. Stops start-up. */
public class SchoolkalenderFout extends RuntimeException {

    public SchoolkalenderFout(String bestand, long regel, String melding) {
        super(bestand + (regel > 0 ? ", regel " + regel : "") + ": " + melding);
    }
}
