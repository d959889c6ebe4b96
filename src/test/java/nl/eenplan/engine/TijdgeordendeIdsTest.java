package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue #25: the engine's ids in the order they were made, unique as Camunda's own. */
@DisplayName("Engine-ids op volgorde van aanmaken, even uniek als die van Camunda")
class TijdgeordendeIdsTest {

    @Test
    @DisplayName("Elk volgend id is als tekst groter dan het vorige (ook uit een tweede bean, als van een tweede "
            + "context), een UUID versie 6")
    void opVolgorde() {
        TijdgeordendeIds ids = new TijdgeordendeIds();
        TijdgeordendeIds tweede = new TijdgeordendeIds();
        String vorige = ids.getNextId();
        for (int i = 0; i < 100_000; i++) {
            String volgende = (i % 2 == 0 ? tweede : ids).getNextId();
            assertThat(volgende).hasSize(36).isGreaterThan(vorige);
            vorige = volgende;
        }
        UUID id = UUID.fromString(vorige);
        assertThat(id.version()).isEqualTo(6);
        assertThat(id.toString()).isEqualTo(vorige);
    }

    @Test
    @DisplayName("Acht threads tegelijk, 200.000 ids: geen twee gelijk")
    void uniekOverThreads() throws Exception {
        TijdgeordendeIds ids = new TijdgeordendeIds();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> delen = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<String>> deel = () -> {
                    List<String> gemaakt = new ArrayList<>();
                    for (int i = 0; i < 25_000; i++) {
                        gemaakt.add(ids.getNextId());
                    }
                    return gemaakt;
                };
                delen.add(threads.submit(deel));
            }
            Set<String> alle = new HashSet<>();
            for (Future<List<String>> deel : delen) {
                alle.addAll(deel.get());
            }
            assertThat(alle).hasSize(200_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
