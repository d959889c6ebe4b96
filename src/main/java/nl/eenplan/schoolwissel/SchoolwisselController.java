package nl.eenplan.schoolwissel;

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
 * The new school's zorgcoördinator reports that the pupil of its dossier enrolled there (mid-year, without an admission
 * in EenPlan); both schools read the change on their own dossier. dossier.DossierToegang checks the dossier is the
 * user's school's.
 */
@RestController
class SchoolwisselController {

    private final SchoolwisselService wissels;

    SchoolwisselController(SchoolwisselService wissels) {
        this.wissels = wissels;
    }

    @PostMapping("/api/dossiers/{nummer}/schoolwissel")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<SchoolwisselView> meld(@PathVariable String nummer, @Valid @RequestBody NieuweSchoolwissel nieuw,
                                          Authentication gebruiker) {
        SchoolwisselView s = Botsing.nogEens(() -> wissels.meld(nummer, nieuw, gebruiker.getName()));
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/schoolwissel")).body(s);
    }

    @GetMapping("/api/dossiers/{nummer}/schoolwissel")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<SchoolwisselView> vanDossier(@PathVariable String nummer) {
        return wissels.vanDossier(nummer);
    }
}
