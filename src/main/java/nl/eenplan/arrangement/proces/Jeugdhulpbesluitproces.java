package nl.eenplan.arrangement.proces;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Berichten;
import nl.eenplan.engine.Ingelogd;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.web.NietMogelijkException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine side of process {@code jeugdhulpbesluit} (processes/jeugdhulpbesluit.bpmn), so the services stay free of
 * engine types: starts it in the tenant of the gemeente that decides, sends its decision back to the arrangement that
 * waits for it, and stops it. The instances live in a gemeente's tenant and the arrangement in the school's: EenPlan
 * crosses between them on the user's behalf (Ingelogd.alsEenPlan), never the user.
 */
@Component
public class Jeugdhulpbesluitproces {

    public static final String PROCES = "jeugdhulpbesluit";
    /** User task "Besluit jeugdhulp (woongemeente)". */
    static final String BESLUITEN = "besluiten";
    static final String STARTBERICHT = "jeugdhulpbesluitGevraagd";
    /** The message the arrangement's receive task besluitZorg waits for. */
    static final String BESLUIT_GENOMEN = "jeugdhulpBesluitGenomen";
    static final String TOESTEMMING_INGETROKKEN = "toestemmingIngetrokken";
    /** The parents' objection against a refusal, which the gemeente handles in this process (Awb art. 7:11). */
    static final String BEZWAAR_ZORGDEEL = "bezwaarZorgdeel";
    /** The letter step of arrangement versions that still send the care part's letter themselves. */
    static final String BESLUITBRIEF_IN_ARRANGEMENT = "besluitbriefZorg";

    /** The arrangement instance that waits, and the day the application was received (Awb art. 4:13 counts from it). */
    static final Variabele<String> ARRANGEMENT_INSTANTIE = Variabele.tekst(Procesvariabelen.ARRANGEMENT_INSTANTIE);
    static final Variabele<Date> AANVRAAG_ONTVANGEN_OP = Variabele.datum(Procesvariabelen.AANVRAAG_ONTVANGEN_OP);
    /** Where the decision's term counts from: receipt, or the decision on a well-founded objection. */
    static final Variabele<Date> BESLISTERMIJN_VANAF = Variabele.datum(Procesvariabelen.BESLISTERMIJN_VANAF);
    /** Whether the letter and the objection run here (false: the arrangement's version still has them). */
    static final Variabele<Boolean> BESLUITBRIEF_BIJ_GEMEENTE = Variabele.jaNee(Procesvariabelen.BESLUITBRIEF_BIJ_GEMEENTE);

    /** After a school change past the decision: the new school's dossier, which hears the final outcome. */
    static final Variabele<String> NIEUW_DOSSIER = Variabele.tekst(Procesvariabelen.NIEUW_DOSSIER);

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final Proefomgeving proefomgeving;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;

    Jeugdhulpbesluitproces(Proefomgeving proefomgeving, RuntimeService runtimeService, IdentityService identityService,
                           RepositoryService repositoryService) {
        this.proefomgeving = proefomgeving;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
    }

