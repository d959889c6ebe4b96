package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.MELDCODE_ID;
import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.PROCES;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Routering;
import org.springframework.stereotype.Component;

/** The engine side of a meldcode, so MeldcodeService stays free of engine types: starts process meldcode. */
@Component
public class Meldcodeproces {

    private final Proefomgeving proefomgeving;

    Meldcodeproces(Proefomgeving proefomgeving) {
        this.proefomgeving = proefomgeving;
    }

    /** Starts the process for this record; the business key is the dossier number. Returns the instance id. */
    public String start(Leerlingidentiteit leerling, long meldcodeId) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(MELDCODE_ID.naam(), meldcodeId);
        // Through the try environment: a real school always starts on the version for all schools.
        return proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
    }
}
