package nl.eenplan.engine;

import java.util.HashMap;
import java.util.Map;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Routeringsgegevens;

/**
 * The routing facts every process starts with, built in one place: the pupil's dossier number, school,
 * onderwijssoort and zorgcoördinator (docs/privacy.md: ids and routing facts, no names or care details).
 * A process adds its own ids to the map this returns.
 */
public final class Routering {

    // Named here, not in nl.eenplan.modelcontrole.Procesvariabelen (which lists them for the model check): the
    // engine's own plugins read them (TenantPerSchool), and the engine package depends on no capability that plugs in.
    public static final Variabele<String> DOSSIER = Variabele.tekst("dossierNummer");
    public static final Variabele<String> SCHOOL = Variabele.tekst("schoolBrin");
    public static final Variabele<String> SOORT = Variabele.tekst("onderwijssoort");
    public static final Variabele<String> COORDINATOR = Variabele.tekst("zorgcoordinator");
    /**
     * The gemeente (CBS code) that handles this case, when a gemeente rather than the school owns it: an escalation to
     * leerplicht belongs to the gemeente where the pupil lives. Its instance gets that gemeente's tenant (TenantPerSchool).
     */
    public static final Variabele<String> GEMEENTE = Variabele.tekst("behandelendeGemeente");
    /**
     * The samenwerkingsverband's tenant (organisatie.Organisaties.swvTenant) that handles this case, when the SWV rather
     * than a school owns it: an objection against its decision after the pupil left the school it was taken for
     * (process besluitbezwaar). Its instance gets that tenant (TenantPerSchool): no school sees it.
     */
    public static final Variabele<String> SWV = Variabele.tekst("behandelendSwv");

    private Routering() {
    }

    public static Map<String, Object> variabelen(Routeringsgegevens r) {
        return variabelen(r.dossierNummer(), r.schoolBrin(), r.onderwijssoort(), r.zorgcoordinator());
    }

    public static Map<String, Object> variabelen(Leerlingidentiteit l) {
        return variabelen(l.dossierNummer(), l.schoolBrin(), l.onderwijssoort(), l.zorgcoordinator());
    }

    public static Map<String, Object> variabelen(String dossierNummer, String schoolBrin, Onderwijssoort soort,
                                                 String zorgcoordinator) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(DOSSIER.naam(), dossierNummer);
        variabelen.put(SCHOOL.naam(), schoolBrin);
        variabelen.put(SOORT.naam(), soort == null ? null : soort.name());
        variabelen.put(COORDINATOR.naam(), zorgcoordinator);
        return variabelen;
    }
}
