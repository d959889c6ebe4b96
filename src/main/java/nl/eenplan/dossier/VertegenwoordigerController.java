package nl.eenplan.dossier;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An adult pupil's curator or mentor: record, list, end. Only the school's zorgcoördinator (DossierToegang keeps
 * other schools out with a 404).
 */
@RestController
@PreAuthorize("hasAuthority('zorgcoordinator')")
class VertegenwoordigerController {

    private final VertegenwoordigerService vertegenwoordigers;

    VertegenwoordigerController(VertegenwoordigerService vertegenwoordigers) {
        this.vertegenwoordigers = vertegenwoordigers;
    }

    @GetMapping("/api/dossiers/{nummer}/vertegenwoordigers")
    List<Vertegenwoordiging> lijst(@PathVariable String nummer) {
        return vertegenwoordigers.lijst(nummer);
    }

    @PostMapping("/api/dossiers/{nummer}/vertegenwoordigers")
    ResponseEntity<Vertegenwoordiging> legVast(@PathVariable String nummer,
                                               @Valid @RequestBody NieuweVertegenwoordiger nieuw, Principal gebruiker) {
        Vertegenwoordiging v = vertegenwoordigers.legVast(nummer, nieuw, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/vertegenwoordigers/" + v.id())).body(v);
    }

    @PutMapping("/api/dossiers/{nummer}/vertegenwoordigers/{id}/einde")
    Vertegenwoordiging beeindig(@PathVariable String nummer, @PathVariable Long id,
                                @Valid @RequestBody VertegenwoordigerService.Einde einde) {
        return vertegenwoordigers.beeindig(nummer, id, einde);
    }
}
