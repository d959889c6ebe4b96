package nl.eenplan.aanmelding;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import nl.eenplan.transactie.Botsing;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A mentor or zorgcoördinator signals a concern about a pupil: the referral starts. */
@RestController
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class AanmeldingController {

    private final AanmeldingService aanmeldingen;

    AanmeldingController(AanmeldingService aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @PostMapping("/api/dossiers/{nummer}/aanmeldingen")
    ResponseEntity<AanmeldingService.AanmeldingGestart> start(@PathVariable String nummer,
                                                              @Valid @RequestBody NieuweAanmelding nieuw,
                                                              Principal gebruiker) {
        // 201 with a new referral; 200 with the running referral of the same concern (also for requests at once).
        var gemeld = Botsing.nogEens(() -> aanmeldingen.start(nummer, nieuw, gebruiker.getName()));
        if (!gemeld.nieuw()) {
            return ResponseEntity.ok(gemeld.aanmelding());
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/aanmeldingen")).body(gemeld.aanmelding());
    }

    @GetMapping("/api/dossiers/{nummer}/aanmeldingen")
    List<AanmeldingView> vanDossier(@PathVariable String nummer) {
        return aanmeldingen.vanDossier(nummer);
    }
}
