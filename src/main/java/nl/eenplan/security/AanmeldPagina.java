package nl.eenplan.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page for EenPlan's own pages and the page that asks to log out. Spring Security handles
 * the forms they post (POST /login, POST /logout), each with its CSRF token; see {@link SecurityConfig}.
 * With an identity provider for professionals the login page links to it, and shows the password form only while
 * {@code eenplan.aanmelden.lokaal-op-paginas} is on ({@link MedewerkerAanmelding}).
 */
@Controller
class AanmeldPagina {

    private final MedewerkerAanmelding medewerkers;

    AanmeldPagina(MedewerkerAanmelding medewerkers) {
        this.medewerkers = medewerkers;
    }

    @GetMapping("/login")
    String aanmelden(Model model) {
        model.addAttribute("viaOrganisatie", medewerkers.viaOrganisatie());
        model.addAttribute("metWachtwoord", medewerkers.lokaalOpPaginas());
        model.addAttribute("afmeldenBijOrganisatie", medewerkers.afmeldenBijOrganisatie().orElse(null));
        return "login";
    }

    /** Logging out changes state, so it is a POST with the CSRF token; a link leads here first. */
    @GetMapping("/logout")
    String afmelden() {
        return "afmelden";
    }
}
