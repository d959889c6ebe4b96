package nl.eenplan.overstap.proces;

import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code overstap} (processes/overstap.bpmn), besides the routing facts every process
 * starts with (nl.eenplan.engine.Routering): the kind and school year that pick the dates of overstapkalender.dmn,
 * and the facts its gateways read. The overstapdossier itself is in the dossier (table overstap).
 */
public final class OverstapVariabelen {

    public static final String PROCES = "overstap";

    /** PO_VO or VO_MBO: which rows of overstapkalender.dmn apply (set at the start). */
    public static final Variabele<String> OVERSTAPSOORT = Variabele.tekst(Procesvariabelen.OVERSTAPSOORT);
    /** "2026-2027": the dates of overstapkalender.dmn fall in its second calendar year (set at the start). */
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
}
