package nl.eenplan.arrangement.proces;

import java.time.LocalDate;
import java.util.Map;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Ingelogd;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The engine side of process {@code besluitbezwaar} (processes/besluitbezwaar.bpmn): the SWV handles an objection
 * against its decision that reached it after the pupil left the school the decision was taken for, in the SWV's own
 * tenant (Routering.SWV), so neither the old nor the new school sees it. EenPlan starts it on the SWV user's behalf
 * (Ingelogd.alsEenPlan): the user is no member of the tenant until the instance exists.
 */
@Component
public class Besluitbezwaarproces {

    public static final String PROCES = "besluitbezwaar";
    /** The objection (nl.eenplan.arrangement.Besluitbezwaar): the arrangement, the SWV, the new school's dossier. */
    public static final Variabele<Long> BESLUITBEZWAAR_ID = Variabele.getal(Procesvariabelen.BESLUITBEZWAAR_ID);

    private final Proefomgeving proefomgeving;
    private final IdentityService identityService;

    Besluitbezwaarproces(Proefomgeving proefomgeving, IdentityService identityService) {
        this.proefomgeving = proefomgeving;
        this.identityService = identityService;
    }

    /**
     * Starts the handling of the objection; returns the instance's id. The business key and routing facts are the old
     * school's dossier, where the decision is recorded; the tenant is the SWV's.
     *
     * @param swvTenant       the tenant of the SWV that decided (organisatie.Organisaties.swvTenant)
     * @param tlv             whether the decision was on a TLV (then the LBT advises first)
     * @param bezwaartermijnTot the objection term's last day: the Awb art. 7:10 term counts from the day after it
     */
    public String start(Routeringsgegevens oudeSchool, String swvTenant, long besluitbezwaarId, long arrangementId,
                        boolean tlv, LocalDate bezwaartermijnTot) {
        Map<String, Object> variabelen = Routering.variabelen(oudeSchool);
        variabelen.put(Routering.SWV.naam(), swvTenant);
        variabelen.put(BESLUITBEZWAAR_ID.naam(), besluitbezwaarId);
        variabelen.put(ArrangementVariabelen.ARRANGEMENT_ID.naam(), arrangementId);
        variabelen.put(ArrangementVariabelen.TLV.naam(), tlv);
        variabelen.put(ArrangementVariabelen.BEZWAARTERMIJN_ONDERWIJS_TOT.naam(),
                nl.eenplan.termijn.Besluitbrief.eindeVanDag(bezwaartermijnTot));
        return Ingelogd.alsEenPlan(identityService, () -> proefomgeving.starter(PROCES, oudeSchool.schoolBrin())
                .businessKey(oudeSchool.dossierNummer()).setVariables(variabelen).execute().getId());
    }
}