    /**
     * Starts the decision; returns the process instance's id.
     *
     * @param gemeente the tenant that decides (a gemeente's CBS code); null: the school's tenant
     */
    public String start(Leerlingidentiteit leerling, String gemeente, String arrangementInstantie, long arrangementId,
                        LocalDate ontvangenOp) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        if (gemeente != null) {
            variabelen.put(Routering.GEMEENTE.naam(), gemeente);
        }
        variabelen.put(ARRANGEMENT_INSTANTIE.naam(), arrangementInstantie);
        variabelen.put(ArrangementVariabelen.ARRANGEMENT_ID.naam(), arrangementId);
        variabelen.put(AANVRAAG_ONTVANGEN_OP.naam(), Date.from(ontvangenOp.atStartOfDay(NL).toInstant()));
        variabelen.put(BESLISTERMIJN_VANAF.naam(), Date.from(ontvangenOp.atStartOfDay(NL).toInstant()));
        return Ingelogd.alsEenPlan(identityService, () -> proefomgeving.startbericht(STARTBERICHT, leerling.schoolBrin())
                .setVariable(BESLUITBRIEF_BIJ_GEMEENTE.naam(), !besluitbriefInArrangement(arrangementInstantie))
                .processInstanceBusinessKey(leerling.dossierNummer())
                .setVariables(variabelen)
                .correlateStartMessage()
                .getId());
    }

    /**
     * Whether the arrangement that asks runs a model version that sends the care part's letter and handles its objection
     * itself (before issue #23's move to the home gemeente): then this process only decides, as it did, and that
     * arrangement finishes on its version (docs/beheer.md). Read from the arrangement's own model, so a forwarded
     * application (a move) asks the same.
     */
    private boolean besluitbriefInArrangement(String arrangementInstantie) {
        var arrangement = runtimeService.createProcessInstanceQuery().processInstanceId(arrangementInstantie)
                .singleResult();
        return arrangement != null && repositoryService.getBpmnModelInstance(arrangement.getProcessDefinitionId())
                .getModelElementById(BESLUITBRIEF_IN_ARRANGEMENT) != null;
    }

    /**
     * The parents' objection against the refusal reaches the gemeente's process for this arrangement, if it waits for
     * one (its objection window runs); false when none does. As EenPlan: the process is in the gemeente's tenant.
     */
    public boolean bezwaar(String arrangementInstantie) {
        return Ingelogd.alsEenPlan(identityService, () -> {
            for (var p : runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                    .variableValueEquals(ARRANGEMENT_INSTANTIE.naam(), arrangementInstantie).list()) {
                if (Berichten.aanWachtende(runtimeService, p.getId(), BEZWAAR_ZORGDEEL)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether this decision's objection window is open now: the instance waits for the parents' objection (from the
     * letter until a postal week after the term's last day, Awb art. 6:7-6:9). Asking does not deliver anything.
     */
    public boolean wachtOpBezwaar(String procesInstantieId) {
        return Ingelogd.alsEenPlan(identityService, () -> Berichten.wacht(runtimeService, procesInstantieId,
                BEZWAAR_ZORGDEEL));
    }

    /**
     * The day a running decision's term counts from (its receipt, or the decision on a well-founded objection); empty
     * for an instance that does not run or of a version without it.
     */
    public java.util.Optional<LocalDate> beslistermijnVanaf(String procesInstantieId) {
        return Ingelogd.alsEenPlan(identityService, () -> {
            if (procesInstantieId == null || runtimeService.createProcessInstanceQuery()
                    .processInstanceId(procesInstantieId).count() == 0) {
                return java.util.Optional.<LocalDate>empty();
            }
            Object vanaf = runtimeService.getVariable(procesInstantieId, BESLISTERMIJN_VANAF.naam());
            return vanaf instanceof Date d ? java.util.Optional.of(LocalDate.ofInstant(d.toInstant(), NL))
                    : java.util.Optional.<LocalDate>empty();
        });
    }

    /** The running decisions of this pupil (any step: deciding, the letter, the objection), by instance id. */
    public List<String> lopend(String dossierNummer) {
        return Ingelogd.alsEenPlan(identityService, () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCES).processInstanceBusinessKey(dossierNummer).list().stream()
                .map(p -> p.getId()).toList());
    }

    /** The final decision goes to the arrangement that waits for it (its receive task besluitZorg). */
    public void meldBesluit(String arrangementInstantie, String besluit) {
        Ingelogd.alsEenPlan(identityService, () -> {
            try {
                Berichten.aanLopende(runtimeService, BESLUIT_GENOMEN).processInstanceId(arrangementInstantie)
                        .setVariable(ArrangementVariabelen.ZORG_BESLUIT.naam(), besluit).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new NietMogelijkException("Het arrangement wacht niet (meer) op dit besluit over jeugdhulp: het is "
                        + "beëindigd of het zorgdeel is vervallen.");
            }
            return null;
        });
    }

    /** Consent for jeugdhulp withdrawn: the running decisions of this pupil lapse (their boundary event). */
    public void toestemmingIngetrokken(String dossierNummer) {
        Ingelogd.alsEenPlan(identityService, () -> {
            List<String> lopend = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES)
                    .processInstanceBusinessKey(dossierNummer).list().stream().map(p -> p.getId()).toList();
            for (String id : lopend) {
                Berichten.aanLopende(runtimeService, TOESTEMMING_INGETROKKEN).processInstanceId(id)
                        .correlateAllWithResult();
            }
            return null;
        });
    }

    /**
     * A school change after the decision: the instance goes on at the gemeente (letter, objection window, objection),
     * and its final outcome goes to the new school's dossier instead of the old school's arrangement, which ended.
     */
    public void naarNieuweSchool(String procesInstantieId, String nieuwDossier) {
        Ingelogd.alsEenPlan(identityService, () -> {
            runtimeService.setVariable(procesInstantieId, NIEUW_DOSSIER.naam(), nieuwDossier);
            return null;
        });
    }

    /** Ends an instance (forwarded to another gemeente, or the arrangement ended), with the reason. */
    public void beeindig(String procesInstantieId, String reden) {
        Ingelogd.alsEenPlan(identityService, () -> {
            if (procesInstantieId != null
                    && runtimeService.createProcessInstanceQuery().processInstanceId(procesInstantieId).count() > 0) {
                runtimeService.deleteProcessInstance(procesInstantieId, reden, true);
            }
            return null;
        });
    }
}
