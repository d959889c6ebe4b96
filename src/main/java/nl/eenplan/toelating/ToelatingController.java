package nl.eenplan.toelating;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.eenplan.transactie.Botsing;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admissions on the applicant's dossier at the school applied to: its zorgcoördinatoren (acting for the board) start
 * one when the written application comes in and read them; the board's steps are tasks (/api/taken, Tasklist).
 */
@RestController
class ToelatingController {

    private final ToelatingService toelatingen;

    ToelatingController(ToelatingService toelatingen) {
        this.toelatingen = toelatingen;
    }

    @GetMapping("/api/dossiers/{nummer}/toelatingen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    List<ToelatingView> vanDossier(@PathVariable String nummer) {
        return toelatingen.vanDossier(nummer);
    }

    /**
     * The parents' objection or request for herziening against a refusal, registered by the school for the board
     * (its zorgcoördinatoren, like the admission itself).
     */
    @PostMapping("/api/toelatingen/{id}/bezwaar")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ToelatingView bezwaar(@PathVariable long id, @Valid @RequestBody NieuwBezwaar bezwaar) {
        return toelatingen.bezwaar(id, bezwaar);
    }

    /**
     * The parents took the refusal to the Geschillencommissie passend onderwijs (WPO art. 43): the board's term on the
     * objection pauses until its oordeel.
     */
    @PostMapping("/api/toelatingen/{id}/geschillencommissie")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ToelatingView naarGeschillencommissie(@PathVariable long id, @Valid @RequestBody NaarGeschillencommissie invoer) {
        return toelatingen.naarGeschillencommissie(id, invoer);
    }

    /** The commission's oordeel: the board's term resumes. */
    @PostMapping("/api/toelatingen/{id}/geschillencommissie/oordeel")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ToelatingView oordeel(@PathVariable long id, @Valid @RequestBody OordeelGeschillencommissie invoer) {
        return toelatingen.oordeel(id, invoer);
    }

    @PostMapping("/api/dossiers/{nummer}/toelatingen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<ToelatingView> start(@PathVariable String nummer, @Valid @RequestBody NieuweToelating nieuw,
                                        Authentication gebruiker) {
        ToelatingView t = Botsing.nogEens(() -> toelatingen.start(nummer, nieuw, gebruiker.getName()));
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/toelatingen")).body(t);
    }
}
