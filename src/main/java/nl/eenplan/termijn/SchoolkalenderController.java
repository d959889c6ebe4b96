package nl.eenplan.termijn;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A school's own calendar and lesrooster (docs/leerplicht.md, "De eigen kalender van de school"): its staff read it,
 * the zorgcoördinator and the administrator change it. Another school's staff get 404, other groups 403.
 */
@RestController
class SchoolkalenderController {

    private final SchoolkalenderService kalenders;

    SchoolkalenderController(SchoolkalenderService kalenders) {
        this.kalenders = kalenders;
    }

    @GetMapping("/api/scholen/{brin}/kalender")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'admin')")
    KalenderView overzicht(@PathVariable String brin) {
        return kalenders.overzicht(brin);
    }

    @PostMapping("/api/scholen/{brin}/kalender")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    ResponseEntity<KalenderView.PeriodeView> legVast(@PathVariable String brin, @Valid @RequestBody NieuwePeriode periode,
                                                     Principal gebruiker) {
        KalenderView.PeriodeView p = kalenders.legVast(brin, periode, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/scholen/" + brin + "/kalender/" + p.id())).body(p);
    }

    @DeleteMapping("/api/scholen/{brin}/kalender/{id}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    ResponseEntity<Kalenderwijziging.Gevolg> verwijder(@PathVariable String brin, @PathVariable Long id) {
        Kalenderwijziging.Gevolg gevolg = kalenders.verwijder(brin, id);
        // 204 as before when no registered absence was touched; otherwise what the removal did.
        return gevolg.geraakteVerzuimdagen() == 0 && gevolg.opmerking() == null ? ResponseEntity.noContent().build()
                : ResponseEntity.ok(gevolg);
    }

    @PutMapping("/api/scholen/{brin}/kalender/lesrooster")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    KalenderView.LesroosterView stelLesroosterIn(@PathVariable String brin, @Valid @RequestBody NieuwLesrooster rooster,
                                                 Principal gebruiker) {
        return kalenders.stelLesroosterIn(brin, rooster, gebruiker.getName());
    }

    @DeleteMapping("/api/scholen/{brin}/kalender/lesrooster")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    ResponseEntity<Void> verwijderLesrooster(@PathVariable String brin) {
        kalenders.verwijderLesrooster(brin);
        return ResponseEntity.noContent().build();
    }
}
