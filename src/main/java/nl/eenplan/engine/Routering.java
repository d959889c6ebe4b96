package nl.eenplan.engine;

import static nl.eenplan.modelcontrole.Procesvariabelen.DOSSIER_NUMMER;
import static nl.eenplan.modelcontrole.Procesvariabelen.ONDERWIJSSOORT;
import static nl.eenplan.modelcontrole.Procesvariabelen.SCHOOL_BRIN;
import static nl.eenplan.modelcontrole.Procesvariabelen.ZORGCOORDINATOR;

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

    public static final Variabele<String> DOSSIER = Variabele.tekst(DOSSIER_NUMMER);
    public static final Variabele<String> SCHOOL = Variabele.tekst(SCHOOL_BRIN);
    public static final Variabele<String> SOORT = Variabele.tekst(ONDERWIJSSOORT);
    public static final Variabele<String> COORDINATOR = Variabele.tekst(ZORGCOORDINATOR);

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
