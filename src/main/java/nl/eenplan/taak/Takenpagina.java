package nl.eenplan.taak;

import java.util.List;

/** One page of the user's task list ({@link TaakService#pagina}): its tasks, and whether more follow it. */
public record Takenpagina(List<TaakView> taken, boolean meer) {
}
