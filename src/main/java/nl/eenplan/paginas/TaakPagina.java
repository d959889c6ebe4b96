package nl.eenplan.paginas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.arrangement.JeugdhulpbesluitService;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.Evaluatieinbrengservice;
import nl.eenplan.dossier.GezagService;
import nl.eenplan.dossier.Vertegenwoordiging;
import nl.eenplan.engine.Klok;
import nl.eenplan.opp.Instemmingsregel;
import nl.eenplan.opp.OppService;
import nl.eenplan.taak.TaakService;
import nl.eenplan.taak.Taakgegevens;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A task with its form: the .form the process owner made in Camunda Modeler, rendered by the form-js viewer (the
 * same version as Tasklist) and sent to the task's handler through {@code POST /api/taken/{id}/voltooien}, which
 * keeps care content in the dossier. After completing, the user is offered the pupil's next task.
 */
@Controller
class TaakPagina {

    /** The process of task "Gezag vastleggen" (nl.eenplan.gezag). */
    static final String GEZAG_VASTLEGGEN = "gezagVastleggen";

    /**
     * Process jeugdhulpbesluit (nl.eenplan.arrangement): its tasks "Besluit jeugdhulp (woongemeente)", "Verzending
     * besluitbrief vastleggen" and "Bezwaar behandelen (gemeente)".
     */
    static final String JEUGDHULPBESLUIT = "jeugdhulpbesluit";

    /** Process opp's task "Instemming ouders op het handelingsdeel vastleggen" (nl.eenplan.opp). */
    static final String OPP = "opp";
    static final String OPP_INSTEMMING = "instemmingVastleggen";

    /**
     * The evaluation tasks meant for the family (issue #24): "OPP evalueren met de ouders" (process opp) and
     * "Arrangement evalueren" (process arrangement); the page shows what the family added for them (gezin.GezinEvaluatie).
     */
    static final String EVALUEREN = "evalueren";
    static final String ARRANGEMENT = "arrangement";

    private final TaakService taken;
    private final Werkoverzicht werk;
    private final GezagService gezag;
    private final DossierService dossiers;
    private final Clock clock;
    private final OppService opp;
    private final JeugdhulpbesluitService jeugdhulp;
    private final List<Taakgegevens> meer;
    private final Evaluatieinbrengservice evaluatieinbreng;

    TaakPagina(TaakService taken, Werkoverzicht werk, GezagService gezag, DossierService dossiers, Clock clock,
               OppService opp, JeugdhulpbesluitService jeugdhulp, Evaluatieinbrengservice evaluatieinbreng,
               List<Taakgegevens> meer) {
        this.evaluatieinbreng = evaluatieinbreng;
        this.jeugdhulp = jeugdhulp;
        this.meer = meer;
        this.taken = taken;
        this.werk = werk;
        this.gezag = gezag;
        this.dossiers = dossiers;
        this.clock = clock;
        this.opp = opp;
    }

