package nl.eenplan.overdracht;

import java.io.Serializable;
import java.util.List;

/**
 * What a hand-over moves (before: the preview) or moved: the open dossiers of the school that {@code van} owned, the open
 * tasks assigned to {@code van} in those pupils' processes that went to {@code naar}, and those that went back to their
 * group because {@code naar} does not do that work. Serializable: the page shows it after a redirect, from the session.
 */
public record Overdracht(String school, String van, String naar, int dossiers, int taken, int takenTerugNaarGroep,
                         List<String> dossierNummers) implements Serializable {

    public Overdracht {
        dossierNummers = List.copyOf(dossierNummers);
    }
}
