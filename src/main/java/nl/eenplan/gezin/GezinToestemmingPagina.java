package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.Intrekking;
import nl.eenplan.dossier.NieuweToestemming;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.dossier.Toestemmingsinformatie;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A parent with gezag or the pupil gives or withdraws a consent of their own (issue 24; AVG art. 7 lid 3: withdrawing is
 * as easy as giving). Only with {@link Gezinsregel.Handeling#TOESTEMMING} (else 403 with the row's explanation) and only
 * the kinds the {@link nl.eenplan.dossier.Leeftijdsregel} gives this person on today. Who gives comes from the binding;
 * the text shown (Dutch or English, {@link Toestemmingsinformatie}) is the one recorded, with its version and how the
 * person was signed in ({@link Aanmeldbewijs}). A withdrawal stops the routes that need the consent in the same
 * transaction (dossier.ToestemmingService). Another person's consent is 404.
 */
@Controller
class GezinToestemmingPagina {

    private static final String PAGINA = "gezin/toestemmingen";

    /** One kind of consent this person gives today: the text shown, its version, and their own consent in force. */
    record Soort(Toestemming.Scope scope, String versie, String tekst, Long eigenId, LocalDate gegevenOp) {
    }

    private final Gezinszicht zicht;
    private final ToestemmingService toestemmingen;
    private final Aanmeldbewijs bewijs;
    private final Clock clock;

    GezinToestemmingPagina(Gezinszicht zicht, ToestemmingService toestemmingen, Aanmeldbewijs bewijs, Clock clock) {
        this.zicht = zicht;
        this.toestemmingen = toestemmingen;
        this.bewijs = bewijs;
        this.clock = clock;
    }

    @GetMapping("/gezin/kind/{publiekId}/toestemmingen/geven")
    String pagina(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                  @RequestParam(required = false) String klaar, Locale locale, Model model) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.TOESTEMMING);
        if (klaar != null && (klaar.equals("gegeven") || klaar.equals("ingetrokken"))) {
            model.addAttribute("klaar", "gezin.toestemming.klaar." + klaar);
        }
        return toon(h, publiekId, locale, model);
    }

    @PostMapping("/gezin/kind/{publiekId}/toestemmingen/geven")
    String geef(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                @RequestParam(required = false) String scope, @RequestParam(required = false) String versie,
                @RequestParam(required = false) String taal, Locale locale, Model model,
                HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.TOESTEMMING);
        Soort soort = soorten(h, taal(taal)).stream().filter(s -> s.scope().name().equals(scope)).findFirst()
                .orElseThrow(() -> new GezinMagDitNiet("gezin.toestemming.niet-voor-u"));
        if (!soort.versie().equals(versie)) {
            // The text changed after it was shown: they consent to what they read, so they read the new one first.
            return fout(h, publiekId, locale, model, response, "gezin.toestemming.fout.versie");
        }
        NieuweToestemming nieuw = new NieuweToestemming(soort.scope(), h.leerling() ? Toestemming.GegevenDoor.LEERLING
                : Toestemming.GegevenDoor.OUDERS, h.ouderId(), Toestemming.Vorm.DIGITAAL, null, null);
        ToestemmingService.Bewijs proef = new ToestemmingService.Bewijs(taal(taal), versie, bewijs.van(wie));
        try {
            NamensHetGezin.voerUit(() -> Botsing.nogEens(() -> toestemmingen.geef(h.dossierNummer(), nieuw, h.door(),
                    proef)));
        } catch (NietMogelijkException | OngeldigeInvoerException e) {
            return fout(h, publiekId, locale, model, response, "gezin.toestemming.fout.niet-gelukt");
        }
        return "redirect:/gezin/kind/" + publiekId + "/toestemmingen/geven?klaar=gegeven";
    }

    @PostMapping("/gezin/kind/{publiekId}/toestemmingen/{id}/intrekken")
    String trekIn(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId, @PathVariable Long id,
                  Locale locale, Model model, HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.TOESTEMMING);
        // Only one's own consent that is in force: anyone else's (the other parent's, the pupil's) is not found.
        eigen(h).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NietGevondenException("gezin.niet-gevonden"));
        String proef = bewijs.van(wie);
        try {
            NamensHetGezin.voerUit(() -> {
                toestemmingen.trekIn(h.dossierNummer(), id, new Intrekking(Toestemming.Vorm.DIGITAAL), h.door(), proef);
                return null;
            });
        } catch (NietMogelijkException e) {
            return fout(h, publiekId, locale, model, response, "gezin.toestemming.fout.niet-gelukt");
        }
        return "redirect:/gezin/kind/" + publiekId + "/toestemmingen/geven?klaar=ingetrokken";
    }

    private String toon(Gezinshandeling h, String publiekId, Locale locale, Model model) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("taal", taal(locale.getLanguage()));
        model.addAttribute("soorten", soorten(h, taal(locale.getLanguage())));
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/toestemmingen/geven");
        return PAGINA;
    }

    private String fout(Gezinshandeling h, String publiekId, Locale locale, Model model, HttpServletResponse response,
                        String fout) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("fout", fout);
        return toon(h, publiekId, locale, model);
    }

    /** The kinds of consent this person gives today (Leeftijdsregel) and has not given (for "Wat wacht op u"). */
    List<Toestemming.Scope> nogTeGeven(Gezinshandeling h) {
        return soorten(h, "nl").stream().filter(s -> s.gegevenOp() == null).map(Soort::scope).toList();
    }

    /** The kinds of consent this person gives today (Leeftijdsregel), each with the current text in this language. */
    private List<Soort> soorten(Gezinshandeling h, String taal) {
        DossierView d = h.dossier();
        LocalDate vandaag = Klok.vandaag(clock);
        Toestemming.GegevenDoor ik = h.leerling() ? Toestemming.GegevenDoor.LEERLING : Toestemming.GegevenDoor.OUDERS;
        return Arrays.stream(Toestemming.Scope.values()).filter(Toestemming.Scope::opToestemming)
                .filter(s -> s.leeftijdsregel().wie(d.leerling().geboortedatum(), vandaag).contains(ik))
                .map(s -> {
                    Toestemmingsinformatie info = Toestemmingsinformatie.huidige(s).orElseThrow();
                    Optional<DossierView.ToestemmingView> eigen = eigen(h).filter(t -> t.scope() == s).findFirst();
                    return new Soort(s, info.versie(), info.tekst(taal), eigen.map(DossierView.ToestemmingView::id)
                            .orElse(null), eigen.map(DossierView.ToestemmingView::gegevenOp).orElse(null));
                }).toList();
    }

    /** This person's own consents that are not withdrawn: the pupil's, or this guardian's by id. */
    private static java.util.stream.Stream<DossierView.ToestemmingView> eigen(Gezinshandeling h) {
        return h.dossier().toestemmingen().stream().filter(t -> t.ingetrokkenOp() == null)
                .filter(t -> h.leerling() ? t.gegevenDoor() == Toestemming.GegevenDoor.LEERLING
                        : t.gegevenDoor() == Toestemming.GegevenDoor.OUDERS && h.ouderId().equals(t.ouderId()));
    }

    private static String taal(String taal) {
        return Toestemmingsinformatie.TALEN.contains(taal) ? taal : "nl";
    }
}
