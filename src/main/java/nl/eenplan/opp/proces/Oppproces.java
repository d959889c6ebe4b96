package nl.eenplan.opp.proces;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Ingelogd;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Taaktermijnanker;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of the OPP (process {@code opp}, processes/opp.bpmn), so OppService stays free of engine types: at
 * most one running per dossier (its business key), started when an arrangement starts, asked to change the
 * handelingsdeel when the arrangement is bijgesteld, ended with the arrangement or the dossier.
 */
@Component
public class Oppproces {

    /** The process id. */
    public static final String PROCES = "opp";
    /** Message: the arrangement's evaluation chose "bijstellen" (caught while the OPP is in force). */
    static final String BIJSTELLEN = "oppBijstellen";
    /** Message: the arrangement ended or the dossier closes. */
    static final String BEEINDIGD = "oppBeeindigd";
    /**
     * Message: the family's own answers online decided the instemming (issue 24); caught by the boundary event on task
     * instemmingVastleggen, with variable {@code ingestemd}, so the process goes on as when the school records it.
     */
    static final String INSTEMMING_ONTVANGEN = "oppInstemmingOntvangen";

    private final RuntimeService runtimeService;
    private final Proefomgeving proefomgeving;
    private final IdentityService identityService;
    private final Taaktermijnanker termijnanker;

    Oppproces(RuntimeService runtimeService, Proefomgeving proefomgeving, IdentityService identityService,
              Taaktermijnanker termijnanker) {
        this.runtimeService = runtimeService;
        this.proefomgeving = proefomgeving;
        this.identityService = identityService;
        this.termijnanker = termijnanker;
    }

    /**
     * A school change: the new board sets its own OPP (OppService.gewisseld). The old school's process ends with the
     * reason; at the new school process {@code opp} starts at its first step, task opstellen (OOGO, OPP, then the
     * parents' instemming), for the new school's zorgcoördinator. Its 6 weeks count from the enrolment at the new
     * school ({@code ingeschrevenOp}), not from this move: termijnen.dmn row opp/opstellen with that anchor, the
     * reminder and escalation timers follow the task's dates. False (and nothing started) when no OPP process ran
     * at the old school, or when the new school runs its own already: that one goes on, the old one ends.
     */
    public boolean opnieuwOpstellen(String van, String vanBrin, Routeringsgegevens naar, LocalDate ingeschrevenOp,
                                    String reden) {
        return Ingelogd.alsEenPlan(identityService, () -> {
            var oud = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                    .processInstanceBusinessKey(van).tenantIdIn(vanBrin).list();
            oud.forEach(p -> runtimeService.deleteProcessInstance(p.getId(), reden, true));
            if (oud.isEmpty() || loopt(naar.dossierNummer())) {
                return false;
            }
            var nieuw = proefomgeving.start(PROCES, naar.dossierNummer(), Routering.variabelen(naar));
            Date vanaf = Date.from(ingeschrevenOp.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
            // The term of opstellen counts from the enrolment, its timers follow; set once the new instance is written
            // (the confirmation may run inside the engine's own command, task bevestigen).
            termijnanker.vanaf(nieuw, naar.dossierNummer(), PROCES, "opstellen", vanaf);
            return true;
        });
    }

    /**
     * Whether the OPP's process of this dossier waits for the instemming and can take it online: its model has the
     * boundary event (an instance on an earlier version does not; the school records the answer there).
     */
    public boolean wachtOpInstemmingOnline(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(dossierNummer).list().stream()
                .anyMatch(p -> Berichten.wacht(runtimeService, p.getId(), INSTEMMING_ONTVANGEN));
    }

    /**
     * The family's answers decided: the school's task instemmingVastleggen ends by the boundary message and the gateway
     * "Ingestemd?" reads {@code ingestemd}, as after the school's own answer. In the caller's transaction, so the
     * answer and the step commit together or not at all.
     */
    public void instemmingOntvangen(String dossierNummer, boolean ingestemd) {
        var variabele = OppVariabelen.INGESTEMD.is(ingestemd);
        Ingelogd.alsEenPlan(identityService, () -> Berichten.aanLopende(runtimeService, INSTEMMING_ONTVANGEN)
                .processInstanceBusinessKey(dossierNummer).setVariable(variabele.getKey(), variabele.getValue())
                .correlateWithResult());
    }

    public boolean loopt(String dossierNummer) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                .processInstanceBusinessKey(dossierNummer).count() > 0;
    }

    public void start(String dossierNummer, String school, String onderwijssoort, String zorgcoordinator) {
        Map<String, Object> variabelen = Routering.variabelen(dossierNummer, school, null, zorgcoordinator);
        variabelen.put(Routering.SOORT.naam(), onderwijssoort);
        proefomgeving.start(PROCES, dossierNummer, variabelen);
    }

    /** The OPP in force is to change: false when the process is not waiting for that (a version is underway). */
    public boolean bijstellen(String dossierNummer) {
        try {
            Berichten.aanLopende(runtimeService, BIJSTELLEN).processInstanceBusinessKey(dossierNummer).correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /**
     * Ends the OPP's process: while the OPP is in force by its message (the model shows the end); while a version is
     * drawn up or waits for the parents, the instance is deleted with the reason (its tasks go; the versions stay).
     */
    public void beeindig(String dossierNummer, String reden) {
        if (!Berichten.aanLopende(runtimeService, BEEINDIGD).processInstanceBusinessKey(dossierNummer)
                .correlateAllWithResult().isEmpty()) {
            return;
        }
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES).processInstanceBusinessKey(dossierNummer)
                .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), reden));
    }
}
