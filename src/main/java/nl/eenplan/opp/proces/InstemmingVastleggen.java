package nl.eenplan.opp.proces;

import java.util.Map;
import nl.eenplan.opp.Instemming;
import nl.eenplan.opp.OppService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code instemmingVastleggen} ("Instemming ouders op het handelingsdeel vastleggen"): the parents' answer,
 * as the zorgcoördinator received it (the parents have no login yet). The same method takes a parent's own answer later.
 */
@Component
public class InstemmingVastleggen extends Gebruikerstaak<Instemming> {

    private final OppService opp;

    InstemmingVastleggen(OppService opp) {
        super(Oppproces.PROCES, "instemmingVastleggen", Instemming.class);
        this.opp = opp;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Instemming invoer, String gebruiker) {
        return Map.ofEntries(OppVariabelen.INGESTEMD.is(opp.instemming(taak.dossierNummer(), invoer, gebruiker)));
    }
}
