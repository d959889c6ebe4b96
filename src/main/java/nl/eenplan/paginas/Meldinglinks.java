package nl.eenplan.paginas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.melding.MeldingView;
import nl.eenplan.taak.TaakService;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import org.springframework.stereotype.Service;

/**
 * Where a notification leads its reader: a page that opens for the reader (200), chosen for the reader when they read
 * it, whoever sent it and to whom. A notification names a pupil (dossier number) and sometimes a task; which page opens
 * depends on the reader (a gemeente, leerplicht or the SWV does not see every pupil of its region) and on the moment (a
 * task is completed, consent is withdrawn, the pupil moves). The pupil's home gemeente in another gemeente than the
 * school, for one, cannot open the pupil's page (404) but has the task page of its jeugdhulp decision or its
 * thuiszitterstafel. In this order:
 * <ol>
 *   <li>the notification's task, while it is open in the reader's list;</li>
 *   <li>the pupil's page, when it opens for the reader ({@link Leerlingzicht#opent});</li>
 *   <li>the reader's own open task for the pupil (the home gemeente's "Besluit jeugdhulp (woongemeente)");</li>
 *   <li>the pupil's thuiszitterstafel the reader sits at;</li>
 *   <li>the pupil's escalation in the reader's leerplicht inbox;</li>
 *   <li>none: the notification says in words that nothing is left to open.</li>
 * </ol>
 * Nothing of the pupil is read or audited: only whether a page would open.
 */
@Service
class Meldinglinks {

    /** A link on the notification: where to, and its text. */
    record Link(String href, String tekst) {
    }

    /** A notification as the page shows it: with a link, or with {@code uitleg} why there is none. */
    record Meldingregel(MeldingView melding, Link link, String uitleg) {
    }

    static final String GEEN_PAGINA = "Bij deze melding is er geen taak of pagina (meer) die je kunt openen: de taak is "
            + "afgerond of vervallen, of de leerling valt niet (meer) onder jouw werk. De melding zelf zegt wat er "
            + "gebeurde.";

    private final TaakService taken;
    private final Leerlingzicht leerlingzicht;
    private final Werkoverzicht werk;
    private final ThuiszitterstafelService tafels;
    private final LeerplichtService leerplicht;

    Meldinglinks(TaakService taken, Leerlingzicht leerlingzicht, Werkoverzicht werk, ThuiszitterstafelService tafels,
                 LeerplichtService leerplicht) {
        this.taken = taken;
        this.leerlingzicht = leerlingzicht;
        this.werk = werk;
        this.tafels = tafels;
        this.leerplicht = leerplicht;
    }

    /** Each notification with the link its reader can open (one answer per pupil per page). */
    List<Meldingregel> voor(Aangemeld wie, List<MeldingView> meldingen) {
        Map<String, Optional<Link>> perLeerling = new HashMap<>();
        return meldingen.stream().map(m -> {
            Optional<Link> link = taak(wie, m.taakId());
            if (link.isEmpty() && m.dossierNummer() != null) {
                link = perLeerling.computeIfAbsent(m.dossierNummer(), nummer -> leerling(wie, nummer));
            }
            boolean verwijst = m.taakId() != null || m.dossierNummer() != null;
            return new Meldingregel(m, link.orElse(null), link.isEmpty() && verwijst ? GEEN_PAGINA : null);
        }).toList();
    }

    private Optional<Link> taak(Aangemeld wie, String taakId) {
        return taken.staatOpen(taakId, wie.naam(), wie.groepen())
                ? Optional.of(new Link("/taken/" + taakId, "Naar de taak")) : Optional.empty();
    }

    private Optional<Link> leerling(Aangemeld wie, String nummer) {
        if (leerlingzicht.opent(wie, nummer)) {
            return Optional.of(new Link("/leerlingen/" + nummer, "Naar de leerling (" + nummer + ")"));
        }
        Optional<Link> link = werk.vanLeerling(wie, nummer).stream().findFirst()
                .map(t -> new Link("/taken/" + t.taakId(), "Naar je taak '" + t.stap() + "'"));
        if (link.isEmpty() && wie.groepen().stream().anyMatch(Paginakop.THUISZITTERS::contains)) {
            link = tafels.aanTafelVoor(nummer).map(id -> new Link("/thuiszitters/" + id, "Naar de thuiszitterstafel"));
        }
        if (link.isEmpty() && wie.groepen().stream().anyMatch(Paginakop.LEERPLICHT::contains)) {
            link = leerplicht.escalatieVoor(nummer).map(id -> new Link(LeerplichtService.opPagina(id),
                    "Naar de escalatie"));
        }
        return link;
    }
}
