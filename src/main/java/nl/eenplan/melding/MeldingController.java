package nl.eenplan.melding;

import java.util.Collection;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Your notifications: addressed to you or to one of your groups. */
@RestController
@RequestMapping("/api/meldingen")
class MeldingController {

    private final MeldingService meldingen;

    MeldingController(MeldingService meldingen) {
        this.meldingen = meldingen;
    }

    @GetMapping
    List<MeldingView> mijn(Authentication wie, @RequestParam(defaultValue = "false") boolean ongelezen) {
        return meldingen.voor(wie.getName(), groepen(wie), ongelezen);
    }

    @PostMapping("/{id}/gelezen")
    ResponseEntity<Void> gelezen(@PathVariable Long id, Authentication wie) {
        meldingen.markeerGelezen(id, wie.getName(), groepen(wie));
        return ResponseEntity.noContent().build();
    }

    private static Collection<String> groepen(Authentication wie) {
        return wie.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
