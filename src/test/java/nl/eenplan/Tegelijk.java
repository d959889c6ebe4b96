package nl.eenplan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same request from several threads at the same moment, as a double click or a script would send it. */
public final class Tegelijk {

    private Tegelijk() {
    }

    /** Runs {@code verzoek} on {@code aantal} threads that start together; answers the results in thread order. */
    public static <T> List<T> keer(int aantal, Callable<T> verzoek) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(aantal);
        try {
            CountDownLatch klaar = new CountDownLatch(aantal);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> antwoorden = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                antwoorden.add(threads.submit(() -> {
                    klaar.countDown();
                    start.await();
                    return verzoek.call();
                }));
            }
            klaar.await();
            start.countDown();
            List<T> uitkomst = new ArrayList<>();
            for (Future<T> a : antwoorden) {
                uitkomst.add(a.get(2, TimeUnit.MINUTES));
            }
            return uitkomst;
        } finally {
            threads.shutdownNow();
        }
    }
}
