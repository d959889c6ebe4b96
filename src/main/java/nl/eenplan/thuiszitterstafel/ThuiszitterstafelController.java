package nl.eenplan.thuiszitterstafel;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The thuiszittersaanpak over the API: the school signals its own pupil by hand and reads its tables (the dossier's
 * access check applies at /api/dossiers/{nr}); the parties at the table (the owning gemeente's leerplicht and staff,
 * the SWV of the pupil's school) read the tables they sit at.
 */
@RestController
class ThuiszitterstafelController {

    private final ThuiszitterstafelService tafels;

    ThuiszitterstafelController(ThuiszitterstafelService tafels) {
        this.tafels = tafels;
    }

    /** 201 with a new table, 200 when the signal joined the running one. */
    @PostMapping("/api/dossiers/{nummer}/thuiszitterstafel")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<ThuiszitterstafelView> meld(@PathVariable String nummer,
                                               @Valid @RequestBody(required = false) Melden melden) {
        boolean liep = tafels.vanDossier(nummer).stream().anyMatch(t -> !"AFGESLOTEN".equals(t.status()));
        ThuiszitterstafelView tafel = tafels.meld(nummer, Bron.SCHOOL, melden == null ? null : melden.toelichting());
        return ResponseEntity.status(liep ? 200 : 201).body(tafel);
    }

    @GetMapping("/api/dossiers/{nummer}/thuiszitterstafel")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<ThuiszitterstafelView> vanDossier(@PathVariable String nummer) {
        return tafels.vanDossier(nummer);
    }

    @GetMapping("/api/thuiszitterstafels")
    @PreAuthorize("hasAnyAuthority('leerplicht', 'rmc', 'leerplichtteamleider', 'gemeente', 'swv')")
    List<ThuiszitterstafelView> lijst() {
        return tafels.lijst();
    }

    @GetMapping("/api/thuiszitterstafels/{id}")
    @PreAuthorize("hasAnyAuthority('leerplicht', 'rmc', 'leerplichtteamleider', 'gemeente', 'swv')")
    ThuiszitterstafelView haalOp(@PathVariable Long id) {
        return tafels.haalOp(id);
    }
}
