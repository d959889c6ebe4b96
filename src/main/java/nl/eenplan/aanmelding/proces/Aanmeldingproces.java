package nl.eenplan.aanmelding.proces;

import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.AANMELDING_ID;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.EERDERE_ONDERSTEUNING;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.GEMELD_DOOR;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.PROCES;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.SIGNALEN_ONVEILIGHEID;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.URGENTIE;
import static nl.eenplan.aanmelding.proces.AanmeldingVariabelen.categorie;

import java.util.Map;
import java.util.Set;
import nl.eenplan.aanmelding.Categorie;
import nl.eenplan.aanmelding.Urgentie;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Routering;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of a referral, so AanmeldingService stays free of engine types: starts process aanmelding for a
 * concern, and says whether a referral's instance still runs.
 */
@Component
public class Aanmeldingproces {

    private final RuntimeService runtimeService;
    private final Proefomgeving proefomgeving;

    Aanmeldingproces(RuntimeService runtimeService, Proefomgeving proefomgeving) {
        this.runtimeService = runtimeService;
        this.proefomgeving = proefomgeving;
    }

    /** Starts the process with the dossier number as business key; returns the instance's id. */
    public String start(Routeringsgegevens leerling, long aanmeldingId, String gemeldDoor, Urgentie urgentie,
                        boolean eerdereOndersteuning, boolean signalenOnveiligheid, Set<Categorie> categorieen) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(AANMELDING_ID.naam(), aanmeldingId);
        variabelen.put(GEMELD_DOOR.naam(), gemeldDoor);
        variabelen.put(URGENTIE.naam(), urgentie.name());
        variabelen.put(EERDERE_ONDERSTEUNING.naam(), eerdereOndersteuning);
        variabelen.put(SIGNALEN_ONVEILIGHEID.naam(), signalenOnveiligheid);
        for (Categorie c : Categorie.values()) {
            variabelen.put(categorie(c).naam(), categorieen.contains(c));
        }
        // Through the try environment: a real school always starts on the version for all schools.
        return proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
    }

    /** Whether this instance still runs. */
    public boolean loopt(String procesInstantieId) {
        return procesInstantieId != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(procesInstantieId).count() > 0;
    }
}
