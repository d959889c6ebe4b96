package nl.eenplan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;

/**
 * The run's summary: per scenario, database and configuration (or floor) the median over all its measurements, with
 * min–max of the throughput, and the ratios against the baseline and the floors measured in the same run.
 */
final class Samenvatting {

    static final String JDBC_VLOER = "JDBC-vloer ";
    /** The same rows with the schema's foreign keys ({@link Vloeren#jdbc}, the cohort start only). */
    static final String JDBC_VLOER_FK = "JDBC-vloer met FK ";
    static final String KALE_ENGINE = "kale engine ";

    record Rij(String scenario, Database db, String wat, String eenheid, List<Resultaat> metingen) {
    }

    private final Map<String, Rij> rijen = new LinkedHashMap<>();

    void voegToe(String scenario, Database db, String wat, String eenheid, Resultaat meting) {
        rijen.computeIfAbsent(scenario + "|" + db + "|" + wat, k -> new Rij(scenario, db, wat, eenheid, new ArrayList<>()))
                .metingen().add(meting);
    }

    /** One row of the summary, if it was measured. */
    Optional<Rij> rij(String scenario, Database db, String wat) {
        return Optional.ofNullable(rijen.get(scenario + "|" + db + "|" + wat));
    }

    List<String> tabel() {
        List<String> tabel = new ArrayList<>();
        if (rijen.isEmpty()) {
            return tabel;
        }
        tabel.add("| scenario | database | wat | eenheid | n | per s: mediaan (min–max) | CPU knoop ms/eenheid | CPU PG ms/eenheid "
                + "| kernen bezig | statements/eenheid | PG exec ms/eenheid | commits/eenheid | × standaard (per s) "
                + "| tijd × JDBC-vloer | tijd × JDBC-vloer met FK | tijd × kale engine |");
        tabel.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Rij rij : rijen.values()) {
            List<Resultaat> m = rij.metingen();
            double perSeconde = mediaan(m, Resultaat::perSeconde);
            String spreiding = m.size() == 1 ? "%.0f".formatted(perSeconde) : "%.0f (%.0f–%.0f)".formatted(perSeconde,
                    m.stream().mapToDouble(Resultaat::perSeconde).min().orElseThrow(),
                    m.stream().mapToDouble(Resultaat::perSeconde).max().orElseThrow());
            tabel.add("| %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(
                    rij.scenario(), rij.db(),
                    rij.wat(), rij.eenheid(), m.size(), spreiding, Resultaat.getal(mediaan(m, Resultaat::knoopMsPerEenheid), 2),
                    Resultaat.getal(mediaan(m, Resultaat::postgresMsPerEenheid), 2), Resultaat.getal(mediaan(m, Resultaat::kernen), 2),
                    Resultaat.getal(mediaan(m, Resultaat::statementsPerEenheid), 1),
                    Resultaat.getal(mediaan(m, Resultaat::postgresExecMsPerEenheid), 2),
                    Resultaat.getal(mediaan(m, Resultaat::commitsPerEenheid), 2),
                    rij.wat().equals(Instellingen.EENPLAN.name()) ? verhouding(rij, Instellingen.STANDAARD.name(), false) : "",
                    verhouding(rij, JDBC_VLOER + rij.wat(), true), verhouding(rij, JDBC_VLOER_FK + rij.wat(), true),
                    verhouding(rij, KALE_ENGINE + rij.wat(), true)));
        }
        return tabel;
    }

    /**
     * Against another row of the same scenario and database: throughput over its throughput, or as "time ×": how many
     * times as long this row takes as the other (a floor) for the same units.
     */
    private String verhouding(Rij rij, String ander, boolean tijd) {
        Rij tegen = rijen.get(rij.scenario() + "|" + rij.db() + "|" + ander);
        if (tegen == null) {
            return "";
        }
        double dit = mediaan(rij.metingen(), Resultaat::perSeconde);
        double dat = mediaan(tegen.metingen(), Resultaat::perSeconde);
        return "%.2f".formatted(tijd ? dat / dit : dit / dat);
    }

    /** The median of the measurements' values, those that are not measured (NaN) left out. */
    static double mediaan(List<Resultaat> metingen, ToDoubleFunction<Resultaat> waarde) {
        double[] w = metingen.stream().mapToDouble(waarde).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (w.length == 0) {
            return Double.NaN;
        }
        return w.length % 2 == 1 ? w[w.length / 2] : (w[w.length / 2 - 1] + w[w.length / 2]) / 2;
    }
}
