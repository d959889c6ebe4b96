package nl.eenplan.engine;

import java.util.List;

/**
 * The extension properties a user task may carry for deadlines by convention (read by
 * {@link Termijnconventie}, checked by the model check, nl.eenplan.modelcontrole; docs/modeler.md, "Termijn"). Process
 * owners set them in Camunda Modeler: properties panel, "Extension properties".
 */
public final class Taakeigenschappen {

    /** The step in termijnen.dmn (default: the task's id). */
    public static final String TERMIJN_STAP = "termijnStap";
    /** An expression for the date the deadline counts from (default: when the task is created). */
    public static final String TERMIJN_VANAF = "termijnVanaf";
    /** The group told when the deadline passed (default {@link #STANDAARD_ESCALATIE}), or {@link #GEEN_ESCALATIE}. */
    public static final String ESCALATIE_NAAR = "escalatieNaar";
    /** Why, in Dutch, as the escalation records it. */
    public static final String ESCALATIE_REDEN = "escalatieReden";
    public static final List<String> ALLE = List.of(TERMIJN_STAP, TERMIJN_VANAF, ESCALATIE_NAAR, ESCALATIE_REDEN);

    public static final String STANDAARD_ESCALATIE = "zorgcoordinator";
    /** The model draws what happens when the deadline passes itself (an interrupting timer). */
    public static final String GEEN_ESCALATIE = "geen";

    private Taakeigenschappen() {
    }
}
