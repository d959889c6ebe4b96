package nl.eenplan.gezag.proces;

import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.GezagService;
import nl.eenplan.taak.EenTaakPerDossier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine side of confirming gezag (process {@code gezagVastleggen}), so the dossier stays free of engine types:
 * started for a dossier with a guardian of unknown gezag, at most one per dossier; it ends when nothing is unknown any
 * more or the dossier closes (EenTaakPerDossier).
 */
@Component
public class Gezagproces extends EenTaakPerDossier {

    /** The process id (processes/gezagVastleggen.bpmn). */
    public static final String PROCES = "gezagVastleggen";
    /** The user task "Gezag vastleggen". */
    static final String VASTLEGGEN = "vastleggen";
    /** The message that ends the task when the gezag was recorded another way. */
    static final String BEKEND = "gezagBekend";

    Gezagproces(Proefomgeving proefomgeving, RuntimeService runtimeService, DossierService dossiers, GezagService gezag,
                JdbcTemplate jdbc) {
        super(PROCES, BEKEND, nummer -> !gezag.onbekend(nummer).isEmpty(), dossiers::metOnbekendGezag, proefomgeving,
                runtimeService, dossiers, jdbc);
    }
}
