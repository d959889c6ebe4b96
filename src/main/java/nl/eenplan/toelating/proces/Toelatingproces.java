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

    Toelatingproces(Proefomgeving proefomgeving) {
        this.proefomgeving = proefomgeving;
    }

    /** Starts the process with the dossier number as business key; returns the instance's id. */
    public String start(Routeringsgegevens leerling, long toelatingId, LocalDate aanmeldingOntvangenOp) {
        Map<String, Object> variabelen = Routering.variabelen(leerling);
        variabelen.put(TOELATING_ID.naam(), toelatingId);
        variabelen.put(AANMELDING_ONTVANGEN.naam(), Date.from(aanmeldingOntvangenOp.atStartOfDay(NL).toInstant()));
        return proefomgeving.start(PROCES, leerling.dossierNummer(), variabelen).getId();
    }
}
