package nl.eenplan.web;

/** One field that is wrong, and why, in Dutch. Listed under "fouten" in a problem+json answer. */
public record Veldfout(String veld, String melding) {
}
