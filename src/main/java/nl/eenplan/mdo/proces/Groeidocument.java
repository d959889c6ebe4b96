package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_ID;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code groeidocument} ("Groeidocument bijwerken"): done when the groeidocument in the dossier has a version
 * saved since the MDO was planned (MdoService.controleerGroeidocument); no process variable. Earlier forms sent
 * {@code gedaan}: accepted and ignored, the saved version is what counts.
 */
@Component
public class Groeidocument extends Gebruikerstaak<Groeidocument.Invoer> {

    /** Nothing to fill in. {@code gedaan}, the checkbox of the form before V36 that running MDOs may still show: ignored. */
    @JsonIgnoreProperties("gedaan")
    public record Invoer() {
    }

    private final MdoService mdo;

    Groeidocument(MdoService mdo) {
        super(PROCES, "groeidocument", Invoer.class);
        this.mdo = mdo;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        Object mdoId = taak.variabele(MDO_ID.naam());
        mdo.controleerGroeidocument(taak.dossierNummer(), mdoId instanceof Number n ? n.longValue() : null);
        return Map.of();
    }
}
