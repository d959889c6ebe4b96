package nl.eenplan.termijn;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.eenplan.transactie.PerTransactie;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Looks up a row of a calendar table (termijnen.dmn, overstapkalender.dmn) and remembers the answer per
 * deployed version of the table: the same inputs give the same row until a process owner deploys a new
 * version. Evaluating a table costs far more than finding its latest version (measured: the FEEL engine
 * dominated starting a cohort, docs/benchmark.md).
 */
@Component
public class Beslistabel {

    private final DecisionService decisionService;
    private final RepositoryService repositoryService;
    private final Map<List<Object>, Optional<Map<String, Object>>> antwoorden = new ConcurrentHashMap<>();
    private final PerTransactie<String, DecisionDefinition> versies = new PerTransactie<>();

    Beslistabel(DecisionService decisionService, RepositoryService repositoryService) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
    }

    /** The single matching row of the table's latest version, or empty when no row matches. */
    public Optional<Map<String, Object>> rij(String sleutel, Map<String, Object> invoer) {
        DecisionDefinition versie = laatsteVersie(sleutel);
        if (versie == null) {
            throw new IllegalStateException("Beslistabel '" + sleutel + "' is niet gedeployed.");
        }
        return antwoorden.computeIfAbsent(List.of(versie.getId(), new HashMap<>(invoer)), k -> Optional.ofNullable(
                decisionService.evaluateDecisionById(versie.getId()).variables(invoer).evaluate().getSingleResult())
                .map(rij -> Collections.unmodifiableMap(new HashMap<>(rij))));
    }

    /**
     * The latest deployed version, asked once per transaction: a class upload starts many pupils in one
     * transaction, each with several deadlines; a version deployed meanwhile applies from the next one.
     */
    private DecisionDefinition laatsteVersie(String sleutel) {
        return versies.geef(sleutel, this::zoekLaatsteVersie);
    }

    private DecisionDefinition zoekLaatsteVersie(String sleutel) {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(sleutel)
                .latestVersion().withoutTenantId().singleResult();
    }
}
