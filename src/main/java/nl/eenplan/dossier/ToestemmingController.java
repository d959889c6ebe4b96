package nl.eenplan.dossier;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.transactie.Botsing;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Consent on a pupil's dossier: who must consent today, what is in force, give and withdraw. */
@RestController
class ToestemmingController {

    private final ToestemmingService toestemmingen;

    ToestemmingController(ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    /**
     * The consents of a dossier with their proof, per scope on consent who must consent at the pupil's age today,
     * and the scopes in force.
     */
    record Overzicht(Map<Toestemming.Scope, String> wieBeslist, Set<Toestemming.Scope> inWerking,
                     List<DossierView.ToestemmingView> toestemmingen) {
    }

    @GetMapping("/api/dossiers/{nummer}/toestemmingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    Overzicht lijst(@PathVariable String nummer) {
        return new Overzicht(toestemmingen.wieBeslist(nummer), toestemmingen.inWerking(nummer),
                toestemmingen.lijst(nummer));
    }

    /** 201 with the new consent; 200 with the consent there was when it is given again (nothing is recorded twice). */
    @PostMapping("/api/dossiers/{nummer}/toestemmingen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<DossierView.ToestemmingView> geef(@PathVariable String nummer,
                                                     @Valid @RequestBody NieuweToestemming nieuw,
                                                     Principal gebruiker) {
        ToestemmingService.Gegeven gegeven = Botsing.nogEens(() -> toestemmingen.geef(nummer, nieuw,
                gebruiker.getName()));
        if (!gegeven.nieuw()) {
            return ResponseEntity.ok(gegeven.toestemming());
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/toestemmingen"))
                .body(gegeven.toestemming());
    }

    @PostMapping("/api/dossiers/{nummer}/toestemmingen/{id}/intrekken")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<Void> trekIn(@PathVariable String nummer, @PathVariable Long id,
                                @Valid @RequestBody Intrekking intrekking, Principal gebruiker) {
        toestemmingen.trekIn(nummer, id, intrekking, gebruiker.getName());
        return ResponseEntity.noContent().build();
    }
}
