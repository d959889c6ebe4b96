package nl.eenplan.mdo.proces;

import java.util.Map;

/** The reasons the Tasklist form offers for cancelling an agreement; the API takes free text. */
final class AnnuleerReden {

    private static final Map<String, String> CODES = Map.of(
            "nietMeerNodig", "Niet meer nodig.",
            "overgenomen", "Overgenomen door een andere afspraak of hulpverlener.",
            "oudersWillenNiet", "Ouders of leerling willen dit niet meer.");

    private AnnuleerReden() {
    }

    /** A form code becomes its text; anything else (from the API) is the reason itself. */
    static String tekst(String codeOfTekst) {
        return CODES.getOrDefault(codeOfTekst, codeOfTekst);
    }
}
