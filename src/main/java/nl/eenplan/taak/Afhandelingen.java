package nl.eenplan.taak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every task handler, by (process, task). Registered in Java, never by a model property: a model whose user
 * task has no handler here is refused when it is deployed (docs/security.md).
 */
@Component
public class Afhandelingen {

    private final Map<String, Taakafhandeling<?>> perTaak = new HashMap<>();

    Afhandelingen(List<Taakafhandeling<?>> afhandelingen) {
        for (Taakafhandeling<?> a : afhandelingen) {
            for (String taak : a.taken()) {
                Taakafhandeling<?> eerder = perTaak.put(sleutel(a.proces(), taak), a);
                if (eerder != null) {
                    throw new IllegalStateException("Taak " + taak + " van proces " + a.proces()
                            + " heeft twee afhandelingen: " + eerder + " en " + a + ".");
                }
            }
        }
    }

    public Optional<Taakafhandeling<?>> voor(String proces, String taak) {
        return Optional.ofNullable(perTaak.get(sleutel(proces, taak)));
    }

    /** Whether a user task of this process can be completed at all: the deployment check asks this. */
    public boolean heeftAfhandeling(String proces, String taak) {
        return perTaak.containsKey(sleutel(proces, taak));
    }

    private static String sleutel(String proces, String taak) {
        return proces + "\u0000" + taak;
    }
}
