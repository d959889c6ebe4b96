package nl.eenplan.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem+json answers of the API: Dutch title, Dutch message, offending fields. */
public final class Problemen {

    /** Dutch titles for the statuses the API answers with. */
    private static final Map<Integer, String> TITELS = Map.of(
            400, "Ongeldige invoer",
            401, "Niet aangemeld",
            403, "Geen toegang",
            404, "Niet gevonden",
            405, "Methode niet toegestaan",
            406, "Antwoordformaat niet beschikbaar",
            413, "Verzoek te groot",
            415, "Inhoudstype niet ondersteund",
            500, "Interne fout");

    private Problemen() {
    }

    public static ProblemDetail probleem(HttpStatusCode status, String melding, List<Veldfout> fouten) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, melding);
        problem.setTitle(titel(status.value(), "Fout"));
        if (!fouten.isEmpty()) {
            problem.setProperty("fouten", fouten);
        }
        return problem;
    }

    static String titel(int status, String anders) {
        return TITELS.getOrDefault(status, anders);
    }

    static ProblemDetail teGroot(long limiet) {
        return probleem(HttpStatus.PAYLOAD_TOO_LARGE,
                "De inhoud van het verzoek is groter dan de grens van " + grootte(limiet) + ".", List.of());
    }

    /** A limit for people: "1000 bytes", "512 kB", "64 MB", "1,5 MB". */
    static String grootte(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        java.math.BigDecimal mb = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024),
                1, java.math.RoundingMode.DOWN).stripTrailingZeros();
        return mb.toPlainString().replace('.', ',') + " MB";
    }
}
