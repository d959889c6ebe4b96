package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school's side of the family's sign-in, for the zorgcoördinator (issue #24; docs/gezin.md): on the pupil's page a
 * part that says per guardian "uitgenodigd op … / gekoppeld op …" and lists the documents the family sent (loaded into
 * paginas' leerling.html from {@code /leerlingen/{nummer}/gezin/deel}), and {@code /leerlingen/{nummer}/gezin} with the
 * forms: invite (the code shown once, a letter as PDF), revoke, end a binding. The same service and checks as the API
 * ({@link UitnodigingController}); other schools' pupils do not exist here (dossier.DossierToegang).
 */
@Controller
@PreAuthorize("hasAuthority('zorgcoordinator')")
class UitnodigingPagina {

    /** One guardian or the pupil, with where they stand with EenPlan. */
    record Persoon(String sleutel, String naam, String omschrijving, Uitnodigingen.Uitnodiging uitnodiging,
                   String stand, Gezinsregister.Schoolkoppeling koppeling) {
    }

    private final Uitnodigingen uitnodigingen;
    private final Gezinsregister register;
    private final Gezinsdocumenten documenten;
    private final DossierService dossiers;
    private final UitnodigingController api;
    private final Clock clock;

    UitnodigingPagina(Uitnodigingen uitnodigingen, Gezinsregister register, Gezinsdocumenten documenten,
                      DossierService dossiers, UitnodigingController api, Clock clock) {
        this.uitnodigingen = uitnodigingen;
        this.register = register;
        this.documenten = documenten;
        this.dossiers = dossiers;
        this.api = api;
        this.clock = clock;
    }

    @GetMapping("/leerlingen/{nummer}/gezin")
    String pagina(@PathVariable String nummer, Model model) {
        vul(nummer, model);
        return "gezin/school";
    }

    /** The part of the pupil's page (htmx): the statuses, and a link to the forms. */
    @GetMapping("/leerlingen/{nummer}/gezin/deel")
    String deel(@PathVariable String nummer, Model model) {
        vul(nummer, model);
        return "gezin/school :: deel";
    }

    @PostMapping("/leerlingen/{nummer}/gezin/uitnodigingen")
    String nodigUit(@PathVariable String nummer, @RequestParam(required = false) String wie,
                    @RequestParam(required = false) String kanaal, Principal door, Model model,
                    HttpServletResponse response) {
        try {
            Uitnodigingen.Nieuw nieuw = uitnodigingen.nodigUit(nummer, wie(wie), kanaal(kanaal), door.getName());
            vul(nummer, model);
            model.addAttribute("nieuw", nieuw);
            return "gezin/school";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fouten", e.getFouten());
        } catch (NietMogelijkException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("fouten", List.of(new Veldfout("wie", e.getMessage())));
        }
        vul(nummer, model);
        model.addAttribute("gekozen", wie);
        return "gezin/school";
    }

    /** The letter with the code just shown (the code is not kept: the page sends it back once). */
    @PostMapping("/leerlingen/{nummer}/gezin/uitnodigingen/{id}/brief")
    ResponseEntity<byte[]> brief(@PathVariable String nummer, @PathVariable long id,
                                 @RequestParam(required = false) String code) {
        return api.brief(uitnodigingen.brief(nummer, id, code), nummer, id);
    }

    @PostMapping("/leerlingen/{nummer}/gezin/uitnodigingen/{id}/intrekken")
    String trekIn(@PathVariable String nummer, @PathVariable long id, Principal door) {
        uitnodigingen.trekIn(nummer, id, door.getName());
        return "redirect:/leerlingen/" + nummer + "/gezin";
    }

    @PostMapping("/leerlingen/{nummer}/gezin/koppelingen/{id}/beeindigen")
    String beeindig(@PathVariable String nummer, @PathVariable long id, Principal door) {
        uitnodigingen.beeindigKoppeling(nummer, id, door.getName());
        return "redirect:/leerlingen/" + nummer + "/gezin";
    }

    private void vul(String nummer, Model model) {
        DossierView d = dossiers.haalOp(nummer);
        DossierView.LeerlingView l = d.leerling();
        Instant nu = clock.instant();
        List<Uitnodigingen.Uitnodiging> alle = uitnodigingen.vanDossier(nummer);
        List<Gezinsregister.Schoolkoppeling> koppelingen = register.vanDossier(nummer);
        List<Persoon> personen = new ArrayList<>();
        for (DossierView.OuderView o : l.ouders()) {
            personen.add(persoon("ouder-" + o.id(), o.naam(), o.relatie().name().toLowerCase() + ", gezag: "
                    + (o.gezag() == null ? "nog niet bevestigd" : o.gezag() ? "ja" : "nee")
                    + (o.informatieBeperkt() ? ", informatie beperkt door de rechter" : ""), o.id(), alle,
                    koppelingen, nu));
        }
        personen.add(persoon("leerling", Uitnodigingen.naam(l), "de leerling zelf", null, alle, koppelingen, nu));
        model.addAttribute("nummer", nummer);
        model.addAttribute("naam", Uitnodigingen.naam(l));
        model.addAttribute("personen", personen);
        model.addAttribute("open", d.status() == nl.eenplan.dossier.Dossier.Status.OPEN);
        // What the family sent (a specialist's report): listed on the pupil's page, opened through the school's route.
        model.addAttribute("documenten", documenten.vanDossier(nummer));
    }

    private static Persoon persoon(String sleutel, String naam, String omschrijving, Long ouderId,
                                   List<Uitnodigingen.Uitnodiging> alle,
                                   List<Gezinsregister.Schoolkoppeling> koppelingen, Instant nu) {
        Uitnodigingen.Uitnodiging laatste = alle.stream().filter(u -> Objects.equals(u.ouderId(), ouderId))
                .max(Comparator.comparing(Uitnodigingen.Uitnodiging::id)).orElse(null);
        Gezinsregister.Schoolkoppeling koppeling = koppelingen.stream()
                .filter(k -> Objects.equals(k.ouderId(), ouderId)).max(Comparator.comparing(
                        Gezinsregister.Schoolkoppeling::id)).orElse(null);
        return new Persoon(sleutel, naam, omschrijving, laatste, laatste == null ? null : laatste.stand(nu), koppeling);
    }

    private static Uitnodigingen.Wie wie(String wie) {
        if ("leerling".equals(wie)) {
            return new Uitnodigingen.Wie(null, true);
        }
        if (wie != null && wie.matches("ouder-\\d{1,18}")) {
            return new Uitnodigingen.Wie(Long.valueOf(wie.substring("ouder-".length())), false);
        }
        throw new OngeldigeInvoerException("wie", "Kies wie u uitnodigt: een ouder of verzorger, of de leerling.");
    }

    private static Uitnodigingen.Kanaal kanaal(String kanaal) {
        for (Uitnodigingen.Kanaal k : Uitnodigingen.Kanaal.values()) {
            if (k.name().equals(kanaal)) {
                return k;
            }
        }
        throw new OngeldigeInvoerException("kanaal", "Kies hoe de code gaat: per brief of per e-mail.");
    }

    // A refusal on the school's page is the staff's error page, not the family's (GezinFouten) or problem+json.
    @ExceptionHandler(NietGevondenException.class)
    String nietGevonden(NietGevondenException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(NietMogelijkException.class)
    String nietMogelijk(NietMogelijkException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_CONFLICT, "Dat kan nu niet", e.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    String ongeldig(OngeldigeInvoerException e, HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_BAD_REQUEST, "Controleer de invoer", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String geenToegang(HttpServletResponse response, Model model) {
        return fout(response, model, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                "Het gezin uitnodigen doet de zorgcoördinator van de school.");
    }

    private static String fout(HttpServletResponse response, Model model, int status, String titel, String uitleg) {
        response.setStatus(status);
        model.addAttribute("titel", titel);
        model.addAttribute("uitleg", uitleg);
        return "paginas/fout";
    }
}
