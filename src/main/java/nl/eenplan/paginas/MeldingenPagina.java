package nl.eenplan.paginas;

import nl.eenplan.melding.MeldingService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The user's notifications, newest first, unread ones marked; the same as {@code /api/meldingen} shows them, each with
 * a link to a page the user can open ({@link Meldinglinks}).
 */
@Controller
class MeldingenPagina {

    private final MeldingService meldingen;
    private final Meldinglinks links;

    MeldingenPagina(MeldingService meldingen, Meldinglinks links) {
        this.meldingen = meldingen;
        this.links = links;
    }

    @GetMapping("/meldingen")
    String meldingen(Authentication gebruiker, Model model) {
        Aangemeld wie = Aangemeld.van(gebruiker);
        model.addAttribute("meldingen", links.voor(wie, meldingen.voor(wie.naam(), wie.groepen(), false)));
        return "paginas/meldingen";
    }

    /** A form with the session's CSRF token; back to the list, at the notification just read. */
    @PostMapping("/meldingen/{id}/gelezen")
    String gelezen(@PathVariable Long id, Authentication gebruiker) {
        Aangemeld wie = Aangemeld.van(gebruiker);
        meldingen.markeerGelezen(id, wie.naam(), wie.groepen());
        return "redirect:/meldingen#melding-" + id;
    }
}
