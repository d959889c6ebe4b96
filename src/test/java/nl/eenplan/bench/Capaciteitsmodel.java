package nl.eenplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;

/**
 * Issue #25, "beyond one machine": a model of N nodes on machines of their own against one PostgreSQL server, built
 * from what one unit (a pupil, a job, a request) costs in CPU in the node and in PostgreSQL, measured in this run.
 *
 * <pre>
 *   X(N) = min( N · k_knoop · u / c_knoop,          the nodes' cores
 *               k_pg · u / c_pg,                     PostgreSQL's cores
 *               N · W / (c_knoop + c_pg + r · RTT) ) the workers, each waiting for its own round trips
 * </pre>
 * with c the CPU milliseconds per unit, k the cores, u the utilisation aimed at, W the workers per node (upload
 * workers, job threads, concurrent requests), r the round trips per unit and RTT the network's round trip. The run
 * counts statements, not round trips: a batch of inserts is one round trip but many statements, so r is taken as the
 * statements per unit, an upper bound (the latency bound is pessimistic).
 * <p>
 * What the model assumes and this machine cannot show: no lock contention beyond what the two-node runs here
 * measured, and PostgreSQL's CPU per unit independent of the number of nodes. On this machine the nodes and
 * PostgreSQL share 2 cores, so the model predicts the same throughput for one node and two ({@link #controle}); the
 * deviation says how much a second node costs in CPU per unit (contention) or leaves cores idle.
 */
final class Capaciteitsmodel {

    /** What one unit costs, from the run: CPU ms in the node and in PostgreSQL, statements, and the measured rate. */
    record Kosten(String scenario, String eenheid, double knoopMs, double postgresMs, double statements, double perSeconde,
                  double kernen) {

        static Optional<Kosten> uit(Samenvatting samenvatting, String scenario) {
            return samenvatting.rij(scenario, Database.POSTGRES, Instellingen.EENPLAN.name()).map(rij -> new Kosten(scenario,
                    rij.eenheid(), Samenvatting.mediaan(rij.metingen(), Resultaat::knoopMsPerEenheid),
                    Samenvatting.mediaan(rij.metingen(), Resultaat::postgresMsPerEenheid),
                    Samenvatting.mediaan(rij.metingen(), Resultaat::statementsPerEenheid),
                    Samenvatting.mediaan(rij.metingen(), Resultaat::perSeconde),
                    Samenvatting.mediaan(rij.metingen(), Resultaat::kernen)));
        }
    }

    /**
     * The machines of an installation: cores per node, cores of PostgreSQL, the utilisation aimed at (headroom for
     * peaks, GC, vacuum), the network's round trip in ms.
     */
    record Opstelling(int kernenKnoop, int kernenPostgres, double benutting, double rttMs) {

        static Opstelling uitOpties() {
            return new Opstelling(Integer.getInteger("bench.model.kernen.knoop", 4), Integer.getInteger("bench.model.kernen.pg", 16),
                    Double.parseDouble(System.getProperty("bench.model.benutting", "0.7")),
                    Double.parseDouble(System.getProperty("bench.model.rtt", "0.3")));
        }
    }

    /** What limits the throughput. */
    enum Grens { KNOPEN, POSTGRES, WERKERS }

    record Doorvoer(double perSeconde, Grens grens) {
    }

    private Capaciteitsmodel() {
    }

    /** Units per second with N nodes, and which bound decides it. */
    static Doorvoer doorvoer(Kosten k, int knopen, int werkersPerKnoop, Opstelling o) {
        double knoopGrens = knopen * o.kernenKnoop() * o.benutting() * 1000 / k.knoopMs();
        double postgresGrens = o.kernenPostgres() * o.benutting() * 1000 / k.postgresMs();
        // Without pg_stat_statements the statements are unknown: the workers' bound then leaves the round trips out.
        double rondes = Double.isNaN(k.statements()) ? 0 : k.statements();
        double werkerGrens = knopen * werkersPerKnoop * 1000 / (k.knoopMs() + k.postgresMs() + rondes * o.rttMs());
        if (knoopGrens <= postgresGrens && knoopGrens <= werkerGrens) {
            return new Doorvoer(knoopGrens, Grens.KNOPEN);
        }
        return postgresGrens <= werkerGrens ? new Doorvoer(postgresGrens, Grens.POSTGRES) : new Doorvoer(werkerGrens, Grens.WERKERS);
    }

    /** The number of nodes from which PostgreSQL's cores, not the nodes' cores, limit the throughput. */
    static int postgresVerzadigdBij(Kosten k, Opstelling o) {
        return (int) Math.ceil(o.kernenPostgres() * k.knoopMs() / (o.kernenKnoop() * k.postgresMs()));
    }

    /**
     * The first number of nodes at which PostgreSQL decides the throughput, with this many workers per node: the nodes'
     * cores and their workers' round trips both grow with N, so it is the larger of the two crossings. 0 when not
     * within {@value #GRENS_KNOPEN} nodes.
     */
    static int postgresBeslistBij(Kosten k, int werkersPerKnoop, Opstelling o) {
        for (int n = 1; n <= GRENS_KNOPEN; n++) {
            if (doorvoer(k, n, werkersPerKnoop, o).grens() == Grens.POSTGRES) {
                return n;
            }
        }
        return 0;
    }

