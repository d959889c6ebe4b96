package nl.eenplan.tlv.proces;

import static nl.eenplan.tlv.proces.TlvVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.tlv.TlvService;
import org.springframework.stereotype.Component;

/**
 * User task {@code verlopen} ("TLV verlopen: vervolg vastleggen"): the TLV ended without a new one; the school records
 * whether the pupil is back in regular education (and since when). Otherwise it stays verlopen.
 */
@Component("tlvVerlopen")
public class Verlopen extends Gebruikerstaak<Verlopen.Invoer> {

    public record Invoer(@NotNull(message = "Geef aan of de leerling terug is in het regulier onderwijs.")
                         Boolean terugNaarRegulier,
                         LocalDate terugOp) {
    }

    private final TlvService tlvs;

    Verlopen(TlvService tlvs) {
        super(PROCES, "verlopen", Invoer.class);
        this.tlvs = tlvs;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        tlvs.naVerlopen(TlvVariabelen.tlvId(taak), invoer.terugNaarRegulier(),
                invoer.terugOp());
        return Map.of();
    }
}
