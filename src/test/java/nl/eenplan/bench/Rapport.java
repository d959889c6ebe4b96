package nl.eenplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** target/benchmark/resultaten.md: a head, the run's summary, then each scenario's own tables in the order they ran. */
final class Rapport {

    private Rapport() {
    }

    static final Samenvatting SAMENVATTING = new Samenvatting();
    private static final List<String> REGELS = new ArrayList<>();
    /** The scenarios measured on one node and on two, for the capacity model. */
    private static final java.util.Set<Capaciteitsmodel.Paar> MODELPAREN = new java.util.LinkedHashSet<>();

    static void modelpaar(Capaciteitsmodel.Paar paar) {
        MODELPAREN.add(paar);
    }

    static void regel(String... regels) {
        REGELS.addAll(List.of(regels));
    }

    static void regels(List<String> regels) {
        REGELS.addAll(regels);
    }

    static void schrijf() throws IOException {
        List<String> uit = new ArrayList<>();
        uit.add("# EenPlan benchmark, " + LocalDateTime.now().withNano(0));
        uit.add("");
        uit.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB heap, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + ". Load average at the end: "
                + "%.2f".formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        uit.add("");
        uit.add("Options: databases " + Opties.DATABASES + ", settings " + Opties.INSTELLINGEN + ", " + Opties.HERHALINGEN
                + " repetition(s), order " + (Opties.ABBA ? "ABBA" : "AB/BA") + ", pg_stat_statements " + (Opties.STATEMENTS ? "on" : "off")
                + "; " + Cpu.controle());
        uit.add("");
        List<String> samenvatting = SAMENVATTING.tabel();
        if (!samenvatting.isEmpty()) {
            uit.add("## Summary");
            uit.add("");
            uit.addAll(samenvatting);
            uit.add("");
            uit.add("Medians over all measurements of a row. CPU: node = the benchmark JVM minus the driver's threads (on H2 the "
                    + "database is inside it); for a floor, all of the JVM (the floor runs on the benchmark's own threads); "
                    + "PG = the PostgreSQL server from /proc. Statements and PG exec time from pg_stat_statements, commits from "
                    + "pg_stat_database (read-only and autocommit transactions included). × standaard: EenPlan's throughput over "
                    + "the baseline's; time × floor: how many times as long as the floor for the same units.");
            uit.add("");
        }
        List<String> model = Capaciteitsmodel.tabel(SAMENVATTING, List.copyOf(MODELPAREN), Capaciteitsmodel.Opstelling.uitOpties());
        if (!model.isEmpty()) {
            uit.add("## Capacity model (issue #25: N nodes against one PostgreSQL, from CPU per unit)");
            uit.add("");
            uit.addAll(model);
        }
        uit.addAll(REGELS);
        Path bestand = Path.of("target", "benchmark", "resultaten.md");
        Files.createDirectories(bestand.getParent());
        Files.write(bestand, uit);
        uit.forEach(System.out::println);
    }
}
