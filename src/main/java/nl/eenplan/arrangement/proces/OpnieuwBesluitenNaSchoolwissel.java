package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ONDERWIJS_BESLUIT;

import java.util.Map;
import nl.eenplan.arrangement.Besluitbezwaarservice;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code opnieuwBesluitenNaSchoolwissel} of process besluitbezwaar: after a well-founded objection the SWV
 * decides again (Awb art. 7:11), with the form of task besluitOnderwijs (a granted TLV states what tlv.Tlvregel asks,
 * refused per field).
 */
@Component
public class OpnieuwBesluitenNaSchoolwissel extends Gebruikerstaak<BesluitOnderwijs.Invoer> {

    private final Besluitbezwaarservice bezwaren;

    OpnieuwBesluitenNaSchoolwissel(Besluitbezwaarservice bezwaren) {
        super(Besluitbezwaarproces.PROCES, "opnieuwBesluitenNaSchoolwissel", BesluitOnderwijs.Invoer.class);
        this.bezwaren = bezwaren;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, BesluitOnderwijs.Invoer invoer, String gebruiker) {
        bezwaren.opnieuwBesloten(LbtAdviesNaSchoolwissel.besluitbezwaar(taak), invoer.besluit(), invoer.toelichting(),
                new nl.eenplan.tlv.Tlvregel.Gegevens(invoer.tlvSoort(), invoer.categorie(), invoer.startdatum(),
                        invoer.einddatum()));
        return Map.ofEntries(ONDERWIJS_BESLUIT.is(invoer.besluit().name()));
    }
}
