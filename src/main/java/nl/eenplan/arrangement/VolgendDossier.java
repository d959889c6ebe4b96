package nl.eenplan.arrangement;

import java.util.Optional;

/**
 * Where a pupil who left a school is now: the dossier at the new school that took the plan over (a confirmed school
 * change). Implemented by nl.eenplan.schoolwissel, which knows the change and depends on this capability, not the other
 * way round. Used to tell the new school of an objection against the old school's decision (Besluitbezwaarservice).
 */
public interface VolgendDossier {

    /** The new school's dossier of the pupil whose dossier {@code oudDossier} closed by a school change; empty if none. */
    Optional<String> na(String oudDossier);
}