    static final int GRENS_KNOPEN = 1_000;

    /**
     * The check on this machine, where the nodes and PostgreSQL share the same cores: with the CPU per unit of the
     * one-node run, two nodes can do no more than one; the model predicts the one-node rate for two. Answers the
     * measured two-node rate over that prediction, and the two causes of a difference: the CPU per unit (contention),
     * the cores kept busy.
     */
    record Controle(String scenario, double voorspeld, double gemeten, double cpuVerhouding, double kernenVerhouding) {

        double afwijking() {
            return gemeten / voorspeld - 1;
        }
    }

    static Controle controle(Kosten een, Kosten twee) {
        return new Controle(twee.scenario(), een.perSeconde(), twee.perSeconde(),
                (twee.knoopMs() + twee.postgresMs()) / (een.knoopMs() + een.postgresMs()), twee.kernen() / een.kernen());
    }

    /** A scenario measured on one node and on two, and the workers one node has for it. */
    record Paar(String eenKnoop, String tweeKnopen, int werkersPerKnoop, String werkers) {
    }

    /** The model's tables for the report: the check against the two-node runs, then N nodes on their own machines. */
    static List<String> tabel(Samenvatting samenvatting, List<Paar> paren, Opstelling o) {
        List<String> uit = new ArrayList<>();
        List<String> controles = new ArrayList<>();
        List<String> schaal = new ArrayList<>();
        for (Paar paar : paren) {
            Optional<Kosten> een = Kosten.uit(samenvatting, paar.eenKnoop());
            if (een.isEmpty() || Double.isNaN(een.get().postgresMs())) {
                continue; // not run on PostgreSQL with EenPlan's settings, or no /proc
            }
            Kosten k = een.get();
            Kosten.uit(samenvatting, paar.tweeKnopen()).filter(t -> !Double.isNaN(t.postgresMs())).ifPresent(twee -> {
                Controle c = controle(k, twee);
                controles.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %+.0f%% | %.2f | %.2f |", paar.eenKnoop(),
                        c.voorspeld(), c.gemeten(), c.afwijking() * 100, c.cpuVerhouding(), c.kernenVerhouding()));
            });
            StringBuilder rij = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %d (%s) |",
                    paar.eenKnoop(), k.eenheid(), k.knoopMs(), k.postgresMs(),
                    Double.isNaN(k.statements()) ? "–" : String.format(Locale.ROOT, "%.1f", k.statements()),
                    paar.werkersPerKnoop(), paar.werkers()));
            for (int n : KNOPEN) {
                Doorvoer d = doorvoer(k, n, paar.werkersPerKnoop(), o);
                rij.append(String.format(Locale.ROOT, " %.0f %s |", d.perSeconde(), switch (d.grens()) {
                    case KNOPEN -> "k";
                    case POSTGRES -> "**pg**";
                    case WERKERS -> "w";
                }));
            }
            int beslist = postgresBeslistBij(k, paar.werkersPerKnoop(), o);
            schaal.add(rij.append(String.format(Locale.ROOT, " %d | %s |", postgresVerzadigdBij(k, o),
                    beslist == 0 ? "> " + GRENS_KNOPEN : String.valueOf(beslist))).toString());
        }
        if (!controles.isEmpty()) {
            uit.add("Check on this machine (nodes and PostgreSQL share its cores, so the model predicts the one-node rate "
                    + "for two nodes): measured two-node rate against it; CPU per unit and cores busy, two nodes over one.");
            uit.add("");
            uit.add("| scenario | predicted per s | measured per s | deviation | CPU per unit ×| cores busy × |");
            uit.add("|---|---|---|---|---|---|");
            uit.addAll(controles);
            uit.add("");
        }
        if (!schaal.isEmpty()) {
            uit.add(String.format(Locale.ROOT, "N nodes of %d cores on machines of their own, one PostgreSQL of %d cores, "
                    + "utilisation %.0f%%, round trip %.1f ms", o.kernenKnoop(), o.kernenPostgres(), o.benutting() * 100, o.rttMs())
                    + " (`-Dbench.model.kernen.knoop`, `.kernen.pg`, `.benutting`, `.rtt`): units per second and the bound that "
                    + "decides (k = the nodes' cores, **pg** = PostgreSQL's cores, w = the workers' round trips; statements "
                    + "counted as round trips, an upper bound).");
            uit.add("");
            StringBuilder kop = new StringBuilder("| scenario | unit | CPU node ms | CPU PG ms | statements | workers per node |");
            StringBuilder streep = new StringBuilder("|---|---|---|---|---|---|");
            for (int n : KNOPEN) {
                kop.append(" N=").append(n).append(" |");
                streep.append("---|");
            }
            uit.add(kop.append(" PG's cores below the nodes' cores from N | PG decides from N (workers too) |").toString());
            uit.add(streep.append("---|---|").toString());
            uit.addAll(schaal);
            uit.add("");
        }
        return uit;
    }

    static final int[] KNOPEN = {1, 2, 4, 8, 16};
}
