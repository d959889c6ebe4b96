package nl.eenplan.paginas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Klok;
import nl.eenplan.taak.TaakService;
import nl.eenplan.taak.TaakView;
import org.springframework.stereotype.Service;

/**
 * The user's tasks with the pupils' names and schools: the task list of the API (overdue first, then by deadline,
 * then those without one) joined with the dossiers, which only EenPlan holds.
 */
@Service
class Werkoverzicht {

    /** As many tasks as one page shows; the API's own limit is 1000. */
    static final int MAXIMAAL = 500;

    private final TaakService taken;
    private final DossierService dossiers;
    private final nl.eenplan.security.Toegang toegang;

    Werkoverzicht(TaakService taken, DossierService dossiers, nl.eenplan.security.Toegang toegang) {
        this.taken = taken;
        this.dossiers = dossiers;
        this.toegang = toegang;
    }

    /**
     * Mijn werk: the first {@link #MAXIMAAL} tasks of the list (one indexed query, taak.Takenlijst), searched here by
     * the pupil's name, number or the task (issue #25 kept this: the search needs the pupils' names, which live in the
     * dossier, not in the engine; a search finds only among those first 500, the page says so when there are more).
     */
    List<Werkregel> voor(Aangemeld wie, String zoek) {
        return regels(taken.lijst(wie.naam(), wie.groepen(), MAXIMAAL)).stream().filter(r -> r.past(zoek)).toList();
    }

    /** The user's other open tasks for the same pupil. */
    List<Werkregel> vanLeerling(Aangemeld wie, String dossierNummer) {
        return regels(taken.vanDossier(dossierNummer, wie.naam(), wie.groepen()));
    }

    /** The user's open tasks for this pupil in one process (its key): a process's own section links them. */
    List<Werkregel> vanProces(Aangemeld wie, String dossierNummer, String proces) {
        return vanProces(vanLeerling(wie, dossierNummer), proces);
    }

    /**
     * Of the user's open tasks for a pupil ({@link #vanLeerling}), those in one process: the pupil page's sections
     * take theirs from the list it read once (issue #25: it read the list once per section).
     */
    static List<Werkregel> vanProces(List<Werkregel> vanLeerling, String proces) {
        return vanLeerling.stream().filter(t -> proces.equals(t.procesSleutel())).toList();
    }

    Werkregel regel(TaakView taak) {
        return regels(List.of(taak)).get(0);
    }

    private List<Werkregel> regels(List<TaakView> lijst) {
        Map<String, Leerlingidentiteit> wie = dossiers.identiteiten(
                lijst.stream().map(TaakView::dossierNummer).filter(Objects::nonNull).distinct().toList());
        return lijst.stream().map(t -> {
            Leerlingidentiteit l = t.dossierNummer() == null ? null : wie.get(t.dossierNummer());
            return new Werkregel(t.id(), t.naam(), t.procesNaam(), t.dossierNummer(), l == null ? null : l.naam(),
                    l == null ? null : l.schoolNaam(), datum(t.vervaldatum()), t.teLaat(), t.toegewezenAan(),
                    l != null && leerlingpagina(l), t.proces());
        }).toList();
    }

    /**
     * Whether the row links to the pupil's page. A task for the pupil is a reason to open it (Leerlingzicht#opent), so
     * it opens when the user's group may open pupils' pages (the page header's {@code leerlingpagina}) and sees the
     * pupil's school. The pupil's home gemeente in another gemeente than the school does not (the path's dossier access
     * would give 404): deciding on jeugdhulp, or at its thuiszitterstafel, it works on the task page.
     */
    private boolean leerlingpagina(Leerlingidentiteit l) {
        return toegang.zicht().omvat(l.schoolBrin());
    }

    /** A deadline is a Dutch date: a task due at 00:30 Dutch time is due that day, not the UTC day before. */
    private static LocalDate datum(Instant moment) {
        return moment == null ? null : moment.atZone(Klok.NL).toLocalDate();
    }
}
