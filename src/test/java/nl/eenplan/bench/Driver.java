package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's own side: the HTTP client that plays the users, and the threads that run it. The nodes share the
 * benchmark's JVM, so the node CPU is the JVM's minus these threads'. To know them for sure, there is ONE client for
 * the whole run with its own long-lived threads (a thread that ended would take its CPU out of the sum while it
 * stays in the JVM's): the test thread, the client's executor threads (named here) and the JDK's selector thread
 * that the client starts when it is built (found as the one new {@code HttpClient-*} thread).
 */
final class Driver {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Set<Long> draden = ConcurrentHashMap.newKeySet();
    private final HttpClient client;
    /** Long-lived threads for uploads at the same moment (an ended thread would take its CPU out of the sum). */
    private final java.util.concurrent.ExecutorService tegelijk;

    Driver() {
        registreer();
        Set<Long> eerder = levendeDraden().keySet();
        AtomicInteger nummer = new AtomicInteger();
        client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, taak -> {
            Thread draad = new Thread(taak, "bench-driver-" + nummer.incrementAndGet());
            draad.setDaemon(true);
            draden.add(draad.getId());
            return draad;
        })).build();
        List<Long> selector = levendeDraden().entrySet().stream()
                .filter(d -> !eerder.contains(d.getKey()) && d.getValue().startsWith("HttpClient-"))
                .map(java.util.Map.Entry::getKey).toList();
        if (selector.isEmpty()) {
            System.err.println("bench: the HTTP client's selector thread was not found; its CPU counts as the node's");
        }
        draden.addAll(selector);
        AtomicInteger parallel = new AtomicInteger();
        tegelijk = Executors.newFixedThreadPool(2, taak -> {
            Thread draad = new Thread(taak, "bench-driver-tegelijk-" + parallel.incrementAndGet());
            draad.setDaemon(true);
            draden.add(draad.getId());
            return draad;
        });
    }

    /** The calling thread drives (the test thread; a scenario calls this before it measures). */
    void registreer() {
        draden.add(Thread.currentThread().getId());
    }

    /** CPU time in nanoseconds of the driver's threads so far. */
    long cpuNs() {
        return draden.stream().mapToLong(THREADS::getThreadCpuTime).filter(ns -> ns > 0).sum();
    }

    private static java.util.Map<Long, String> levendeDraden() {
        return Thread.getAllStackTraces().keySet().stream().collect(Collectors.toMap(Thread::getId, Thread::getName));
    }

    /** Posts a class file and waits until the upload is done; every line must have started. */
    void upload(ConfigurableApplicationContext knoop, String csv, int regels) throws Exception {
        HttpResponse<String> gestart = client.send(HttpRequest.newBuilder(URI.create(basis(knoop) + "/api/overstappen/cohort"))
                .header("Authorization", basic(Knopen.ZC)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        String voortgang = basis(knoop) + gestart.headers().firstValue("Location").orElseThrow();
        while (true) {
            String status = client.send(HttpRequest.newBuilder(URI.create(voortgang)).header("Authorization", basic(Knopen.ZC))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (status.contains("\"KLAAR\"")) {
                assertThat(status).contains("\"gestart\":" + regels);
                return;
            }
            Thread.sleep(200);
        }
    }

    /** One class file per node, posted at the same moment; waits until every upload is done. */
    void uploadTegelijk(List<ConfigurableApplicationContext> knopen, List<String> klassen, int regelsPerKlas) throws Exception {
        List<java.util.concurrent.Future<Void>> uploads = new ArrayList<>();
        for (int i = 0; i < knopen.size(); i++) {
            ConfigurableApplicationContext knoop = knopen.get(i);
            String csv = klassen.get(i);
            uploads.add(tegelijk.submit(() -> {
                upload(knoop, csv, regelsPerKlas);
                return null;
            }));
        }
        for (var upload : uploads) {
            upload.get();
        }
    }

    /**
     * Posts CSV files as the zorgcoördinator, file i to path i, {@code tegelijk} at a time (as that many clients; on the
     * client's own threads, so their CPU is the driver's); answers the bodies in order. Each answer must be 200.
     */
    List<String> postCsv(ConfigurableApplicationContext knoop, List<String> paden, List<String> bestanden, int tegelijk)
            throws Exception {
        java.util.concurrent.Semaphore vrij = new java.util.concurrent.Semaphore(tegelijk);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> antwoorden = new ArrayList<>();
        for (int i = 0; i < paden.size(); i++) {
            vrij.acquire();
            antwoorden.add(client.sendAsync(HttpRequest.newBuilder(URI.create(basis(knoop) + paden.get(i)))
                            .header("Authorization", basic(Knopen.ZC)).header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofString(bestanden.get(i), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> vrij.release()));
        }
        List<String> bodies = new ArrayList<>();
        for (var antwoord : antwoorden) {
            HttpResponse<String> r = antwoord.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            bodies.add(r.body());
        }
        return bodies;
    }

    /** Asks for a path n times as a user, one after the other; answers each answer's time in nanoseconds. */
    List<Long> vraag(ConfigurableApplicationContext knoop, String pad, String gebruiker, int n) throws Exception {
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long begin = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(basis(knoop) + pad))
                    .header("Authorization", basic(gebruiker)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            tijden.add(System.nanoTime() - begin);
        }
        return tijden;
    }

    /** One GET as a user: its body (the answer must be 200). */
    String haal(ConfigurableApplicationContext knoop, String pad, String gebruiker) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(basis(knoop) + pad))
                .header("Authorization", basic(gebruiker)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The status of one GET as a user (whether the user may open the page at all). */
    int status(ConfigurableApplicationContext knoop, String pad, String gebruiker) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(basis(knoop) + pad)).header("Authorization", basic(gebruiker))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The zorgcoördinator's task list, n times. */
    List<Long> vraagTakenlijst(ConfigurableApplicationContext knoop, int n) throws Exception {
        return vraag(knoop, "/api/taken", Knopen.ZC, n);
    }

    private static String basis(ConfigurableApplicationContext knoop) {
        return "http://localhost:" + knoop.getEnvironment().getProperty("local.server.port");
    }

    private static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":bench").getBytes(StandardCharsets.UTF_8));
    }
}
