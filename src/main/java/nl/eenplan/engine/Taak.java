package nl.eenplan.engine;

import java.time.Instant;
import java.util.List;

/**
 * The open user task a reminder or escalation is about, as plain facts (no engine types), for the domain side of deadlines by convention
 * ({@link Termijnconventie.Bewaking}): who has it (its
 * assignee, else its candidate users and groups), its school (tenant) and its pupil's dossier.
 */
public record Taak(String id, String naam, String stap, String proces, String procesInstantieId, String dossier,
                   String school, Instant deadline, String gebruiker, List<String> groepen, List<String> kandidaten) {
}
