package nl.eenplan.woonadres.proces;

import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.taak.EenTaakPerDossier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine side of asking for the pupil's address (process {@code woonadresVastleggen}), so the dossier, verzuim and
 * leerplicht stay free of engine types: started for a dossier whose address is not recorded, at most one per dossier;
 * it ends when the address is recorded or the dossier closes (EenTaakPerDossier). Only the gemeente decides the route:
 * an address is recorded when its gemeente is (dossier.Woonadres).
 */
@Component
public class Woonadresproces extends EenTaakPerDossier {

    /** The process id (processes/woonadresVastleggen.bpmn). */
    public static final String PROCES = "woonadresVastleggen";
    /** The user task "Woonadres vastleggen". */
    static final String VASTLEGGEN = "vastleggen";
    /** The message that ends the task when the address was recorded another way. */
    static final String BEKEND = "woonadresBekend";

    Woonadresproces(Proefomgeving proefomgeving, RuntimeService runtimeService, DossierService dossiers,
                    JdbcTemplate jdbc) {
        super(PROCES, BEKEND, nummer -> dossiers.identiteit(nummer).woongemeentecode() == null, dossiers::zonderWoonadres,
                proefomgeving, runtimeService, dossiers, jdbc);
    }
}
