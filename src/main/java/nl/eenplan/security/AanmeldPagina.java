package nl.eenplan.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page for EenPlan's own pages and the page that asks to log out. Spring Security handles
 * the forms they post (POST /login, POST /logout), each with its CSRF token; see {@link SecurityConfig}.
 */
@Controller
class AanmeldPagina {

    @GetMapping("/login")
    String aanmelden() {
        return "login";
    }

    /** Logging out changes state, so it is a POST with the CSRF token; a link leads here first. */
    @GetMapping("/logout")
    String afmelden() {
        return "afmelden";
    }
}
