package nl.eenplan.bench;

/**
 * One measurement: the figures per unit (a pupil, a job, a request) that the summary compares, and what else happened
 * meanwhile ({@link Omstandigheden}; null where not read).
 */
record Resultaat(double seconden, int eenheden, double knoopCpuMs, double postgresCpuMs, Statements.Uitkomst statements,
                 Omstandigheden omstandigheden) {

    Resultaat(double seconden, int eenheden, double knoopCpuMs, double postgresCpuMs, Statements.Uitkomst statements) {
        this(seconden, eenheden, knoopCpuMs, postgresCpuMs, statements, null);
    }

    double perSeconde() {
        return eenheden / seconden;
    }

    double msPerEenheid() {
        return seconden * 1000 / eenheden;
    }

    double knoopMsPerEenheid() {
        return knoopCpuMs / eenheden;
    }

    /** NaN without /proc. */
    double postgresMsPerEenheid() {
        return postgresCpuMs / eenheden;
    }

    /** Cores kept busy on average: node + PostgreSQL CPU over the wall time. */
    double kernen() {
        return (knoopCpuMs + (Double.isNaN(postgresCpuMs) ? 0 : postgresCpuMs)) / (seconden * 1000);
    }

    /** Whether PostgreSQL's statements were read (not on H2, nor without pg_stat_statements). */
    boolean metStatements() {
        return statements != null && statements.metStatements();
    }

    /** NaN on H2 or without pg_stat_statements. */
    double statementsPerEenheid() {
        return metStatements() ? statements.calls() / (double) eenheden : Double.NaN;
    }

    double postgresExecMsPerEenheid() {
        return metStatements() ? statements.ms() / eenheden : Double.NaN;
    }

    /** NaN on H2. */
    double commitsPerEenheid() {
        return statements != null ? statements.commits() / (double) eenheden : Double.NaN;
    }

    /** The columns every scenario's own table shows for a measurement. */
    static String kolommen() {
        return "duur (s) | per s | CPU knoop ms | CPU PG ms | statements | commits";
    }

    String cellen() {
        return "%.1f | %.0f | %s | %s | %s | %s".formatted(seconden, perSeconde(), getal(knoopMsPerEenheid(), 2),
                getal(postgresMsPerEenheid(), 2), getal(statementsPerEenheid(), 1), getal(commitsPerEenheid(), 2));
    }

    static String getal(double waarde, int decimalen) {
        return Double.isNaN(waarde) ? "–" : ("%." + decimalen + "f").formatted(waarde);
    }
}
