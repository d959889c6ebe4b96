package nl.eenplan.arrangement.proces;

import static nl.eenplan.arrangement.proces.ArrangementVariabelen.AANVRAAG_COMPLEET;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ARRANGEMENT_ID;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ONTBREEKT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PLAATS_GEBODEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.PROCES;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.REGISTRATIE_DATUM;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.TLV;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.VERLENGD;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORGPLICHT;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORGPLICHT_DEADLINE;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.ZORG_BESLISSEN;
import static nl.eenplan.arrangement.proces.ArrangementVariabelen.instantie;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${controleerAanvraag}}, step "Aanvraag controleren": complete? (the SWV needs no consent: its statutory task,
 * dossier.Gegevensstroom.SWV) If not, the request goes back with what is missing.
 * The zorgplicht runs in process toelating (issue 23), not here. Only an instance of the previous model version,
 * which still draws the zorgplicht clock (timer {@value #OUDE_KLOK}), gets its clock started as before: 6 weeks
 * (termijnen.dmn, step zorgplicht) from the day the written registration came in.
 */
@Component("controleerAanvraag")
@VoorModellen
public class ControleerAanvraag implements JavaDelegate {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ArrangementService arrangementen;
    private final Termijn termijn;

    ControleerAanvraag(ArrangementService arrangementen, Termijn termijn) {
        this.arrangementen = arrangementen;
        this.termijn = termijn;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ArrangementService.Instantie instantie = instantie(execution);
        ArrangementService.Controle controle = arrangementen.controleer(instantie);
        AANVRAAG_COMPLEET.zet(execution, controle.compleet());
        ONTBREEKT.zet(execution, controle.ontbreekt());
        if (!controle.compleet()) {
            return;
        }
        Date ontvangen = Date.from(controle.aanmeldingOntvangenOp().atStartOfDay(NL).toInstant());
        ARRANGEMENT_ID.zet(execution, controle.arrangementId());
        REGISTRATIE_DATUM.zet(execution, ontvangen);
        TLV.zet(execution, controle.tlv());
        ZORG_BESLISSEN.zet(execution, controle.zorgBeslissen());
        PLAATS_GEBODEN.zet(execution, false);
        LocalDate zorgplichtTot = null;
        if (tekentDeOudeKlok(execution)) {
            Date deadline = termijn.deadlineVanaf(execution, PROCES, ZORGPLICHT, ontvangen);
            ZORGPLICHT_DEADLINE.zet(execution, deadline);
            VERLENGD.zet(execution, false);
            zorgplichtTot = LocalDate.ofInstant(deadline.toInstant(), NL);
        }
        arrangementen.naarBesluitvorming(instantie, controle, zorgplichtTot);
    }

    /** The timer of the previous model version's zorgplicht clock. */
    static final String OUDE_KLOK = "zorgplichtVerstreken";

    /** Does this instance run a model version that still draws the zorgplicht clock (started before issue 23)? */
    static boolean tekentDeOudeKlok(DelegateExecution execution) {
        return execution.getBpmnModelInstance().getModelElementById(OUDE_KLOK) != null;
    }
}
