package nl.eenplan.groeidocument;

import jakarta.validation.Valid;
import nl.eenplan.transactie.Botsing;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The groeidocument of a pupil, for the staff of the pupil's school (dossier.DossierToegang: another school's staff
 * get 404): mentor and zorgcoördinator read it and save a new version, the zorgcoördinator records the parents'
 * signature. The SWV reads the version an arrangement request attached, through that request (arrangement).
 * Audited as every path under /api/dossiers/{nummer}.
 */
@RestController
@RequestMapping("/api/dossiers/{nummer}/groeidocument")
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class GroeidocumentController {

    private final GroeidocumentService groeidocumenten;

    GroeidocumentController(GroeidocumentService groeidocumenten) {
        this.groeidocumenten = groeidocumenten;
    }

    @GetMapping
    GroeidocumentView haalOp(@PathVariable String nummer) {
        return groeidocumenten.haalOp(nummer);
    }

    @GetMapping("/versies/{versie}")
    GroeidocumentView.Versie versie(@PathVariable String nummer, @PathVariable int versie) {
        return groeidocumenten.versie(nummer, versie);
    }

    /** Every save is a new version (two saves at once: both are kept, one after the other). */
    @PutMapping
    GroeidocumentView.Versie slaOp(@PathVariable String nummer, @Valid @RequestBody Secties secties,
                                   Authentication gebruiker) {
        return Botsing.nogEens(() -> groeidocumenten.slaOp(nummer, secties, gebruiker.getName()));
    }

    @PostMapping("/handtekeningen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    @ResponseStatus(HttpStatus.CREATED)
    GroeidocumentView.Versie onderteken(@PathVariable String nummer, @Valid @RequestBody NieuweHandtekening handtekening,
                                        Authentication gebruiker) {
        return groeidocumenten.onderteken(nummer, handtekening, gebruiker.getName());
    }
}
