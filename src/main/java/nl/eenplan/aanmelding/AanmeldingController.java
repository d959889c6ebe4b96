package nl.eenplan.aanmelding;

import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A mentor or zorgcoördinator reports a concern about a pupil: the referral starts. */
@RestController
class AanmeldingController {

    private final AanmeldingService aanmeldingen;

    AanmeldingController(AanmeldingService aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @PostMapping("/api/dossiers/{nummer}/aanmeldingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ResponseEntity<AanmeldingService.AanmeldingGestart> start(@PathVariable String nummer, Principal gebruiker) {
        var gestart = aanmeldingen.start(nummer, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer)).body(gestart);
    }
}
