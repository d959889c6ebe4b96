package nl.eenplan.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.dossier.Dossier;

/** What an audit entry may say about a request: never a query value or a body, only dossier numbers that look like one. */
final class Verzoeken {

    /** A query parameter's name as APIs use them; a "name" that could be text someone typed is left out. */
    private static final Pattern PARAMETERNAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,60}");

    private Verzoeken() {
    }

    /** Method, path and the names of the query parameters: "GET /engine-rest/task?processInstanceId". */
    static String wat(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        Set<String> namen = new LinkedHashSet<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String deel : query.split("&")) {
                String naam = deel.contains("=") ? deel.substring(0, deel.indexOf('=')) : deel;
                if (PARAMETERNAAM.matcher(naam).matches()) {
                    namen.add(naam);
                }
            }
        }
        return request.getMethod() + " " + pad + (namen.isEmpty() ? "" : "?" + String.join("&", namen));
    }

    /**
     * Only what is a dossier number as EenPlan makes them ({@link Dossier#isNummer}): a path or a business key may hold
     * anything a client typed, and nothing else a client sent is written down.
     */
    static Set<String> dossiernummers(Collection<String> waarden) {
        Set<String> nummers = new LinkedHashSet<>();
        for (String w : waarden) {
            if (Dossier.isNummer(w)) {
                nummers.add(w);
            }
        }
        return nummers;
    }
}
