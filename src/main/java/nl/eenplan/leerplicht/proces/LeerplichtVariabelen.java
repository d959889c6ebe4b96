package nl.eenplan.leerplicht.proces;

import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code leerplichtEscalatie} (processes/leerplichtEscalatie.bpmn), besides the routing
 * facts every process starts with (nl.eenplan.engine.Routering): the escalation's id and the choices that route.
 */
public final class LeerplichtVariabelen {

    public static final String PROCES = "leerplichtEscalatie";

    /** The escalation this instance is about (set at the start). */
    public static final Variabele<Long> ESCALATIE_ID = Variabele.getal(Procesvariabelen.ESCALATIE_ID);
    /** Why the school or a process escalated (Reden), and its Dutch description for Tasklist. */
    public static final Variabele<String> REDEN = Variabele.tekst(Procesvariabelen.REDEN);
    public static final Variabele<String> REDEN_OMSCHRIJVING = Variabele.tekst("redenOmschrijving");
    /**
     * The group whose tasks the assessment and closing are: leerplicht, or rmc for a pupil of 18 to 23 without a
     * startkwalificatie (nl.eenplan.leerplicht.Escalatieroute); the model offers them to it and the team leads.
     */
    public static final Variabele<String> BEHANDELAAR = Variabele.tekst(Procesvariabelen.BEHANDELAAR);
    /** The route leerplicht chose in task beoordelen (MasRoute code; gateway "Welke route?"). */
    public static final Variabele<String> ROUTE = Variabele.tekst(Procesvariabelen.ROUTE);
    /** The outcome leerplicht chose in task afsluiten (Uitkomst code). */
    public static final Variabele<String> UITKOMST = Variabele.tekst(Procesvariabelen.UITKOMST);
    /** Input parameters of step escaleerNaarLeerplicht in other models: the reason code and the facts. */
    public static final Variabele<String> FEITEN = Variabele.tekst("feiten");

    private LeerplichtVariabelen() {
    }
}
