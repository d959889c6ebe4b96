package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import nl.eenplan.security.GezinOidc;
import nl.eenplan.security.GezinOngekoppeld;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.security.MedewerkerAanmelding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's way in with DigiD (issue #24, slice 3; docs/gezin.md): {@code /gezin/inloggen} links to the family's
 * identity provider, {@code /gezin/afgemeld} offers to log out there too, and {@code /gezin/koppelen} binds a signed-in
 * person to a child with the school's code and the child's date of birth ({@link Uitnodigingen#koppel}). These pages
 * name no school and no child: someone not bound yet sees nothing of anyone. After binding, the login is rebuilt as
 * a {@link Gezinslid} with a new session id.
 */
@Controller
class KoppelPagina {

    private static final List<DateTimeFormatter> DATUMS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private final Uitnodigingen uitnodigingen;
    private final ObjectProvider<ClientRegistrationRepository> registraties;
    private final SecurityContextRepository sessie = new HttpSessionSecurityContextRepository();

    KoppelPagina(Uitnodigingen uitnodigingen, ObjectProvider<ClientRegistrationRepository> registraties) {
        this.uitnodigingen = uitnodigingen;
        this.registraties = registraties;
    }

    @GetMapping("/gezin/inloggen")
    String inloggen(@RequestParam(required = false) String niveau, @RequestParam(required = false) String fout,
                    Model model) {
        model.addAttribute("viaIdp", registratie().isPresent());
        model.addAttribute("melding", niveau != null ? "uitnodiging.inloggen.niveau"
                : fout != null ? "uitnodiging.inloggen.fout" : null);
        model.addAttribute("afgemeld", false);
        return "gezin/inloggen";
    }

    @GetMapping("/gezin/afgemeld")
    String afgemeld(Model model) {
        model.addAttribute("viaIdp", registratie().isPresent());
        model.addAttribute("afgemeld", true);
        model.addAttribute("afmeldenBijIdp", afmeldenBijIdp().orElse(null));
        return "gezin/inloggen";
    }

    @GetMapping("/gezin/koppelen")
    String koppelen(Authentication wie, Model model) {
        model.addAttribute("bekend", wie.getPrincipal() instanceof Gezinslid);
        return "gezin/koppelen";
    }

    @PostMapping("/gezin/koppelen")
    String koppel(Authentication wie, @RequestParam(required = false) String code,
                  @RequestParam(required = false) String geboortedatum, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        model.addAttribute("bekend", wie.getPrincipal() instanceof Gezinslid);
        model.addAttribute("code", code);
        model.addAttribute("geboortedatum", geboortedatum);
        Optional<LocalDate> datum = datum(geboortedatum);
        if (datum.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fout", "uitnodiging.koppelen.datumfout");
            return "gezin/koppelen";
        }
        Optional<Uitnodigingen.Gekoppeld> gekoppeld = Optional.empty();
        if (wie.getPrincipal() instanceof Gezinslid lid) {
            gekoppeld = uitnodigingen.koppel(lid.accountId(), null, null, null, code, datum.get());
        } else if (wie.getPrincipal() instanceof GezinOngekoppeld nieuw) {
            gekoppeld = uitnodigingen.koppel(null, nieuw.subjectHash(), nieuw.issuerAlias(), nieuw.niveau(), code,
                    datum.get());
        }
        if (gekoppeld.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fout", "uitnodiging.koppelen.mislukt");
            return "gezin/koppelen";
        }
        // From now on a family member: the login rebuilt, the session id changed (no fixation of the old one).
        Gezinslid lid = new Gezinslid(gekoppeld.get().accountId());
        boolean viaIdp = wie.getPrincipal() instanceof GezinOngekoppeld || Gezinslid.viaIdp(wie);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(viaIdp ? lid.aanmeldingViaIdp() : lid.aanmelding());
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessie.saveContext(context, request, response);
        return "redirect:/gezin";
    }

    /** A date as people write it (14-05-2015, 14/5/2015, 2015-05-14); empty when it is none. */
    static Optional<LocalDate> datum(String getypt) {
        if (getypt == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter vorm : DATUMS) {
            try {
                return Optional.of(LocalDate.parse(getypt.strip(), vorm));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private Optional<ClientRegistration> registratie() {
        return Optional.ofNullable(registraties.getIfAvailable())
                .map(r -> r.findByRegistrationId(GezinOidc.REGISTRATIE));
    }

    /** The provider's end_session_endpoint, as a link (CSP form-action 'self' blocks a redirect after the form). */
    private Optional<String> afmeldenBijIdp() {
        return registratie().flatMap(MedewerkerAanmelding::afmeldenBij);
    }
}
