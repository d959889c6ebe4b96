package nl.eenplan.opp.proces;

import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code opp} (processes/opp.bpmn), besides the routing facts every process starts with: the
 * gateways' facts only; the OPP itself (OOGO, uitstroomprofiel, handelingsdeel, instemming) is in the dossier.
 */
public final class OppVariabelen {

    /** Gateway "Ingestemd?", set by task instemmingVastleggen. */
    public static final Variabele<Boolean> INGESTEMD = Variabele.jaNee(Procesvariabelen.INGESTEMD);
    /** Gateway "Handelingsdeel wijzigen?", set by task evalueren. */
    public static final Variabele<Boolean> HANDELINGSDEEL_WIJZIGEN =
            Variabele.jaNee(Procesvariabelen.HANDELINGSDEEL_WIJZIGEN);

    private OppVariabelen() {
    }
}
