package nl.eenplan.paginas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelView;
import nl.eenplan.verwijspunten.Verwijspunten;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The thuiszitterstafels for the parties at the table (docs/werken-met-eenplan.md, "Thuiszitters"): the list of the
 * tables a user sits at and a page per table, as {@code /api/thuiszitterstafels} gives them
 * ({@link ThuiszitterstafelService#lijst} and {@link ThuiszitterstafelService#haalOp}: the owning gemeente's leerplicht
 * and gemeente staff, the SWV of the pupil's school; another table is not found, 404). The table's work (plan the
 * meeting, record the plan, force a breakthrough, close) is the process's tasks, opened on the task page with their
 * forms; the page links the user's own. The school sees its pupil's table on the pupil's page.
 */
@Controller
@PreAuthorize("hasAnyAuthority('leerplicht', 'rmc', 'leerplichtteamleider', 'gemeente', 'swv')")
class ThuiszittersPagina {

    /** The process of a table, as the models name it. */
    static final String PROCES = "thuiszitterstafel";

    /** A table in the list: its facts and whom it is about (name and school, which the table does not hold). */
    record Tafelregel(ThuiszitterstafelView t, String leerling, String school) {
    }

    /** One moment in a table's history. */
    record Gebeurtenis(Instant op, String wat) {
    }

    private final ThuiszitterstafelService tafels;
    private final DossierService dossiers;
    private final Werkoverzicht werk;
    private final Verwijspunten verwijspunten;

    ThuiszittersPagina(ThuiszitterstafelService tafels, DossierService dossiers, Werkoverzicht werk,
                       Verwijspunten verwijspunten) {
        this.tafels = tafels;
        this.dossiers = dossiers;
        this.werk = werk;
        this.verwijspunten = verwijspunten;
    }

    /** Running tables first (the longest at home on top), then the closed ones. */
    @GetMapping("/thuiszitters")
    String lijst(Model model) {
        List<ThuiszitterstafelView> lijst = tafels.lijst();
        Map<String, Leerlingidentiteit> wie = dossiers.identiteiten(
                lijst.stream().map(ThuiszitterstafelView::dossierNummer).distinct().toList());
        model.addAttribute("tafels", lijst.stream()
                .sorted(Comparator.comparing((ThuiszitterstafelView t) -> "AFGESLOTEN".equals(t.status()))
                        .thenComparing(ThuiszitterstafelView::gemeldOp))
                .map(t -> regel(t, wie.get(t.dossierNummer()))).toList());
        return "paginas/thuiszitters";
    }

    @GetMapping("/thuiszitters/{id}")
    String tafel(@PathVariable Long id, Authentication gebruiker, Model model) {
        ThuiszitterstafelView t = tafels.haalOp(id);
        model.addAttribute("r", regel(t, dossiers.identiteiten(List.of(t.dossierNummer())).get(t.dossierNummer())));
        model.addAttribute("geschiedenis", geschiedenis(t));
        model.addAttribute("taken", "AFGESLOTEN".equals(t.status()) ? List.of()
                : werk.vanProces(Aangemeld.van(gebruiker), t.dossierNummer(), PROCES));
        model.addAttribute("verwijspunten", verwijspunten.voor(Verwijspunten.Soort.THUISZITTER,
                verwijspunten.samenwerkingsverband(t.schoolBrin())));
        return "paginas/thuiszitterstafel";
    }

    private static Tafelregel regel(ThuiszitterstafelView t, Leerlingidentiteit l) {
        return new Tafelregel(t, l == null ? "dossier " + t.dossierNummer() : l.naam(),
                l == null ? t.schoolBrin() : l.schoolNaam());
    }

    /** What happened at the table, from its own record (never care content of the dossier). */
    private static List<Gebeurtenis> geschiedenis(ThuiszitterstafelView t) {
        List<Gebeurtenis> g = new ArrayList<>();
        t.signalen().forEach(s -> g.add(new Gebeurtenis(s.op(), "Signaal van " + s.omschrijving()
                + (s.toelichting() == null ? "" : ": " + s.toelichting()))));
        if (t.tafelOp() != null) {
            g.add(new Gebeurtenis(t.tafelOp(), "Thuiszitterstafel bijeen; doorzettingsmacht: " + t.doorzettingsmacht()
                    + " (" + t.doorzettingsmachtFunctie() + ")"));
        }
        if (t.escalaties() > 0) {
            g.add(new Gebeurtenis(null, "Geëscaleerd naar wie doorzettingsmacht heeft: " + t.escalaties()
                    + " keer" + (t.doorbraak() == null ? ""
                    : "; doorbraak: " + t.doorbraak())));
        }
        if (t.teruggekeerdOp() != null) {
            g.add(new Gebeurtenis(t.teruggekeerdOp().atStartOfDay(nl.eenplan.engine.Klok.NL).toInstant(),
                    "De school meldt: de leerling is terug op school"));
        }
        if (t.afgeslotenOp() != null) {
            g.add(new Gebeurtenis(t.afgeslotenOp(), "Afgesloten: " + t.uitkomstOmschrijving()
                    + (t.toelichting() == null ? "" : " (" + t.toelichting() + ")")));
        }
        g.sort(Comparator.comparing(Gebeurtenis::op, Comparator.nullsLast(Comparator.naturalOrder())));
        return g;
    }
}
