package nl.eenplan.arrangement.proces;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.arrangement.Arrangement;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.engine.Variabele;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;

/** What tasks bezwaarBehandelenOnderwijs, bezwaarBehandelenZorg and bezwaarBehandelenJeugdhulp share: the decision on the objection. */
final class BezwaarBehandelen {

    /** The form {@code bezwaarBehandelen}. */
    public record Invoer(@NotNull(message = "Kies GEGROND, ONGEGROND of INGETROKKEN.") Arrangement.Bezwaaruitkomst uitkomst,
                         @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
                         @Zorginhoud String toelichting) {
    }

    private BezwaarBehandelen() {
    }

    static Map<String, Object> verwerk(ArrangementService arrangementen, Taakcontext taak, Invoer invoer, String deel,
                                       Variabele<String> uitkomst) {
        return verwerk(arrangementen, taak.procesInstantieId(), invoer, deel, uitkomst);
    }

    /** The same, recorded with the arrangement of instance {@code arrangementInstantie} (process jeugdhulpbesluit). */
    static Map<String, Object> verwerk(ArrangementService arrangementen, String arrangementInstantie, Invoer invoer,
                                       String deel, Variabele<String> uitkomst) {
        arrangementen.bezwaarBeslist(arrangementInstantie, deel, invoer.uitkomst(), invoer.toelichting());
        return Map.ofEntries(uitkomst.is(invoer.uitkomst().name()));
    }
}
