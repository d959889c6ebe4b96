package nl.eenplan.verzuim;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import nl.eenplan.security.Groepen;
import nl.eenplan.verzuim.Afwezigheidsviews.VerlofView;
import nl.eenplan.verzuim.Afwezigheidsviews.VrijstellingView;
import nl.eenplan.verzuim.Afwezigheidsviews.ZiekmeldingView;
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
 * Leave, exemptions and ziekmeldingen under the pupil's dossier. Whose pupil it is, is DossierToegang's (404 to
 * others); which group may do what, is here: the school's staff as for verzuim; leerplicht reads leave and exemptions
 * and records its own decisions (art. 14 beyond 10 schooldagen, vrijstellingen). Illness stays with the school.
 */
@RestController
class AfwezigheidController {

    private final AfwezigheidService afwezigheid;

    AfwezigheidController(AfwezigheidService afwezigheid) {
        this.afwezigheid = afwezigheid;
    }

    @GetMapping("/api/dossiers/{nummer}/verlof")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'leerplicht', 'leerplichtteamleider')")
    List<VerlofView> verlof(@PathVariable String nummer) {
        return afwezigheid.verlof(nummer);
    }

    @PostMapping("/api/dossiers/{nummer}/verlof")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'leerplicht')")
    ResponseEntity<VerlofView> legVerlofVast(@PathVariable String nummer, @Valid @RequestBody NieuwVerlof verlof,
                                             Authentication gebruiker) {
        VerlofView view = afwezigheid.legVerlofVast(nummer, verlof, gebruiker.getName(), alleenLeerplicht(gebruiker));
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/verlof")).body(view);
    }

    @GetMapping("/api/dossiers/{nummer}/vrijstellingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'leerplicht', 'leerplichtteamleider')")
    List<VrijstellingView> vrijstellingen(@PathVariable String nummer) {
        return afwezigheid.vrijstellingen(nummer);
    }

    @PostMapping("/api/dossiers/{nummer}/vrijstellingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'leerplicht')")
    ResponseEntity<VrijstellingView> legVrijstellingVast(@PathVariable String nummer,
                                                         @Valid @RequestBody NieuweVrijstelling vrijstelling,
                                                         Principal gebruiker) {
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/vrijstellingen"))
                .body(afwezigheid.legVrijstellingVast(nummer, vrijstelling, gebruiker.getName()));
    }

    @GetMapping("/api/dossiers/{nummer}/ziekmeldingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<ZiekmeldingView> ziekmeldingen(@PathVariable String nummer) {
        return afwezigheid.ziekmeldingen(nummer);
    }

    @PostMapping("/api/dossiers/{nummer}/ziekmeldingen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ResponseEntity<ZiekmeldingView> meldZiek(@PathVariable String nummer,
                                             @Valid @RequestBody NieuweZiekmelding ziekmelding, Principal gebruiker) {
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/ziekmeldingen"))
                .body(afwezigheid.meldZiek(nummer, ziekmelding, gebruiker.getName()));
    }

    @PutMapping("/api/dossiers/{nummer}/ziekmeldingen/{id}")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ZiekmeldingView meldBeter(@PathVariable String nummer, @PathVariable Long id,
                              @Valid @RequestBody NieuweZiekmelding.Beter beter) {
        return afwezigheid.meldBeter(nummer, id, beter.tot());
    }

    /** A leerplicht user who is not also school staff records only leerplicht's own decisions. */
    private static boolean alleenLeerplicht(Authentication gebruiker) {
        List<String> groepen = gebruiker.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return groepen.contains(Groepen.LEERPLICHT) && !groepen.contains(Groepen.ZORGCOORDINATOR)
                && !groepen.contains(Groepen.MENTOR);
    }
}
