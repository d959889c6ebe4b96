package nl.eenplan.paginas;

import nl.eenplan.leerplicht.EscalatieFilter;
import nl.eenplan.leerplicht.EscalatieView;
import nl.eenplan.leerplicht.LeerplichtEscalatie;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.web.Audit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Leerplicht's inbox and an escalation's page: the same escalations as {@code /api/escalaties} (pupils of schools
 * in the officer's gemeente), the facts and contact as the school gave them, the deadline, the chosen MAS route and
 * the outcome. Assessing and closing are the escalation's tasks, completed on the task page with the same handlers
 * as in Tasklist's filter "Escalaties leerplicht". A case handed over because the pupil moved shows, on the receiving
 * gemeente's page, where it came from; the gemeente that handed it over sees only that it did, to whom, when and why.
 */
@Controller
@PreAuthorize("hasAnyAuthority('leerplicht', 'rmc', 'leerplichtteamleider')")
class LeerplichtPagina {

    private final LeerplichtService leerplicht;
    private final Werkoverzicht werk;

    LeerplichtPagina(LeerplichtService leerplicht, Werkoverzicht werk) {
        this.leerplicht = leerplicht;
        this.werk = werk;
    }

    /** Open escalations by default (most overdue first); "alle" also shows the handled ones. */
    @GetMapping("/leerplicht")
    String inbox(@RequestParam(required = false) String toon, Model model) {
        boolean alle = "alle".equals(toon);
        var inbox = leerplicht.inbox(new EscalatieFilter(null, null, null,
                alle ? null : LeerplichtEscalatie.Status.GEREGISTREERD));
        // Every pupil in the inbox: each one's inzage shows who saw them in it.
        Audit.betreftDossiers(inbox.stream().map(EscalatieView::dossierNummer).toList());
        model.addAttribute("escalaties", inbox);
        model.addAttribute("alle", alle);
        // Cases this gemeente handed over (the pupil moved): to whom, when and why, nothing newer.
        model.addAttribute("overgedragen", leerplicht.overgedragen());
        return "paginas/leerplicht";
    }

    @GetMapping("/leerplicht/escalaties/{id}")
    String escalatie(@PathVariable Long id, Authentication gebruiker, Model model) {
        EscalatieView e = leerplicht.haalOp(id);
        model.addAttribute("e", e);
        model.addAttribute("herkomst", leerplicht.herkomst(id));
        model.addAttribute("taken", werk.vanLeerling(Aangemeld.van(gebruiker), e.dossierNummer()));
        return "paginas/escalatie";
    }
}
