package nl.eenplan.taak;

import java.util.List;

/**
 * The pupils (dossier numbers, each once, in the list's order) of the first tasks of a user's list, and whether the
 * list goes on past those tasks ({@link TaakService#dossiersVanLijst}).
 */
public record Lijstdossiers(List<String> nummers, boolean meer) {
}
