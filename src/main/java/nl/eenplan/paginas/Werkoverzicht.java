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
import nl.eenplan.taak.Takenpagina;
import org.springframework.stereotype.Service;

/**
 * The user's tasks with the pupils' names and schools: the task list of the API (overdue first, then by deadline,
 * then those without one) joined with the dossiers, which only EenPlan holds.
 */
@Service
class Werkoverzicht {

    /**
     * The first this many tasks of the list are what Mijn werk offers: its pages and its search (the API's own limit
     * is 1000).
     */
    static final int MAXIMAAL = 500;
    /** Tasks per page of Mijn werk, as the page Leerlingen shows 100 pupils (issue #25). */
    static final int PER_PAGINA = 100;
    /** The last page: the one that ends at {@link #MAXIMAAL}. */
    static final int PAGINAS = MAXIMAAL / PER_PAGINA;

    private final TaakService taken;
    private final DossierService dossiers;
    private final nl.eenplan.security.Toegang toegang;

    Werkoverzicht(TaakService taken, DossierService dossiers, nl.eenplan.security.Toegang toegang) {
        this.taken = taken;
        this.dossiers = dossiers;
        this.toegang = toegang;
    }

    /**
     * What Mijn werk shows: its rows, which page (from 1), whether a next page follows, and whether the list goes on
     * past what Mijn werk offers ({@link #MAXIMAAL}: the last page is full and more follow, or a search looked in a
     * full window).
     */
    record Werkpagina(List<Werkregel> regels, int pagina, boolean volgende, boolean afgekapt) {

        public boolean vorige() {
            return pagina > 1;
        }

        /** The number of the first row on this page (from 1), for "Taken 101 tot en met 200". */
        public int eerste() {
            return regels.isEmpty() ? 0 : (pagina - 1) * PER_PAGINA + 1;
        }

        public int laatste() {
            return regels.isEmpty() ? 0 : eerste() + regels.size() - 1;
        }
    }

    /**
     * One page of Mijn werk: {@link #PER_PAGINA} tasks of the list from page {@code pagina} (1 to {@link #PAGINAS};
     * one indexed query per half, taak.Takenlijst). Issue #25: it showed the first 500 at once, each with its pupil,
     * school and audit line (135 ms at a 20,000-pupil school); a page of 100 reads a fifth of those.
     */
    Werkpagina pagina(Aangemeld wie, int pagina) {
        int p = Math.min(Math.max(1, pagina), PAGINAS);
        Takenpagina gevonden = taken.pagina(wie.naam(), wie.groepen(), (p - 1) * PER_PAGINA, PER_PAGINA);
        // Past the end of the list the last page there is (TaakService#pagina), with its own number.
        int getoond = gevonden.vanaf() / PER_PAGINA + 1;
        boolean laatste = getoond == PAGINAS;
        return new Werkpagina(regels(gevonden.taken()), getoond, gevonden.meer() && !laatste,
                gevonden.meer() && laatste);
    }

    /**
     * Mijn werk searched: of the first {@link #MAXIMAAL} tasks those whose pupil's name or dossier number matches
     * (the search needs the pupils' names, which live in the dossier, not in the engine; issue #25 kept this).
     */
    Werkpagina zoek(Aangemeld wie, String zoek) {
        List<TaakView> lijst = taken.lijst(wie.naam(), wie.groepen(), MAXIMAAL);
        return new Werkpagina(regels(lijst).stream().filter(r -> r.past(zoek)).toList(), 1, false,
                lijst.size() >= MAXIMAAL);
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