    @GetMapping("/taken/{id}")
    String taak(@PathVariable String id, Authentication gebruiker, Model model) {
        Aangemeld wie = Aangemeld.van(gebruiker);
        nl.eenplan.taak.TaakView view = taken.taak(id, wie.naam(), wie.groepen());
        Werkregel taak = werk.regel(view);
        model.addAttribute("taak", taak);
        // The script sends the form where an API client completes the task: one completion path for every door.
        model.addAttribute("verstuurNaar", "/api/taken/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "/voltooien");
        model.addAttribute("formulier", taken.formulier(id, wie.naam(), wie.groepen()).orElse(null));
        // What the form's texts may show ({{dossierNummer}}); never care content, which the form does not need.
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("dossierNummer", taak.dossierNummer());
        if (GEZAG_VASTLEGGEN.equals(view.proces()) && taak.dossierNummer() != null) {
            gezagGegevens(taak.dossierNummer(), gegevens);
        }
        if (OPP.equals(view.proces()) && OPP_INSTEMMING.equals(view.taak()) && taak.dossierNummer() != null) {
            instemmingGegevens(taak.dossierNummer(), gegevens);
        }
        // What a capability shows with its own tasks (the family's AVG request, nl.eenplan.gezin.proces).
        meer.stream().filter(m -> m.voor(view.proces())).forEach(m -> gegevens.putAll(m.gegevens(id)));
        model.addAttribute("gegevens", gegevens);
        // The home gemeente decides, sends the letter and handles the objection here, also when it cannot open the
        // pupil's page (the school is in another gemeente): the care part they are about, as GET
        // /api/arrangementen/{id} gives it (the one rule), with the decision, the letter and the objection term.
        model.addAttribute("zorgdeel", JEUGDHULPBESLUIT.equals(view.proces())
                ? jeugdhulp.inzage(taak.dossierNummer()).orElse(null) : null);
        // What the family added to this evaluation (care content from the dossier's table, for whom the task is).
        model.addAttribute("inbreng", EVALUEREN.equals(view.taak()) && (OPP.equals(view.proces())
                || ARRANGEMENT.equals(view.proces())) ? evaluatieinbreng.vanTaak(view.id()) : null);
        model.addAttribute("andere", taak.dossierNummer() == null ? List.of()
                : werk.vanLeerling(wie, taak.dossierNummer()).stream().filter(t -> !t.taakId().equals(id)).toList());
        return "paginas/taak";
    }

    /**
     * Task "Gezag vastleggen" asks per guardian whose gezag is unknown: one row for each, with their number, and their
     * names in the form's text (the school sees them on the pupil's page too). Shown to this user only, never in the
     * process.
     */
    private void gezagGegevens(String nummer, Map<String, Object> gegevens) {
        List<DossierView.OuderView> onbekend = gezag.onbekend(nummer);
        gegevens.put("ouders", onbekend.stream().map(o -> {
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("ouder", o.id());
            rij.put("informatieBeperkt", o.informatieBeperkt());
            return rij;
        }).toList());
        gegevens.put("ouderNamen", onbekend.stream().map(o -> "- nummer " + o.id() + ": " + o.naam() + " ("
                + o.relatie().omschrijving() + ")").collect(java.util.stream.Collectors.joining("\n")));
    }

    /**
     * Task "Instemming ouders op het handelingsdeel vastleggen": the parents and guardians whose gezag the dossier
     * confirms, to choose from (by the name OppService.instemming matches), and whether the pupil answers instead
     * today (Instemmingsregel, the one place of who may answer; OppService checks it again on the answer's date).
     */
    private void instemmingGegevens(String nummer, Map<String, Object> gegevens) {
        DossierView.LeerlingView leerling = dossiers.haalOp(nummer).leerling();
        gegevens.put("gezagOuders", leerling.ouders().stream().filter(o -> Boolean.TRUE.equals(o.gezag())).map(o -> {
            Map<String, Object> keuze = new LinkedHashMap<>();
            keuze.put("label", o.naam() + " (" + o.relatie().omschrijving() + ")");
            keuze.put("value", o.naam());
            return keuze;
        }).toList());
        LocalDate vandaag = Klok.vandaag(clock);
        boolean leerlingBeslist = Instemmingsregel.leerlingBeslist(leerling.geboortedatum(), vandaag);
        Optional<Vertegenwoordiging> vertegenwoordiger = opp.vertegenwoordigerOp(nummer, leerling.geboortedatum(),
                vandaag);
        gegevens.put("leerlingBeslist", leerlingBeslist);
        gegevens.put("wieAntwoordt", vertegenwoordiger.isPresent()
                ? "De leerling is " + Instemmingsregel.MEERDERJARIG + " jaar of ouder en heeft een "
                + vertegenwoordiger.get().omschrijving() + " die voor de leerling beslist: kies bij *Wie antwoordde?* "
                + "de curator of mentor."
                : leerlingBeslist
                ? "De leerling is " + Instemmingsregel.MEERDERJARIG + " jaar of ouder en beslist zelf: kies bij *Wie "
                + "antwoordde?* de leerling."
                : leerling.ouders().stream().anyMatch(o -> Boolean.TRUE.equals(o.gezag()))
                ? "Kies bij *Wie antwoordde?* een ouder of voogd met gezag en kies daarna wie."
                : "Van geen enkele ouder of voogd is het gezag bevestigd: leg eerst het gezag vast op de pagina van de "
                + "leerling.");
    }

    /**
     * Where Tasklist sends a task whose input holds care content (its "external form", see taak.ZorgtakenInEenPlan):
     * Tasklist adds {@code ?taskId=} and a callback, EenPlan opens the task's own page.
     */
    @GetMapping("/taken/extern")
    String uitTasklist(@RequestParam String taskId) {
        return "redirect:/taken/" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
    }

    /** After completing: what is left for the same pupil, the first one offered as the next step. */
    @GetMapping("/taken/{id}/afgerond")
    String afgerond(@PathVariable String id, @RequestParam(required = false) String dossier,
                    Authentication gebruiker, Model model) {
        model.addAttribute("volgende", dossier == null || dossier.isBlank() ? List.of()
                : werk.vanLeerling(Aangemeld.van(gebruiker), dossier));
        model.addAttribute("dossier", dossier);
        return "paginas/afgerond";
    }
}
