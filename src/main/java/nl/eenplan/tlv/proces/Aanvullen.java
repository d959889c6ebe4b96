package nl.eenplan.tlv.proces;

import static nl.eenplan.tlv.proces.TlvVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.tlv.Tlv;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.Tlvregel;
import org.springframework.stereotype.Component;

/**
 * User task {@code aanvullen} ("TLV aanvullen (SWV)"): a TLV granted before V38 has no soort, category or dates the SWV
 * gave; the SWV completes them (tlv.Tlvregel), and the herindicatie signal counts from the end it gives.
 */
@Component("tlvAanvullen")
public class Aanvullen extends Gebruikerstaak<Aanvullen.Invoer> {

    public record Invoer(@NotNull(message = "Kies waartoe de leerling toelaatbaar is: SBO, SO of VSO.") Tlv.Soort tlvSoort,
                         Tlv.Categorie categorie,
                         @NotNull(message = "Vul de datum in waarop de TLV ingaat.") LocalDate startdatum,
                         @NotNull(message = "Vul de datum in tot en met wanneer de TLV geldt.") LocalDate einddatum) {
    }

    private final TlvService tlvs;

    Aanvullen(TlvService tlvs) {
        super(PROCES, Tlvproces.AANVULLEN, Invoer.class);
        this.tlvs = tlvs;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        Long id = TlvVariabelen.tlvId(taak);
        tlvs.aanvullen(id, new Tlvregel.Gegevens(invoer.tlvSoort(), invoer.categorie(), invoer.startdatum(),
                invoer.einddatum()), taak.dossierNummer());
        return TlvVariabelen.datums(invoer.einddatum());
    }
}
