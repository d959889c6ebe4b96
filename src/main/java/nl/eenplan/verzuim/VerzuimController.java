package nl.eenplan.verzuim;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import nl.eenplan.web.Audit;
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

    /** The pupil is back at school: ends an open langdurig relatief verzuim report and the thuiszitter signal. */
    @PostMapping("/api/dossiers/{nummer}/verzuim/terugkeer")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    VerzuimOverzicht terugkeer(@PathVariable String nummer, @Valid @RequestBody Terugkeer terugkeer,
                               Principal gebruiker) {
        return verzuim.terugkeer(nummer, terugkeer.datum(), gebruiker.getName());
    }

    /** Overig verzuim, reported by hand: a draft the zorgcoördinator completes and sends like the others. */
    @PostMapping("/api/dossiers/{nummer}/verzuimmeldingen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<VerzuimmeldingView> meldOverig(@PathVariable String nummer,
                                                  @Valid @RequestBody OverigeMelding melding) {
        VerzuimmeldingView m = gelogd(verzuim.meldOverig(nummer, melding));
        return ResponseEntity.created(URI.create("/api/verzuimmeldingen/" + m.id())).body(m);
    }

    @GetMapping("/api/verzuimmeldingen/{id}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'leerplicht', 'rmc', 'leerplichtteamleider')")
    VerzuimmeldingView haalOp(@PathVariable Long id, Authentication gebruiker) {
        boolean school = gebruiker.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("zorgcoordinator") || a.getAuthority().equals("mentor"));
        return gelogd(school ? verzuim.haalOp(id) : verzuim.haalOpVoorLeerplicht(id));
    }

    @PutMapping("/api/verzuimmeldingen/{id}")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView vulAan(@PathVariable Long id, @Valid @RequestBody VerzuimmeldingAanvulling aanvulling) {
        return gelogd(verzuim.vulAan(id, aanvulling));
    }

    @PostMapping("/api/verzuimmeldingen/{id}/versturen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView verstuur(@PathVariable Long id) {
        return gelogd(verzuim.verstuur(id));
    }

    @PostMapping("/api/verzuimmeldingen/{id}/intrekken")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    VerzuimmeldingView trekIn(@PathVariable Long id, @Valid @RequestBody Intrekking intrekking, Principal gebruiker) {
        return gelogd(verzuim.trekIn(id, intrekking.reden(), gebruiker.getName()));
    }

    /** The audit log links the request to the pupil's dossier. */
    private static VerzuimmeldingView gelogd(VerzuimmeldingView melding) {
        Audit.betreftDossier(melding.dossierNummer());
        return melding;
    }
}
