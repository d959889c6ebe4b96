package nl.eenplan.overdracht;

import java.security.Principal;
import nl.eenplan.transactie.Botsing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Handing a zorgcoördinator's work at a school to a colleague there (docs/api.md). */
@RestController
class OverdrachtController {

    /** Who leaves (or goes on leave) and who takes over: user ids. */
    record Verzoek(String van, String naar) {
    }

    private final OverdrachtService overdrachten;

    OverdrachtController(OverdrachtService overdrachten) {
        this.overdrachten = overdrachten;
    }

    @PostMapping("/api/scholen/{brin}/overdracht")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    Overdracht draagOver(@PathVariable String brin, @RequestBody Verzoek verzoek, Principal gebruiker) {
        // A task completed at the same moment refuses the whole hand-over; the second run no longer finds it.
        return Botsing.nogEens(() -> overdrachten.draagOver(brin, verzoek.van(), verzoek.naar(), gebruiker.getName()));
    }
}
