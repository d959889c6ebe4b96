package nl.eenplan.thuiszitterstafel;

import java.util.Arrays;
import nl.eenplan.web.OngeldigeInvoerException;

/** How a table ends: the pupil is back in education, or no longer this gemeente's and the school's to help. */
public enum Uitkomst {
    TERUG_OP_SCHOOL("terugOpSchool", "De leerling is terug op school"),
    ANDER_ONDERWIJS("anderOnderwijs", "De leerling volgt ander onderwijs (een andere school of onderwijsvorm)"),
    VRIJSTELLING("vrijstelling", "De leerling heeft vrijstelling (Leerplichtwet 1969 art. 5, 5a of 15)"),
    VERHUISD("verhuisd", "De leerling is verhuisd naar een andere gemeente"),
    /**
     * Closed by EenPlan, never chosen at a task: after a school change the pupil had two open tables; this one went
     * into the older one, which goes on (ThuiszitterstafelService.voegSamen). Not an outcome for the monitor.
     */
    SAMENGEVOEGD("samengevoegd", "Samengevoegd met de oudere thuiszitterstafel van de leerling");

    private final String code;
    private final String omschrijving;

    Uitkomst(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Whether the pupil is back in education (the monitor's "terug binnen N weken" counts these). */
    public boolean terugInOnderwijs() {
        return this == TERUG_OP_SCHOOL || this == ANDER_ONDERWIJS;
    }

    public static Uitkomst vanCode(String code) {
        return Arrays.stream(values()).filter(u -> u != SAMENGEVOEGD)
                .filter(u -> u.code.equals(code) || u.name().equals(code)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("uitkomst", "Kies een uitkomst: terugOpSchool, "
                        + "anderOnderwijs, vrijstelling of verhuisd."));
    }
}
