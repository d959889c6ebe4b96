package nl.eenplan.security;

import nl.eenplan.web.NietGevondenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application administrator removes a professional's binding to their organisation's identity provider (someone
 * got a new account there, or a user name went to someone else): the next sign-in through the provider binds anew.
 * Audited as every /api request (who, when); docs/beheer.md.
 */
@RestController
@PreAuthorize("hasAuthority('admin')")
class MedewerkerIdentiteitController {

    private final MedewerkerIdentiteiten identiteiten;

    MedewerkerIdentiteitController(MedewerkerIdentiteiten identiteiten) {
        this.identiteiten = identiteiten;
    }

    @DeleteMapping("/api/medewerkers/{gebruiker}/identiteit")
    ResponseEntity<Void> ontkoppel(@PathVariable String gebruiker) {
        if (!identiteiten.ontkoppel(gebruiker)) {
            throw new NietGevondenException("Gebruiker " + gebruiker + " is niet gekoppeld aan een account bij een "
                    + "identity provider.");
        }
        return ResponseEntity.noContent().build();
    }
}
