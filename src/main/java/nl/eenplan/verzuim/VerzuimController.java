package nl.eenplan.verzuim;

import nl.eenplan.audit.Audit;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school registers absence per day; EenPlan drafts the verzuimmeldingen, the zorgcoördinator
 * completes and sends them. Leerplicht reads a report once it was sent.
 */
@RestController
class VerzuimController {

    private final VerzuimService verzuim;

    VerzuimController(VerzuimService verzuim) {
        this.verzuim = verzuim;
    }

    @PostMapping("/api/dossiers/{nummer}/verzuim")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ResponseEntity<VerzuimOverzicht> registreer(@PathVariable String nummer,
                                                @Valid @RequestBody VerzuimRegistratie registratie,
                                                Principal gebruiker) {
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/verzuim"))
                .body(verzuim.registreer(nummer, registratie, gebruiker.getName()));
    }

    @GetMapping("/api/dossiers/{nummer}/verzuim")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    VerzuimOverzicht overzicht(@PathVariable String nummer) {
        return verzuim.overzicht(nummer);
    }

    @GetMapping("/api/verzuimmeldingen/{id}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'leerplicht', 'leerplichtteamleider')")
    VerzuimmeldingView haalOp(@PathVariable Long id, Authentication gebruiker) {
        boolean school = gebruiker.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("zorgcoordinator") || a.getAuthority().equals("mentor"));
        VerzuimmeldingView melding = school ? verzuim.haalOp(id) : verzuim.haalOpVoorLeerplicht(id);
        Audit.betreftDossier(melding.dossierNummer());
        return melding;
    }

    @PutMapping("/api/verzuimmeldingen/{id}")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView vulAan(@PathVariable Long id, @Valid @RequestBody VerzuimmeldingAanvulling aanvulling) {
        return verzuim.vulAan(id, aanvulling);
    }

    @PostMapping("/api/verzuimmeldingen/{id}/versturen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView verstuur(@PathVariable Long id) {
        return verzuim.verstuur(id);
    }

    @PostMapping("/api/verzuimmeldingen/{id}/intrekken")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView trekIn(@PathVariable Long id, @Valid @RequestBody Intrekking intrekking, Principal gebruiker) {
        return verzuim.trekIn(id, intrekking.reden(), gebruiker.getName());
    }
}
