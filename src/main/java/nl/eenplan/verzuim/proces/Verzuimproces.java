package nl.eenplan.verzuim.proces;

import static nl.eenplan.verzuim.proces.VerzuimVariabelen.BESLUIT;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.DREMPELDATUM;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.PROCES;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.SOORT;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.SOORT_OMSCHRIJVING;
import static nl.eenplan.verzuim.proces.VerzuimVariabelen.VERZUIMMELDING_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Routering;
import nl.eenplan.taak.TaakService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine side of a verzuimmelding, so VerzuimService stays free of engine types: starts the process for a
 * draft and completes task melden on the school's behalf (EenPlan's own send and withdraw buttons).
 */
@Component
public class Verzuimproces {

    static final String MELDEN = "melden";

    private final Proefomgeving proefomgeving;
    private final TaskService taskService;
    private final TaakService taken;

    Verzuimproces(Proefomgeving proefomgeving, TaskService taskService, TaakService taken) {
        this.proefomgeving = proefomgeving;
        this.taskService = taskService;
        this.taken = taken;
    }

    /** What starting gave: the instance, and the deadline of task melden (the norm of 5 werkdagen). */
    public record Gestart(String procesInstantieId, Instant deadline) {
    }

    /**
     * Starts the process for a draft; {@code drempeldatum}, the day the report's threshold was reached (its end date),
     * is where task melden's norm counts from (its {@code termijnVanaf}).
     */
    public Gestart start(Leerlingidentiteit leerling, long meldingId, String soort, String omschrijving,
                         LocalDate drempeldatum) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(DREMPELDATUM.naam(),
                java.util.Date.from(drempeldatum.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()));
        variabelen.put(VERZUIMMELDING_ID.naam(), meldingId);
        variabelen.put(SOORT.naam(), soort);
        variabelen.put(SOORT_OMSCHRIJVING.naam(), omschrijving);
        // Through the try environment: a real school always starts on the version for all schools.
        String instantie = proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
        Task melden = melden(instantie);
        return new Gestart(instantie, melden == null || melden.getDueDate() == null ? null
                : melden.getDueDate().toInstant());
    }

    /** Completes task melden as the signed-in user does in Tasklist; false when it no longer waits. */
    public boolean rondMeldenAf(String procesInstantieId, String besluit) {
        Task melden = melden(procesInstantieId);
        if (melden == null) {
            return false;
        }
        taken.voltooiNamensGebruiker(melden.getId(), Map.ofEntries(BESLUIT.is(besluit)));
        return true;
    }

    private Task melden(String procesInstantieId) {
        return taskService.createTaskQuery().processInstanceId(procesInstantieId).taskDefinitionKey(MELDEN)
                .singleResult();
    }
}
