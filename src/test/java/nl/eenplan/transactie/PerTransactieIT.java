package nl.eenplan.transactie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** An answer holds for the rest of its transaction: not in the next one, nor in a transaction of its own inside it. */
class PerTransactieIT extends IntegratieTest {

    @Autowired
    PlatformTransactionManager transacties;

    @Test
    void eenAntwoordGeldtAlleenInZijnEigenTransactie() {
        PerTransactie<String, Integer> onthouden = new PerTransactie<>();
        AtomicInteger gevraagd = new AtomicInteger();
        TransactionTemplate buiten = new TransactionTemplate(transacties);
        TransactionTemplate eigen = new TransactionTemplate(transacties);
        eigen.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        buiten.executeWithoutResult(s -> {
            assertThat(onthouden.geef("versie", v -> gevraagd.incrementAndGet())).isEqualTo(1);
            assertThat(onthouden.geef("versie", v -> gevraagd.incrementAndGet())).isEqualTo(1);
            Integer binnen = eigen.execute(t -> onthouden.geef("versie", v -> gevraagd.incrementAndGet()));
            assertThat(binnen).isEqualTo(2);
            assertThat(onthouden.geef("versie", v -> gevraagd.incrementAndGet())).isEqualTo(1);
        });
        Integer volgende = buiten.execute(s -> onthouden.geef("versie", v -> gevraagd.incrementAndGet()));
        assertThat(volgende).isEqualTo(3);
        // Without a transaction it asks every time.
        assertThat(onthouden.geef("versie", v -> gevraagd.incrementAndGet())).isEqualTo(4);
        assertThat(onthouden.geef("versie", v -> gevraagd.incrementAndGet())).isEqualTo(5);
    }

    @Test
    void eenVergetenAntwoordWordtOpnieuwGevraagdEnAndereBlijven() {
        PerTransactie<String, Integer> onthouden = new PerTransactie<>();
        AtomicInteger gevraagd = new AtomicInteger();
        new TransactionTemplate(transacties).executeWithoutResult(s -> {
            assertThat(onthouden.geef("kalender 01AA", v -> gevraagd.incrementAndGet())).isEqualTo(1);
            assertThat(onthouden.geef("kalender 02BB", v -> gevraagd.incrementAndGet())).isEqualTo(2);
            onthouden.vergeet("kalender 01AA");
            assertThat(onthouden.geef("kalender 01AA", v -> gevraagd.incrementAndGet())).isEqualTo(3);
            assertThat(onthouden.geef("kalender 02BB", v -> gevraagd.incrementAndGet())).isEqualTo(2);
        });
        onthouden.vergeet("kalender 01AA"); // without a transaction: nothing to forget, no error
    }
}
