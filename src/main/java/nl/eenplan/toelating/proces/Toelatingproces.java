package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.AANMELDING_ONTVANGEN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.NL;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.TOELATING_ID;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Routering;
import org.springframework.stereotype.Component;

/**
 * The engine side of an admission, so ToelatingService stays free of engine types: starts process toelating for the
 * applicant's dossier at the school applied to (its tenant, engine.TenantPerSchool).
 */
@Component
public class Toelatingproces {

    private final Proefomgeving proefomgeving;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final org.camunda.bpm.engine.HistoryService historyService;
    private final org.camunda.bpm.engine.RepositoryService repositoryService;

    Toelatingproces(Proefomgeving proefomgeving, org.camunda.bpm.engine.RuntimeService runtimeService,
                    org.camunda.bpm.engine.HistoryService historyService,
                    org.camunda.bpm.engine.RepositoryService repositoryService) {
        this.proefomgeving = proefomgeving;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** How an instance ended outside EenPlan: deleted by hand, with the reason given, by whom and when if known. */
    public record Einde(String reden, String door, java.time.Instant op) {
    }

    /**
     * An admission's instance that no longer runs although the admission was not decided: someone deleted it by hand
     * (Cockpit, /engine-rest). Empty while it runs. Who and when come from the engine's operation log (written for a
     * signed-in user), else the history's end time.
     */
    public java.util.Optional<Einde> beeindigdBuitenEenPlan(String procesInstantieId) {
        if (procesInstantieId == null || runtimeService.createProcessInstanceQuery()
                .processInstanceId(procesInstantieId).count() > 0) {
            return java.util.Optional.empty();
        }
        var historie = historyService.createHistoricProcessInstanceQuery().processInstanceId(procesInstantieId)
                .singleResult();
        var verwijderd = historyService.createUserOperationLogQuery().processInstanceId(procesInstantieId)
                .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE).list()
                .stream().findFirst();
        String reden = historie == null ? null : historie.getDeleteReason();
        String door = verwijderd.map(org.camunda.bpm.engine.history.UserOperationLogEntry::getUserId).orElse(null);
        java.time.Instant op = verwijderd.map(e -> e.getTimestamp().toInstant())
                .orElse(historie == null || historie.getEndTime() == null ? null : historie.getEndTime().toInstant());
        return java.util.Optional.of(new Einde(reden, door, op));
    }

    /**
     * The parents' objection or request for herziening came in: the instance waiting for it (after the letter, before
     * "no objection") goes on. False when none waits: no letter sent yet, the term over, or one already registered.
     */
    public boolean bezwaar(String procesInstantieId) {
        try {
            nl.eenplan.engine.Berichten.aanLopende(runtimeService, ToelatingVariabelen.BEZWAAR_BERICHT)
                    .processInstanceId(procesInstantieId).correlate();
            return true;
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /**
     * The parents went to the Geschillencommissie: a running decision task on the objection stops (its reminder and
     * escalation with it) and the instance waits for the oordeel. Nothing to stop (no objection yet, or a model from
     * before the pause): false; ToelatingService still refuses the decision until the oordeel.
     */
    public boolean naarGeschillencommissie(String procesInstantieId) {
        return nl.eenplan.engine.Berichten.aanWachtende(runtimeService, procesInstantieId,
                ToelatingVariabelen.GESCHILLENCOMMISSIE_BERICHT);
    }

    /** The commission's oordeel: a waiting instance resumes the board's term. False when none waits. */
    public boolean oordeel(String procesInstantieId) {
        return nl.eenplan.engine.Berichten.aanWachtende(runtimeService, procesInstantieId,
                ToelatingVariabelen.OORDEEL_BERICHT);
    }

    /** Whether the admission's instance still runs. */
    public boolean loopt(String procesInstantieId) {
        return procesInstantieId != null && runtimeService.createProcessInstanceQuery()
                .processInstanceId(procesInstantieId).count() > 0;
    }

    /**
     * Whether the instance's model version has the step that records the refusal letter (task besluitbrief, since V45):
     * an admission started before that upgrade finishes on its own version, where a refusal simply ends.
     */
    public boolean heeftBesluitbrief(String procesInstantieId) {
        var instantie = procesInstantieId == null ? null : runtimeService.createProcessInstanceQuery()
                .processInstanceId(procesInstantieId).singleResult();
        // Not running (any more): today's version decides what the texts say.
        return instantie == null || repositoryService.getBpmnModelInstance(instantie.getProcessDefinitionId())
                .getModelElementById("besluitbrief") != null;
    }

    /** Starts the process with the dossier number as business key; returns the instance's id. */
    public String start(Routeringsgegevens leerling, long toelatingId, LocalDate aanmeldingOntvangenOp) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(TOELATING_ID.naam(), toelatingId);
        variabelen.put(AANMELDING_ONTVANGEN.naam(), Date.from(aanmeldingOntvangenOp.atStartOfDay(NL).toInstant()));
        return proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
    }
}
