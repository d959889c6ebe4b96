package nl.eenplan.tlv.proces;

import static nl.eenplan.tlv.proces.TlvVariabelen.HERINDICATIE_KEUZE;
import static nl.eenplan.tlv.proces.TlvVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.tlv.TlvService;
import org.springframework.stereotype.Component;

/**
 * User task {@code herindicatie} ("Herindicatie of vervolg kiezen"): before the TLV ends the school chooses with the
 * parents: ask herindicatie (a new arrangement request with a TLV; the new TLV ends this one), back to regular education
 * (on {@code terugOp}), or let it end.
 */
@Component("tlvHerindicatie")
public class Herindicatie extends Gebruikerstaak<Herindicatie.Invoer> {

    public record Invoer(@NotNull(message = "Kies HERINDICATIE_AANVRAGEN, TERUG_NAAR_REGULIER of LATEN_VERLOPEN.")
                         TlvService.Keuze keuze,
                         LocalDate terugOp) {
    }

    private final TlvService tlvs;

    Herindicatie(TlvService tlvs) {
        super(PROCES, "herindicatie", Invoer.class);
        this.tlvs = tlvs;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        tlvs.herindicatie(TlvVariabelen.tlvId(taak), invoer.keuze(), invoer.terugOp());
        return Map.ofEntries(HERINDICATIE_KEUZE.is(invoer.keuze().name()));
    }
}
