package nl.eenplan.termijn;

/** One row of termijnen.dmn: how long a step may take and when its reminder goes. */
public record TermijnRegel(int aantal, Eenheid eenheid, int herinneringWerkdagen) {
}
