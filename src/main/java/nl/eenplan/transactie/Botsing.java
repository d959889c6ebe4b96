package nl.eenplan.transactie;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two requests at the same moment that write the same thing (a dossier, a consent, a referral): a unique key in the
 * database lets one through and refuses the other, on every node of the cluster alike. The refused one runs its work
 * once more, in a transaction of its own, and then finds what the first one wrote: so it answers as a repeated
 * request does, never with an error of the database.
 */
public final class Botsing {

    private Botsing() {
    }

    /**
     * Runs {@code werk} (a transactional service call) and, when the database refused it because another transaction
     * wrote the same row first, runs it once more. Call it outside a transaction: the second run needs a fresh one.
     */
    public static <T> T nogEens(Supplier<T> werk) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Botsing.nogEens hoort buiten een transactie: de tweede poging begint een nieuwe.");
        }
        try {
            return werk.get();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // H2 can also answer a lock timeout while the other transaction still runs; both mean: ask again.
            return werk.get();
        }
    }
}
