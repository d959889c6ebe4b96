package nl.eenplan.dossier;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A pupil's guardians: add one, and record who has gezag. Only the school's zorgcoördinator. */
@RestController
@PreAuthorize("hasAuthority('zorgcoordinator')")
class OuderController {

    private final GezagService gezag;

    OuderController(GezagService gezag) {
        this.gezag = gezag;
    }

    @PostMapping("/api/dossiers/{nummer}/ouders")
    ResponseEntity<DossierView.OuderView> voegToe(@PathVariable String nummer,
                                                  @Valid @RequestBody NieuwDossier.Ouder ouder) {
        DossierView.OuderView o = gezag.voegToe(nummer, ouder);
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/ouders/" + o.id())).body(o);
    }

    @PutMapping("/api/dossiers/{nummer}/ouders/{id}/gezag")
    DossierView.OuderView legGezagVast(@PathVariable String nummer, @PathVariable Long id,
                                       @RequestBody GezagService.Gezag body) {
        return gezag.legVast(nummer, id, body);
    }
}
