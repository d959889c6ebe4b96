package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.dossier.Evaluatieinbrengservice;
import nl.eenplan.dossier.Evaluatieinbrengservice.Onderwerp;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.taak.TaakService;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's input to an evaluation meant for them (issue #24, Handeling.EVALUATIE): while the school's evaluation
 * task for the child is open (the OPP's "OPP evalueren met de ouders", the arrangement's "Arrangement evalueren"), a
 * parent or the pupil writes what they want the school to know, with a score if they like; the school's task page shows
 * it. The family never sees or completes the task: the task capability only says whether one is open
 * ({@link TaakService#openTaak}). Who may give input is {@link Gezinszicht#handeling}'s; who gives it comes from the
 * binding. Post/Redirect/Get; errors per field in the family's language.
 */
@Controller
class GezinEvaluatie {

    /** The evaluation task per subject: its process and its step (processes/opp.bpmn, processes/arrangement.bpmn). */
    static final Map<Onderwerp, String> PROCES = Map.of(Onderwerp.OPP, "opp", Onderwerp.ARRANGEMENT, "arrangement");
    static final String TAAK = "evalueren";

    /** An evaluation open for input: what, and what this giver added before. */
    record OpenEvaluatie(String onderwerp, List<Evaluatieinbrengservice.Inbreng> eerder) {
    }

    private final Gezinszicht zicht;
    private final TaakService taken;
    private final Evaluatieinbrengservice inbreng;

    GezinEvaluatie(Gezinszicht zicht, TaakService taken, Evaluatieinbrengservice inbreng) {
        this.zicht = zicht;
        this.taken = taken;
        this.inbreng = inbreng;
    }

    /** The evaluations open for this child today, for the child's page (only asked where the rule gives EVALUATIE). */
    List<OpenEvaluatie> open(Gezinslid wie, String publiekId) {
        return open(zicht.handeling(wie, publiekId, Gezinsregel.Handeling.EVALUATIE));
    }

    @GetMapping("/gezin/kind/{publiekId}/evaluatie")
    String formulier(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                     @RequestParam(required = false) String opgeslagen, Model model) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.EVALUATIE);
        model.addAttribute("opgeslagen", opgeslagen != null);
        return pagina(h, publiekId, null, Map.of(), Map.of(), model);
    }

    @PostMapping("/gezin/kind/{publiekId}/evaluatie/{onderwerp}")
    String voegToe(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                   @PathVariable String onderwerp, @RequestParam(required = false) String tekst,
                   @RequestParam(required = false) String score, Model model, HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.EVALUATIE);
        Onderwerp wat = onderwerp(onderwerp);
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("tekst", tekst);
        invoer.put("score", score);
        Optional<String> taak = taken.openTaak(h.dossierNummer(), PROCES.get(wat), TAAK);
        if (taak.isEmpty()) {
            // The school finished the evaluation (perhaps while the form was open): the page says so.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("melding", "gezin.evaluatie.fout.gesloten");
            return pagina(h, publiekId, null, Map.of(), Map.of(), model);
        }
        Integer cijfer = null;
        if (score != null && !score.isBlank()) {
            cijfer = score.strip().matches("\\d{1,2}") ? Integer.valueOf(score.strip()) : -1;
        }
        try {
            inbreng.voegToe(h.dossierNummer(), wat, taak.get(), GezinEnquete.gever(h),
                    h.leerling() ? Evaluatieinbrengservice.Rol.LEERLING : Evaluatieinbrengservice.Rol.OUDER, tekst,
                    cijfer);
        } catch (OngeldigeInvoerException fout) {
            Map<String, String> fouten = new LinkedHashMap<>();
            for (Veldfout v : fout.getFouten()) {
                fouten.put(v.veld(), "gezin.evaluatie.fout." + v.veld());
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return pagina(h, publiekId, onderwerp, invoer, fouten, model);
        }
        return "redirect:/gezin/kind/" + publiekId + "/evaluatie?opgeslagen";
    }

    List<OpenEvaluatie> open(Gezinshandeling h) {
        List<OpenEvaluatie> open = new ArrayList<>();
        for (Onderwerp wat : Onderwerp.values()) {
            taken.openTaak(h.dossierNummer(), PROCES.get(wat), TAAK).ifPresent(taak -> open.add(
                    new OpenEvaluatie(wat.name().toLowerCase(Locale.ROOT), inbreng.vanGever(taak, GezinEnquete.gever(h)))));
        }
        return open;
    }

    private String pagina(Gezinshandeling h, String publiekId, String ingevuld, Map<String, String> invoer,
                          Map<String, String> fouten, Model model) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("leerling", h.leerling());
        model.addAttribute("evaluaties", open(h));
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/evaluatie");
        return "gezin/evaluatie";
    }

    /** The subject a URL names ("opp", "arrangement"); anything else is not found. */
    private static Onderwerp onderwerp(String naam) {
        for (Onderwerp o : Onderwerp.values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(naam)) {
                return o;
            }
        }
        throw new NietGevondenException("gezin.niet-gevonden");
    }
}
