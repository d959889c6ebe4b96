package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.OVERSTAPSOORT;
import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;
import static nl.eenplan.overstap.proces.OverstapVariabelen.SCHOOLJAAR;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Routering;
import nl.eenplan.transactie.PerTransactie;
import nl.eenplan.web.NietMogelijkException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The engine side of an overstap, so OverstapService stays free of engine types: starts the process. */
@Component
public class Overstapproces {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final PerTransactie<String, String> laatsteVersie = new PerTransactie<>();

    private final Proefomgeving proefomgeving;

    Overstapproces(RuntimeService runtimeService, RepositoryService repositoryService, Proefomgeving proefomgeving) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.proefomgeving = proefomgeving;
    }

    /**
     * Starts process overstap for the pupil (business key: the dossier number) with the routing facts, the kind and
     * the school year; answers the instance. The model's latest version is looked up once per transaction (a class
     * upload's block).
     */
    public String start(Routeringsgegevens leerling, String overstapsoort, String schooljaar) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(OVERSTAPSOORT.naam(), overstapsoort);
        variabelen.put(SCHOOLJAAR.naam(), schooljaar);
        // A real school always starts on the version for all schools; only the test school on its try version.
        String versie = proefomgeving.proefversie(PROCES, leerling.schoolBrin())
                .orElseGet(() -> laatsteVersie.geef(PROCES, this::zoekLaatsteVersie));
        return runtimeService.startProcessInstanceById(versie, leerling.dossierNummer(), variabelen).getId();
    }

    /** Message on the boundary of {@code oudersLatenZien}: the family saw the overstapdossier online (issue #24). */
    public static final String ZIENSWIJZE_ONTVANGEN = "zienswijzeOntvangen";

    /** Whether this overstap's step {@code oudersLatenZien} waits now (for the school, or for the family's view). */
    public boolean wachtOpZienswijze(String procesInstantieId) {
        return nl.eenplan.engine.Berichten.wacht(runtimeService, procesInstantieId, ZIENSWIJZE_ONTVANGEN);
    }

    /**
     * The family's view is recorded: ends step {@code oudersLatenZien} through its boundary message, as the school's
     * "shown to the parents" would; false when the step no longer waits.
     */
    public boolean zienswijzeOntvangen(String procesInstantieId) {
        return nl.eenplan.engine.Berichten.aanWachtende(runtimeService, procesInstantieId, ZIENSWIJZE_ONTVANGEN);
    }

    private String zoekLaatsteVersie(String sleutel) {
        ProcessDefinition versie = repositoryService.createProcessDefinitionQuery().processDefinitionKey(sleutel)
                .latestVersion().withoutTenantId().singleResult();
        if (versie == null) {
            throw new NietMogelijkException("Het procesmodel '" + sleutel + "' is niet gedeployed.");
        }
        return versie.getId();
    }
}
