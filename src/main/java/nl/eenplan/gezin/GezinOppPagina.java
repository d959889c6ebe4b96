package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.eenplan.engine.Klok;
import nl.eenplan.opp.Instemming;
import nl.eenplan.opp.Instemmingsregel;
import nl.eenplan.opp.OppService;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.NietMogelijkException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family agrees or not with the handelingsdeel of the OPP (issue 24; WPO art. 40a, WEC art. 41a, WVO 2020 art.
 * 2.44): only with {@link Gezinsregel.Handeling#OPP_INSTEMMING} (else 403 with the row's explanation) and only who
 * {@link Instemmingsregel} lets answer today: a parent with gezag of a pupil under 18, the pupil of 18 or older without
 * a curator or mentor (else 403 with that explanation). The page shows what the school asks agreement on (the goals and
 * what the school does, the OOGO's date); the answer goes to {@link OppService#instemmingOnline} with who answers from
 * the binding. When the answers decide, the school's waiting step ends by message (opp.bpmn, oppInstemmingOntvangen).
 */
@Controller
class GezinOppPagina {

    private static final String PAGINA = "gezin/opp";
    private static final int MAX_TOELICHTING = 2000;

    private final Gezinszicht zicht;
    private final OppService opp;
    private final Clock clock;

    GezinOppPagina(Gezinszicht zicht, OppService opp, Clock clock) {
        this.zicht = zicht;
        this.opp = opp;
        this.clock = clock;
    }

    @GetMapping("/gezin/kind/{publiekId}/opp")
    String pagina(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                  @RequestParam(required = false) String klaar, Model model) {
        Gezinshandeling h = magAntwoorden(wie, publiekId);
        if (klaar != null) {
            model.addAttribute("klaar", true);
        }
        return toon(h, publiekId, model);
    }

    @PostMapping("/gezin/kind/{publiekId}/opp")
    String antwoord(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                    @RequestParam(required = false) String uitkomst, @RequestParam(required = false) String toelichting,
                    @RequestParam(required = false) Integer versie, Model model, HttpServletResponse response) {
        Gezinshandeling h = magAntwoorden(wie, publiekId);
        model.addAttribute("gekozen", uitkomst);
        model.addAttribute("toelichting", toelichting);
        Instemming.Uitkomst gekozen = "INGESTEMD".equals(uitkomst) ? Instemming.Uitkomst.INGESTEMD
                : "GEWEIGERD".equals(uitkomst) ? Instemming.Uitkomst.GEWEIGERD : null;
        if (gekozen == null) {
            return fout(h, publiekId, model, response, HttpServletResponse.SC_BAD_REQUEST, "uitkomst",
                    "gezin.opp.fout.uitkomst");
        }
        if (toelichting != null && toelichting.length() > MAX_TOELICHTING) {
            return fout(h, publiekId, model, response, HttpServletResponse.SC_BAD_REQUEST, "toelichting",
                    "gezin.opp.fout.toelichting");
        }
        Optional<OppService.Instemmingsvraag> vraag = opp.instemmingGevraagd(h.dossierNummer());
        if (vraag.isEmpty() || versie == null || vraag.get().versie() != versie) {
            // The school changed the OPP after the page was shown: they answer what they read, so they read it again.
            return fout(h, publiekId, model, response, HttpServletResponse.SC_CONFLICT, null, "gezin.opp.fout.versie");
        }
        try {
            NamensHetGezin.voerUit(() -> Botsing.nogEens(() -> opp.instemmingOnline(h.dossierNummer(), h.ouderId(),
                    gekozen, toelichting, h.door())));
        } catch (NietMogelijkException e) {
            return fout(h, publiekId, model, response, HttpServletResponse.SC_CONFLICT, null,
                    "gezin.opp.fout.niet-gelukt");
        }
        return "redirect:/gezin/kind/" + publiekId + "/opp?klaar=1";
    }

    /**
     * The one way in (binding, rule, audit), then the OPP's own rule: who answers on today. A pupil under 18, or with a
     * curator or mentor, and a parent of a pupil of 18 do not (403 with why).
     */
    private Gezinshandeling magAntwoorden(Gezinslid wie, String publiekId) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.OPP_INSTEMMING);
        Instemmingsregel.Wie antwoordt = wieAntwoordt(h);
        if (!antwoordtZelf(h, antwoordt)) {
            throw new GezinMagDitNiet(antwoordt == Instemmingsregel.Wie.OUDER ? "gezin.opp.niet-voor-u.ouder"
                    : antwoordt == Instemmingsregel.Wie.LEERLING ? "gezin.opp.niet-voor-u.leerling"
                    : "gezin.opp.niet-voor-u.vertegenwoordiger");
        }
        return h;
    }

    /** Who answers on today ({@link Instemmingsregel}): the parents, the pupil of 18 or her representative. */
    Instemmingsregel.Wie wieAntwoordt(Gezinshandeling h) {
        LocalDate geboren = h.dossier().leerling().geboortedatum();
        LocalDate vandaag = Klok.vandaag(clock);
        return !Instemmingsregel.leerlingBeslist(geboren, vandaag) ? Instemmingsregel.Wie.OUDER
                : opp.vertegenwoordigerOp(h.dossierNummer(), geboren, vandaag).isPresent()
                ? Instemmingsregel.Wie.VERTEGENWOORDIGER : Instemmingsregel.Wie.LEERLING;
    }

    static boolean antwoordtZelf(Gezinshandeling h, Instemmingsregel.Wie antwoordt) {
        return antwoordt == (h.leerling() ? Instemmingsregel.Wie.LEERLING : Instemmingsregel.Wie.OUDER);
    }

    /** This person's own answer key among the version's answers. */
    static String gever(Gezinshandeling h) {
        return Instemmingsregel.gever(h.leerling() ? Instemming.Door.LEERLING : Instemming.Door.OUDER, h.ouderId());
    }

    private String toon(Gezinshandeling h, String publiekId, Model model) {
        Optional<OppService.Instemmingsvraag> vraag = opp.instemmingGevraagd(h.dossierNummer());
        String ik = gever(h);
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("vraag", vraag.orElse(null));
        model.addAttribute("mijnAntwoord", vraag.map(v -> v.antwoorden().get(ik)).orElse(null));
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/opp");
        return PAGINA;
    }

    private String fout(Gezinshandeling h, String publiekId, Model model, HttpServletResponse response, int status,
                        String veld, String fout) {
        response.setStatus(status);
        model.addAttribute("foutVeld", veld);
        model.addAttribute("fout", fout);
        return toon(h, publiekId, model);
    }
}
