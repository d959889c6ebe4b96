package nl.eenplan.transactie;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers lookups for the rest of the current transaction: a class upload starts a block of pupils in one
 * transaction, and the facts every pupil asks for (the latest model version, the uploader's groups) do
 * not change in between (measured in docs/benchmark.md). Without a transaction it looks up every time.
 *
 * @param <K> what is asked
 * @param <V> the answer
 */
public final class PerTransactie<K, V> {

    private final Predicate<? super V> onthouden;

    /** Remembers every answer that is not null. */
    public PerTransactie() {
        this(antwoord -> true);
    }

    /** Remembers only the answers that pass: a "no" that a grant later in the transaction may turn into "yes" is asked again. */
    public PerTransactie(Predicate<? super V> onthouden) {
        this.onthouden = onthouden;
    }

    public V geef(K vraag, Function<? super K, ? extends V> zoek) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return zoek.apply(vraag);
        }
        @SuppressWarnings("unchecked")
        Map<K, V> gezien = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (gezien == null) {
            gezien = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, gezien);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private Object bewaard;

                // A transaction of its own inside this one (REQUIRES_NEW) starts without these answers.
                @Override
                public void suspend() {
                    bewaard = TransactionSynchronizationManager.unbindResourceIfPossible(PerTransactie.this);
                }

                @Override
                public void resume() {
                    if (bewaard != null) {
                        TransactionSynchronizationManager.bindResource(PerTransactie.this, bewaard);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PerTransactie.this);
                }
            });
        }
        V antwoord = gezien.get(vraag);
        if (antwoord == null) {
            antwoord = zoek.apply(vraag);
            if (antwoord != null && onthouden.test(antwoord)) {
                gezien.put(vraag, antwoord);
            }
        }
        return antwoord;
    }

    /** Forgets the answer to {@code vraag} in the current transaction: what it was read from changed. */
    public void vergeet(K vraag) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) instanceof Map<?, ?> gezien) {
            gezien.remove(vraag);
        }
    }
}
