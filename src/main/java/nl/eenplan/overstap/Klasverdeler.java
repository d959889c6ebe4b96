package nl.eenplan.overstap;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands the lines of a class file, as they are read, to a few workers in blocks. The same pupil always goes to the
 * same worker, in file order, and a worker's blocks are its own lines in file order, {@code blokgrootte} at a time
 * (as when the whole file was split first). Each worker has a queue of {@code wachtrij} blocks: the reader waits when
 * it is full, so at most {@code werkers × (wachtrij + 2)} blocks exist at once (queued, being done, being filled),
 * whatever the size of the file.
 *
 * @param <R> a line
 */
final class Klasverdeler<R> {

    /** What a worker does with a block; a failure stops that worker's further blocks (they are passed by). */
    interface Blokwerk<R> {
        void verwerk(List<R> blok);
    }

    private static final long WACHT_MS = 100;

    private final Function<R, String> leerling;
    private final int werkers;
    private final int blokgrootte;
    private final int wachtrij;

    /**
     * @param leerling who a line is about (lines with the same answer go to the same worker, in order)
     * @param werkers the number of workers
     * @param blokgrootte lines per block
     * @param wachtrij blocks waiting per worker
     */
    Klasverdeler(Function<R, String> leerling, int werkers, int blokgrootte, int wachtrij) {
        this.leerling = leerling;
        this.werkers = Math.max(1, werkers);
        this.blokgrootte = Math.max(1, blokgrootte);
        this.wachtrij = Math.max(1, wachtrij);
    }

    /**
     * Reads all lines and has them done on the workers (each started on {@code uitvoering}); returns when every
     * worker is done. A worker's failure goes to {@code afgebroken} (once per worker) and the rest of its blocks are
     * passed by; a failure to read, or to start a worker, ends the reading, lets the workers finish what they have,
     * and is thrown.
     */
    void verdeel(Iterator<R> regels, Executor uitvoering, Blokwerk<R> werk, Consumer<RuntimeException> afgebroken) {
        Stand stand = new Stand();
        List<Werker> gestart = new ArrayList<>();
        try {
            for (int w = 0; w < werkers; w++) {
                Werker werker = new Werker(stand, werk, afgebroken);
                uitvoering.execute(werker);
                gestart.add(werker);
            }
            List<List<R>> open = new ArrayList<>();
            for (int w = 0; w < werkers; w++) {
                open.add(new ArrayList<>(blokgrootte));
            }
            while (regels.hasNext()) {
                R regel = regels.next();
                int w = Math.floorMod(leerling.apply(regel).toLowerCase().hashCode(), werkers);
                open.get(w).add(regel);
                if (open.get(w).size() == blokgrootte) {
                    gestart.get(w).geef(open.get(w));
                    open.set(w, new ArrayList<>(blokgrootte));
                }
            }
            for (int w = 0; w < werkers; w++) {
                if (!open.get(w).isEmpty()) {
                    gestart.get(w).geef(open.get(w));
                }
            }
        } finally {
            // Nothing more comes: the workers do what they have and stop.
            stand.einde = true;
            for (Werker werker : gestart) {
                try {
                    werker.klaar.get();
                } catch (InterruptedException e) {
                    // The application stops (its pools interrupt their threads): do not wait for workers that may
                    // never run.
                    Thread.currentThread().interrupt();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    // never: a worker completes its future normally, also after a failure
                }
            }
        }
    }

    /** Shared by the reader and its workers: set once every block has been handed out (or the reading stopped). */
    private static final class Stand {
        volatile boolean einde;
    }

    private final class Werker implements Runnable {

        private final BlockingQueue<List<R>> rij = new ArrayBlockingQueue<>(wachtrij);
        private final CompletableFuture<Void> klaar = new CompletableFuture<>();
        private final Stand stand;
        private final Blokwerk<R> werk;
        private final Consumer<RuntimeException> afgebroken;

        Werker(Stand stand, Blokwerk<R> werk, Consumer<RuntimeException> afgebroken) {
            this.stand = stand;
            this.werk = werk;
            this.afgebroken = afgebroken;
        }

        /** Puts a block in the queue, waiting while it is full; fails when the worker stopped (interrupted). */
        void geef(List<R> blok) {
            try {
                while (!rij.offer(blok, WACHT_MS, TimeUnit.MILLISECONDS)) {
                    if (klaar.isDone()) {
                        throw new IllegalStateException("Een werker van de upload is gestopt.");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("De upload is onderbroken.", e);
            }
        }

        @Override
        public void run() {
            boolean gestopt = false;
            try {
                while (true) {
                    List<R> blok = rij.poll(WACHT_MS, TimeUnit.MILLISECONDS);
                    // "einde" is set after the last block was queued: seen here, a last look finds every block.
                    if (blok == null && stand.einde) {
                        blok = rij.poll();
                        if (blok == null) {
                            return;
                        }
                    }
                    if (blok != null && !gestopt) {
                        try {
                            werk.verwerk(blok);
                        } catch (RuntimeException e) {
                            gestopt = true;
                            afgebroken.accept(e);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                klaar.complete(null);
            }
        }
    }
}
