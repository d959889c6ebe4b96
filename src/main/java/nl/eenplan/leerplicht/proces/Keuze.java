package nl.eenplan.leerplicht.proces;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eenplan.web.OngeldigeInvoerException;

/** A code chosen in a leerplicht task: the known code, or a refusal that lists the codes there are. */
final class Keuze {

    private Keuze() {
    }

    static String gekozen(String veld, String code, UnaryOperator<String> bekend, Stream<String> codes) {
        try {
            return bekend.apply(code.trim());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "Onbekende " + veld + " '" + code + "'. Kies uit: "
                    + codes.collect(Collectors.joining(", ")) + ".");
        }
    }
}
