package nl.eenplan.leerplicht;

import java.util.List;
import nl.eenplan.web.Audit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leerplicht (and RMC) inbox: escalations, open and most overdue first. Only for leerplicht and RMC. */
@RestController
@RequestMapping("/api/escalaties")
@PreAuthorize("hasAnyAuthority('leerplicht', 'rmc', 'leerplichtteamleider')")
class EscalatieController {

    private final LeerplichtService leerplicht;

    EscalatieController(LeerplichtService leerplicht) {
        this.leerplicht = leerplicht;
    }

    @GetMapping
    List<EscalatieView> inbox(@RequestParam(required = false) String school,
                              @RequestParam(required = false) String gemeente,
                              @RequestParam(required = false) Reden reden,
                              @RequestParam(required = false) LeerplichtEscalatie.Status status) {
        List<EscalatieView> inbox = leerplicht.inbox(new EscalatieFilter(school, gemeente, reden, status));
        // Every pupil in the inbox: each one's inzage shows who saw them in it.
        Audit.betreftDossiers(inbox.stream().map(EscalatieView::dossierNummer).toList());
        return inbox;
    }

    @GetMapping("/{id}")
    EscalatieView haalOp(@PathVariable Long id) {
        return leerplicht.haalOp(id);
    }
}
