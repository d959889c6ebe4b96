package nl.eenplan.taak;

import java.util.List;

/**
 * One page of the user's task list ({@link TaakService#pagina}): its tasks, the place of its first task in the list
 * (from 0), and whether more follow it.
 */
public record Takenpagina(List<TaakView> taken, int vanaf, boolean meer) {
}
