package nl.eenplan.meldcode;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meldcode of a pupil. Starting it is for the school's zorgcoördinator, mentor and aandachtsfunctionaris (a
 * mentor learns only that it started: the answer holds no more than its id and status); reading it only for the
 * zorgcoördinator and the aandachtsfunctionaris of the school: never jeugdhulp, SWV, gemeente, leerplicht or the mentor
 * (docs/privacy.md). Another school's pupil does not exist here (404, dossier.DossierToegang).
 */
@RestController
class MeldcodeController {

    /** What starting answers: enough to find it again, nothing of its content. */
    record Gestart(Long id, Meldcodezaak.Status status) {
    }

    private final MeldcodeService meldcodes;

    MeldcodeController(MeldcodeService meldcodes) {
        this.meldcodes = meldcodes;
    }

    @PostMapping("/api/dossiers/{nummer}/meldcode")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'aandachtsfunctionaris')")
    ResponseEntity<Gestart> start(@PathVariable String nummer, @Valid @RequestBody NieuweMeldcode nieuw,
                                  Principal gebruiker) {
        MeldcodeView m = meldcodes.start(nummer, nieuw, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/meldcode/" + m.id()))
                .body(new Gestart(m.id(), m.status()));
    }

    @GetMapping("/api/dossiers/{nummer}/meldcode")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'aandachtsfunctionaris')")
    List<MeldcodeView> lijst(@PathVariable String nummer) {
        return meldcodes.vanDossier(nummer);
    }

    @GetMapping("/api/dossiers/{nummer}/meldcode/{id}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'aandachtsfunctionaris')")
    MeldcodeView haalOp(@PathVariable String nummer, @PathVariable long id) {
        return meldcodes.haalOp(nummer, id);
    }
}
