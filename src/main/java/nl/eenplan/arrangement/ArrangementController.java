package nl.eenplan.arrangement;

import jakarta.validation.Valid;
import java.util.List;
import nl.eenplan.groeidocument.GroeidocumentView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Arrangements on the dossier, the request for those who decide, and the parents' objection. */
@RestController
class ArrangementController {

    private final ArrangementService arrangementen;

    ArrangementController(ArrangementService arrangementen) {
        this.arrangementen = arrangementen;
    }

    @GetMapping("/api/dossiers/{nummer}/arrangementen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<ArrangementView> vanDossier(@PathVariable String nummer) {
        return arrangementen.vanDossier(nummer);
    }

    /**
     * For the SWV (education part and OPP) and the gemeente (care part): what their decision needs; the pupil's home
     * gemeente reads the care part it decides on also when the school is in another gemeente (ArrangementService).
     */
    @GetMapping("/api/arrangementen/{id}")
    @PreAuthorize("hasAnyAuthority('swv', 'gemeente')")
    ArrangementView voorBeslisser(@PathVariable Long id, Authentication gebruiker) {
        boolean swv = gebruiker.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("swv"));
        boolean gemeente = gebruiker.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("gemeente"));
        return arrangementen.voorBeslisser(id, swv, gemeente);
    }

    /**
     * The groeidocument the request attached (the version the parents signed): for the SWV, which decides on the
     * request, and for the pupil's school.
     */
    @GetMapping("/api/arrangementen/{id}/groeidocument")
    @PreAuthorize("hasAnyAuthority('swv', 'zorgcoordinator', 'mentor')")
    GroeidocumentView.Versie groeidocument(@PathVariable Long id, Authentication gebruiker) {
        boolean swv = gebruiker.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("swv"));
        boolean school = gebruiker.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("zorgcoordinator") || a.getAuthority().equals("mentor"));
        return arrangementen.groeidocument(id, swv, school);
    }

    /**
     * The parents object within 6 weeks (registered by the zorgcoördinator, or for the care part by the home gemeente
     * that decided and receives it, or after a school change by the SWV that decided and receives it:
     * ArrangementService.bezwaar): the decision is taken again.
     */
    @PostMapping("/api/arrangementen/{id}/bezwaar")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'gemeente', 'swv')")
    ResponseEntity<Void> bezwaar(@PathVariable Long id, @Valid @RequestBody Invoer.Bezwaar bezwaar) {
        arrangementen.bezwaar(id, bezwaar);
        return ResponseEntity.noContent().build();
    }
}
