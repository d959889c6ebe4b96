package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.NietGevondenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's pages (issue #24), for a signed-in family member only (security.GezinsDeuren): {@code /gezin} lists the
 * children (or the pupil herself), {@code /gezin/kind/{publiekId}/{onderdeel}} shows one part of one child's plan, as
 * {@link Gezinszicht} allows. Read-only; the language choice is the one form, with the session's CSRF token.
 */
@Controller
class GezinPagina {

    /** Where the language form may send the family back to: their own pages only. */
    private static final Pattern TERUG = Pattern.compile("/gezin(/kind/[0-9a-f-]{36}(/[a-z]+)?)?");

    private final Gezinszicht zicht;
    private final Gezinsregister register;
    private final Gezinstaal taal;
    private final GezinEnquete enquete;
    private final GezinEvaluatie evaluatie;
    private final Wachtlijst wachtlijst;

    GezinPagina(Gezinszicht zicht, Gezinsregister register, Gezinstaal taal, GezinEnquete enquete,
                GezinEvaluatie evaluatie, Wachtlijst wachtlijst) {
        this.wachtlijst = wachtlijst;
        this.enquete = enquete;
        this.evaluatie = evaluatie;
        this.zicht = zicht;
        this.register = register;
        this.taal = taal;
    }

    @GetMapping("/gezin")
    String overzicht(@AuthenticationPrincipal Gezinslid wie, Model model) {
        model.addAttribute("kinderen", zicht.kinderen(wie));
        model.addAttribute("wacht", wachtlijst.voor(wie));
        model.addAttribute("terug", "/gezin");
        return "gezin/overzicht";
    }

    @GetMapping({"/gezin/kind/{publiekId}", "/gezin/kind/{publiekId}/{onderdeel}"})
    String kind(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                @PathVariable(required = false) String onderdeel, Model model, HttpServletRequest request) {
        Gezinsweergave.Kindpagina kind = zicht.kind(wie, publiekId, Gezinszicht.onderdeel(onderdeel));
        model.addAttribute("kind", kind);
        model.addAttribute("enquetes", kind.mag("ENQUETE") ? enquete.open(wie, publiekId) : java.util.List.of());
        model.addAttribute("evaluaties", kind.mag("EVALUATIE") ? evaluatie.open(wie, publiekId) : java.util.List.of());
        model.addAttribute("actief", onderdeel == null ? (kind.onderdelen().isEmpty() ? "" : kind.onderdelen().get(0))
                : onderdeel);
        model.addAttribute("terug", request.getRequestURI().substring(request.getContextPath().length()));
        return "gezin/kind";
    }

    /** Nederlands or English, for this session and the account. */
    @PostMapping("/gezin/taal")
    String taal(@AuthenticationPrincipal Gezinslid wie, @RequestParam String taal,
                @RequestParam(required = false) String terug, HttpServletRequest request,
                HttpServletResponse response) {
        Locale gekozen = Gezinstaal.TALEN.stream().filter(t -> t.getLanguage().equals(taal)).findFirst()
                .orElseThrow(() -> new NietGevondenException("gezin.niet-gevonden"));
        this.taal.setLocale(request, response, gekozen);
        register.zetTaal(wie.accountId(), gekozen.getLanguage());
        return "redirect:" + (terug != null && TERUG.matcher(terug).matches() ? terug : "/gezin");
    }
}
