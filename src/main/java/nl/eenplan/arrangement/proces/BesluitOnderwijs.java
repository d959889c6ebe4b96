package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ONDERWIJS_BESLUIT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.Besluit;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** User task {@code besluitOnderwijs} ("Besluit onderwijsdeel (SWV)"). */
@Component
public class BesluitOnderwijs extends Gebruikerstaak<BesluitOnderwijs.Invoer> {

    public record Invoer(@NotNull(message = "Kies TOEGEKEND of AFGEWEZEN.") Besluit besluit,
                          @Size(max = 2000, message = "De toelichting is te lang (maximaal 2000 tekens).")
                          @Zorginhoud String toelichting,
                          // A TLV granted: what it states (tlv.Tlvregel; refused per field when missing).
                          nl.eenplan.tlv.Tlv.Soort tlvSoort, nl.eenplan.tlv.Tlv.Categorie categorie,
                          java.time.LocalDate startdatum, java.time.LocalDate einddatum) {
    }

    private final ArrangementService arrangementen;

    BesluitOnderwijs(ArrangementService arrangementen) {
        super(PROCES, "besluitOnderwijs", Invoer.class);
        this.arrangementen = arrangementen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        arrangementen.besluit(taak.procesInstantieId(), taak.dossierNummer(), ArrangementService.ONDERWIJS,
                invoer.toelichting());
        arrangementen.tlvBesluit(taak.procesInstantieId(), invoer.besluit(), new nl.eenplan.tlv.Tlvregel.Gegevens(
                invoer.tlvSoort(), invoer.categorie(), invoer.startdatum(), invoer.einddatum()));
        return Map.ofEntries(ONDERWIJS_BESLUIT.is(invoer.besluit().name()));
    }
}
