package nl.eenplan.overstap.proces;

import java.util.HashMap;
import java.util.Map;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code overstap}, typed (names from nl.eenplan.modelcontrole.Procesvariabelen): the routing
 * facts it starts with, built in one place ({@link #routering}), and the facts its gateways read.
 */
public final class OverstapVariabelen {

    public static final Variabele<String> DOSSIER_NUMMER = Variabele.tekst(Procesvariabelen.DOSSIER_NUMMER);
    public static final Variabele<String> SCHOOL_BRIN = Variabele.tekst(Procesvariabelen.SCHOOL_BRIN);
    public static final Variabele<String> ONDERWIJSSOORT = Variabele.tekst(Procesvariabelen.ONDERWIJSSOORT);
    public static final Variabele<String> ZORGCOORDINATOR = Variabele.tekst(Procesvariabelen.ZORGCOORDINATOR);
    /** PO_VO or VO_MBO: which rows of overstapkalender.dmn apply. */
    public static final Variabele<String> OVERSTAPSOORT = Variabele.tekst(Procesvariabelen.OVERSTAPSOORT);
    /** "2026-2027": the dates of overstapkalender.dmn fall in its second calendar year. */
    public static final Variabele<String> SCHOOLJAAR = Variabele.tekst(Procesvariabelen.SCHOOLJAAR);
    /** Gateway "Met ondersteuning?": support recorded in the overstapdossier, or an arrangement running. */
    public static final Variabele<Boolean> MET_ONDERSTEUNING = Variabele.jaNee(Procesvariabelen.MET_ONDERSTEUNING);
    /** Gateway "Lopend arrangement?". */
    public static final Variabele<Boolean> LOPEND_ARRANGEMENT = Variabele.jaNee(Procesvariabelen.LOPEND_ARRANGEMENT);
    /** Gateway "Geplaatst?", from task plaatsing. */
    public static final Variabele<Boolean> GEPLAATST = Variabele.jaNee(Procesvariabelen.GEPLAATST);
    /** Gateway "Ingeschreven en aanwezig?", from task controle. */
    public static final Variabele<Boolean> INGESCHREVEN = Variabele.jaNee(Procesvariabelen.INGESCHREVEN);

    private OverstapVariabelen() {
    }

    /** The routing facts a process of a pupil starts with (the overstap itself, or the arrangement it carries over). */
    public static Map<String, Object> routering(String dossierNummer, String schoolBrin, String onderwijssoort,
                                                String zorgcoordinator) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(DOSSIER_NUMMER.naam(), dossierNummer);
        variabelen.put(SCHOOL_BRIN.naam(), schoolBrin);
        variabelen.put(ONDERWIJSSOORT.naam(), onderwijssoort);
        variabelen.put(ZORGCOORDINATOR.naam(), zorgcoordinator);
        return variabelen;
    }
}
