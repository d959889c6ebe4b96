package nl.eenplan.gezin;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.NietGevondenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family answers a planned MDO date (issue #24, Handeling.MDO_REACTIE): "de datum past", or up to three other
 * moments. Who answers comes from the binding ({@link Gezinszicht#handeling}: another account's child is 404, a role the
 * rule does not give it is 403), never from the form; the MDO must be one of this child's (else 404). The rule on the
 * answer is MdoService's; this page shows its faults per field in the family's language and keeps what was typed.
 * Post/Redirect/Get, with the session's CSRF token.
 */
@Controller
class GezinMdoReactie {

    private static final String PAD = "/gezin/kind/{publiekId}/mdo/{mdoId}/reactie";

    private final Gezinszicht zicht;
    private final MdoService mdos;

    GezinMdoReactie(Gezinszicht zicht, MdoService mdos) {
        this.zicht = zicht;
        this.mdos = mdos;
    }

    /** What was typed, kept on an error: the choice ("past" or "anders") and the three moments as typed. */
    record Invoer(String keuze, List<String> voorstellen) {
    }

    @GetMapping(PAD)
    String formulier(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId, @PathVariable Long mdoId,
                     Model model) {
        Gezinshandeling g = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.MDO_REACTIE);
        MdoView mdo = mdo(g, mdoId);
        Gezinsweergave.Mdoreactie eerder = Gezinszicht.eigenReactie(mdo, g.koppeling());
        List<String> voorstellen = new ArrayList<>(List.of("", "", ""));
        if (eerder != null) {
            for (int i = 0; i < eerder.voorstellen().size() && i < MdoService.MAX_VOORSTELLEN; i++) {
                voorstellen.set(i, eerder.voorstellen().get(i).toString());
            }
        }
        String keuze = eerder == null ? null : eerder.akkoord() ? "past" : "anders";
        return toon(model, g, publiekId, mdo, new Invoer(keuze, voorstellen), Map.of());
    }

    @PostMapping(PAD)
    String antwoord(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId, @PathVariable Long mdoId,
                    @RequestParam(required = false) String keuze,
                    @RequestParam(required = false) String voorstel1,
                    @RequestParam(required = false) String voorstel2,
                    @RequestParam(required = false) String voorstel3,
                    Model model, RedirectAttributes doorgeven, jakarta.servlet.http.HttpServletResponse response) {
        Gezinshandeling g = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.MDO_REACTIE);
        MdoView mdo = mdo(g, mdoId);
        List<String> getypt = new ArrayList<>();
        for (String v : new String[] {voorstel1, voorstel2, voorstel3}) {
            getypt.add(v == null ? "" : v.trim());
        }
        Invoer invoer = new Invoer(keuze, getypt);
        Boolean akkoord = "past".equals(keuze) ? Boolean.TRUE : "anders".equals(keuze) ? Boolean.FALSE : null;

        Map<String, String> fouten = new LinkedHashMap<>();
        List<LocalDateTime> momenten = new ArrayList<>();
        for (int i = 0; i < getypt.size(); i++) {
            String tekst = getypt.get(i);
            if (tekst.isEmpty() || !Boolean.FALSE.equals(akkoord)) {
                momenten.add(null);
                continue;
            }
            try {
                momenten.add(LocalDateTime.parse(tekst));
            } catch (DateTimeParseException e) {
                fouten.put("voorstel" + (i + 1), "gezin.mdo.fout.ONLEESBAAR");
                momenten.add(null);
            }
        }
        // The rule on the moments that could be read, next to the ones that could not: every fault at once.
        mdos.controleerReactie(mdo, akkoord, momenten)
                .forEach(f -> fouten.putIfAbsent(f.veld(), "gezin.mdo.fout." + f.fout().name()));
        if (!fouten.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return toon(model, g, publiekId, mdo, invoer, fouten);
        }
        mdos.reactieGezin(mdo.id(), g.dossierNummer(), g.ouderId(), akkoord, momenten, g.door());
        doorgeven.addFlashAttribute("bewaard", akkoord ? "gezin.mdo.bewaard.past" : "gezin.mdo.bewaard.anders");
        return "redirect:/gezin/kind/" + publiekId + "/mdo";
    }

    /** This child's MDO with a date; another child's, or one without a date, is not found. */
    private MdoView mdo(Gezinshandeling g, Long mdoId) {
        return mdos.vanDossier(g.dossierNummer()).stream()
                .filter(m -> m.id().equals(mdoId) && m.datum() != null).findFirst()
                .orElseThrow(() -> new NietGevondenException("gezin.niet-gevonden"));
    }

    private String toon(Model model, Gezinshandeling g, String publiekId, MdoView mdo, Invoer invoer,
                        Map<String, String> fouten) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", g.dossier().leerling().voornaam());
        model.addAttribute("leerling", g.leerling());
        model.addAttribute("datum", mdo.datum().atZone(nl.eenplan.engine.Klok.NL).toLocalDateTime());
        model.addAttribute("kanReageren", MdoService.wachtOpReactie(mdo, zicht.nu()));
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        model.addAttribute("actie", "/gezin/kind/" + publiekId + "/mdo/" + mdo.id() + "/reactie");
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/mdo");
        return "gezin/mdo-reactie";
    }
}
