package nl.eenplan.paginas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Groepen;
import nl.eenplan.taak.Lijstdossiers;
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
    /**
     * A search past the first {@link #MAXIMAAL} tasks looks up the tasks of at most this many matching pupils; when
     * more match (one letter typed), it looks in the first tasks only and asks for a more precise search.
     */
    static final int LEERLINGGRENS = 200;
    /**
     * Who may search the pupils of their schools past the first tasks: those who may open the page Leerlingen
     * ({@link LeerlingenPagina}), so the search tells no one else how many pupils of a name their schools have.
     */
    static final String[] LEERLINGENLIJST = {Groepen.ZORGCOORDINATOR, Groepen.MENTOR};

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
    record Werkpagina(List<Werkregel> regels, int pagina, boolean volgende, boolean afgekapt, Zoekbereik bereik,
                      boolean meerGevonden) {

        Werkpagina(List<Werkregel> regels, int pagina, boolean volgende, boolean afgekapt) {
            this(regels, pagina, volgende, afgekapt, Zoekbereik.ALLES, false);
        }

        /** A search's one page; {@code meerGevonden}: it found more tasks than the page shows. */
        static Werkpagina gezocht(List<Werkregel> regels, Zoekbereik bereik, boolean meerGevonden) {
            return new Werkpagina(regels, 1, false, bereik != Zoekbereik.ALLES || meerGevonden, bereik, meerGevonden);
        }

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

    /** What a search looked in, when it is not every task of the user (the page says so). */
    enum Zoekbereik {
        /** Every task of the user. */
        ALLES,
        /**
         * The first {@link #MAXIMAAL} tasks, and every task of the matching pupils of the user's schools: the user also
         * works in a tenant that is no school (a gemeente's), whose pupils the search cannot name.
         */
        EERSTE_TAKEN_EN_SCHOLEN,
        /** Only the first {@link #MAXIMAAL} tasks: more than {@link #LEERLINGGRENS} pupils match. */
        EERSTE_TAKEN,
        /** Only the first {@link #MAXIMAAL} tasks: the user may not search the pupil list (page Leerlingen). */
        ALLEEN_EERSTE_TAKEN,
        /** Only the first {@link #MAXIMAAL} tasks: the text is part of a dossier number, which names no pupil. */
        DEEL_VAN_NUMMER
    }

    /**
     * Mijn werk searched: the tasks whose pupil's name or dossier number matches, the first {@link #PER_PAGINA} of them
     * on one page. The search needs the pupils' names, which live in the dossier, not in the engine: it looks through
     * the pupils of the first {@link #MAXIMAAL} tasks, and, when the list goes on past those (issue #25: it stopped
     * there, a pupil further down was not found), through the pupils of the user's schools as the page Leerlingen does
     * (up to {@link #LEERLINGGRENS}). Then it reads the user's tasks of the pupils found, in the list's order: only
     * those shown are read whole and named in the audit entry (it named the 500 looked through). A whole dossier number
     * needs no names: its tasks are read by their dossier.
     */
    Werkpagina zoek(Aangemeld wie, String zoek) {
        String tekst = zoek.strip();
        if (Dossier.isNummer(tekst)) {
            // A whole dossier number names that one pupil, as in the search of the page Leerlingen (DossierService
            // #zoek): the user's tasks of that dossier wherever they stand in the list, read by it, no name read.
            // Issue #25: it looked through the names of the first 500 tasks' pupils first (three reads of names, the
            // heavy school's slowest page at 1,000,000 tasks), and "2026-20002" also found 2026-200021 there.
            Takenpagina vanNummer = taken.vanDossiers(Set.of(tekst), wie.naam(), wie.groepen(), PER_PAGINA);
            return Werkpagina.gezocht(regels(vanNummer.taken()), Zoekbereik.ALLES, vanNummer.meer());
        }
        Lijstdossiers eerste = taken.dossiersVanLijst(wie.naam(), wie.groepen(), MAXIMAAL);
        Set<String> gevonden = new LinkedHashSet<>();
        Map<String, Leerlingidentiteit> gelezen = new HashMap<>(); // the names read, for the lines shown
        // The pupils in the list's order, a page and one first, then twice as many each time, until more than a page
        // of them match: then the first page of tasks found lies before the first pupil not looked at (each matching
        // pupil has a task there), and nothing further down changes it (issue #25: one letter typed at a school of
        // 20,000 read 500 pupils' names). Doubling keeps a search that matches few at three look-ups of names.
        List<String> nummers = eerste.nummers();
        int deelgrootte = PER_PAGINA + 1;
        for (int van = 0; van < nummers.size() && gevonden.size() <= PER_PAGINA; van += deelgrootte, deelgrootte *= 2) {
            List<String> deel = nummers.subList(van, Math.min(nummers.size(), van + deelgrootte));
            Map<String, Leerlingidentiteit> namen = dossiers.identiteiten(deel);
            gelezen.putAll(namen);
            for (String nummer : deel) {
                Leerlingidentiteit leerling = namen.get(nummer);
                if (Werkregel.past(leerling == null ? null : leerling.naam(), nummer, zoek)) {
                    gevonden.add(nummer);
                }
            }
        }
        // More than a page found among the first tasks: the page is whole without the pupils of the user's schools.
        boolean paginaVol = gevonden.size() > PER_PAGINA;
        Zoekbereik bereik = Zoekbereik.ALLES;
        if (!paginaVol && eerste.meer()) {
            bereik = toegang.inGroep(LEERLINGENLIJST) ? voorbijDeEersteTaken(zoek, gevonden)
                    : Zoekbereik.ALLEEN_EERSTE_TAKEN;
        }
        Takenpagina lijst = taken.vanDossiers(gevonden, wie.naam(), wie.groepen(), PER_PAGINA);
        return Werkpagina.gezocht(regels(lijst.taken(), gelezen), bereik, lijst.meer());
    }

    /**
     * The matching pupils of the user's schools past the first tasks, added to {@code gevonden} when there are at most
     * {@link #LEERLINGGRENS}; where the search looked.
     */
    private Zoekbereik voorbijDeEersteTaken(String zoek, Set<String> gevonden) {
        DossierService.PassendeDossiers passend = dossiers.passend(zoek, LEERLINGGRENS);
        if (passend.deelVanNummer()) {
            return Zoekbereik.DEEL_VAN_NUMMER;
        }
        if (passend.meer()) {
            return Zoekbereik.EERSTE_TAKEN;
        }
        gevonden.addAll(passend.nummers());
        return passend.alleenScholen() ? Zoekbereik.ALLES : Zoekbereik.EERSTE_TAKEN_EN_SCHOLEN;
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
        return regels(lijst, Map.of());
    }

    /** The lines of the tasks, with the pupils' names from {@code gelezen} where read already, the others read now. */
    private List<Werkregel> regels(List<TaakView> lijst, Map<String, Leerlingidentiteit> gelezen) {
        Map<String, Leerlingidentiteit> wie = new HashMap<>(gelezen);
        List<String> ongelezen = lijst.stream().map(TaakView::dossierNummer).filter(Objects::nonNull).distinct()
                .filter(nummer -> !gelezen.containsKey(nummer)).toList();
        if (!ongelezen.isEmpty()) {
            wie.putAll(dossiers.identiteiten(ongelezen));
        }
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
