package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;

/** A class file of the test school, uploaded by its zorgcoördinator and followed until done. */
public final class Klasupload {

    private Klasupload() {
    }

    /** A class of n pupils with BSNs from this number on, at the test school; the i-th is called {@code naam + i}. */
    public static String klas(String naam, int bsnVanaf, int n) {
        StringBuilder csv = new StringBuilder(String.join(";", CohortService.KOLOMMEN)).append('\n');
        for (int i = 0; i < n; i++) {
            csv.append(Testdossiers.bsn(bsnVanaf + i)).append(";Leerling;;").append(naam).append(i)
                    .append(";2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n");
        }
        return csv.toString();
    }

    /** Uploads a class file and follows its progress until it is done: the final progress. */
    public static JsonNode upload(Http http, String csv) {
        Http.Antwoord antwoord = http.als("zorgcoordinator").postCsv("/api/overstappen/cohort", csv);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(202);
        String voortgang = antwoord.headers().firstValue("Location").orElseThrow();
        long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos(); // a wait, not a date
        JsonNode stand = http.als("zorgcoordinator").get(voortgang).json();
        while (!stand.get("status").asText().equals("KLAAR") && System.nanoTime() < tot) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            stand = http.als("zorgcoordinator").get(voortgang).json();
        }
        assertThat(stand.get("status").asText()).isEqualTo("KLAAR");
        return stand;
    }
}
