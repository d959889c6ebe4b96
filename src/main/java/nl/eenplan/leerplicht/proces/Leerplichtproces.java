package nl.eenplan.leerplicht.proces;

import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.BEHANDELAAR;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.ESCALATIE_ID;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.REDEN;
import static nl.eenplan.leerplicht.proces.LeerplichtVariabelen.REDEN_OMSCHRIJVING;

import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Routering;
import nl.eenplan.leerplicht.Reden;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of an escalation to leerplicht, so LeerplichtService stays free of engine types: starts process
 * {@code leerplichtEscalatie} for the assessment, and stops it when the school withdraws before leerplicht assessed.
 */
@Component
public class Leerplichtproces {

    static final String STARTBERICHT = "escalatieLeerplicht";
    static final String INGETROKKEN_BERICHT = "escalatieIngetrokken";

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final org.camunda.bpm.engine.ManagementService managementService;
    private final org.camunda.bpm.engine.IdentityService identityService;

    Leerplichtproces(Proefomgeving proefomgeving, RuntimeService runtimeService,
                     org.camunda.bpm.engine.ManagementService managementService,
                     org.camunda.bpm.engine.IdentityService identityService) {
        this.identityService = identityService;
        this.managementService = managementService;
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the assessment of a recorded escalation; returns the process instance's id.
     *
     * @param gemeente    CBS code of the gemeente that handles it (its tenant owns the instance); null: the school's tenant
     * @param behandelaar the group whose tasks they are: leerplicht or rmc (with the team leads, in the model)
     */
    public String start(Leerlingidentiteit leerling, long escalatieId, Reden reden, String gemeente,
                        String behandelaar) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(BEHANDELAAR.naam(), behandelaar);
        if (gemeente != null) {
            // The instance is the handling gemeente's (nl.eenplan.leerplicht.Escalatieroute), not the school's.
            variabelen.put(Routering.GEMEENTE.naam(), gemeente);
        }
        variabelen.put(ESCALATIE_ID.naam(), escalatieId);
        variabelen.put(REDEN.naam(), reden.name());
        variabelen.put(REDEN_OMSCHRIJVING.naam(), reden.omschrijving());
        return proefomgeving.startbericht(STARTBERICHT, leerling.schoolBrin())
                .processInstanceBusinessKey(leerling.dossierNummer())
                .setVariables(variabelen)
                .correlateStartMessage()
                .getId();
    }

    /** Engine property: the running instances got their {@code behandelaar} (done once per installation). */
    static final String BEHANDELAAR_AANGEVULD = "eenplan.leerplichtescalatie.behandelaar-aangevuld";

    /**
     * Instances started before the model offered its tasks to {@code ${behandelaar}} (issue #22, RMC): they were
     * leerplicht's, so they get {@code behandelaar = leerplicht} at the first start-up after the upgrade, before a task
     * of theirs is created; an engine property records that it was done, so later starts do not walk every running
     * instance again. Their tasks already created keep their candidate groups.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void vulBehandelaarAan() {
        if (managementService.getProperties().containsKey(BEHANDELAAR_AANGEVULD)) {
            return;
        }
        for (var instantie : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LeerplichtVariabelen.PROCES).list()) {
            if (runtimeService.getVariable(instantie.getId(), BEHANDELAAR.naam()) == null) {
                runtimeService.setVariable(instantie.getId(), BEHANDELAAR.naam(), nl.eenplan.security.Groepen.LEERPLICHT);
            }
        }
        managementService.setProperty(BEHANDELAAR_AANGEVULD, "ja");
    }

    /** The school withdrew: the assessment task ends (the model's message), or the instance goes if it never got there. */
    public void trekIn(String procesInstantieId) {
        if (Berichten.aanWachtende(runtimeService, procesInstantieId, INGETROKKEN_BERICHT)) {
            return;
        }
        if (runtimeService.createProcessInstanceQuery().processInstanceId(procesInstantieId).count() > 0) {
            // The hand-over is a job of its own (async start): withdrawn before it ran, the case never reaches
            // leerplicht's task list.
            runtimeService.deleteProcessInstance(procesInstantieId, "Ingetrokken door de school voordat "
                    + "leerplicht de melding kreeg", true);
        }
    }

    /** Whom the engine knows as signed in (a task completed in Tasklist through /engine-rest), if anyone. */
    public java.util.Optional<String> ingelogd() {
        return nl.eenplan.engine.Ingelogd.van(identityService).map(nl.eenplan.engine.Ingelogd.Gebruiker::naam);
    }

    /**
     * Hands a running assessment over to another gemeente (the pupil moved, nl.eenplan.leerplicht.LeerplichtService):
     * an instance cannot change its tenant in Camunda 7, so the old one ends with {@code reden} and, when the new
     * gemeente works with this EenPlan, a new one starts in its tenant at the step the work had reached (as every start,
     * through Proefomgeving: the latest version for all schools, the test school's try version): the assessment
     * ({@code beoordelen}) or, once a route was chosen, closing ({@code afsluiten}), with the same escalation and
     * variables. Runs without the signed-in user's tenants: the school's user who recorded the address sees neither
     * gemeente's instance, and must not need to.
     *
     * @param oud         the running instance, or null (the escalation was outside EenPlan)
     * @param gemeente    the new gemeente's CBS code, or null when it does not work with this EenPlan
     * @param inBehandeling a route was chosen: continue at closing
     * @return the new instance's id, or null when none started
     */
    public String draagOver(String oud, Leerlingidentiteit leerling, long escalatieId, Reden reden, String gemeente,
                            String behandelaar, boolean inBehandeling, String redenVanEinde) {
        return nl.eenplan.engine.Ingelogd.alsEenPlan(identityService, () -> {
            Map<String, Object> variabelen = new java.util.HashMap<>();
            var lopend = oud == null ? null
                    : runtimeService.createProcessInstanceQuery().processInstanceId(oud).singleResult();
            if (lopend != null) {
                // The work so far (the route chosen, ...); the routing facts are today's, below.
                variabelen.putAll(runtimeService.getVariables(oud));
                runtimeService.deleteProcessInstance(oud, redenVanEinde, true);
            }
            if (gemeente == null) {
                return null;
            }
            variabelen.putAll(Routering.variabelen(leerling));
            variabelen.put(Routering.GEMEENTE.naam(), gemeente);
            variabelen.put(BEHANDELAAR.naam(), behandelaar);
            variabelen.put(ESCALATIE_ID.naam(), escalatieId);
            variabelen.put(REDEN.naam(), reden.name());
            variabelen.put(REDEN_OMSCHRIJVING.naam(), reden.omschrijving());
            // Started as every pupil's process is (Proefomgeving): the latest version for all schools, or the test
            // school's try version; the work so far comes along in the variables.
            return proefomgeving.starter(LeerplichtVariabelen.PROCES, leerling.schoolBrin())
                    .businessKey(leerling.dossierNummer()).setVariables(variabelen)
                    .startBeforeActivity(inBehandeling ? Afsluiten.TAAK : Beoordelen.TAAK)
                    .execute().getId();
        });
    }
}
