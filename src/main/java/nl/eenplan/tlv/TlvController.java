package nl.eenplan.tlv;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The pupil's TLVs for the school and the SWV; the return to regular education before a TLV ends. */
@RestController
class TlvController {

    /** The day the pupil is back in regular education. */
    record Terug(@NotNull(message = "Vul de datum in waarop de leerling terug is in het regulier onderwijs.")
                 LocalDate op) {
    }

    private final TlvService tlvs;

    TlvController(TlvService tlvs) {
        this.tlvs = tlvs;
    }

    /** The pupil's school (zorgcoördinator, mentor) and the SWV on its statutory task; not the gemeente. */
    @GetMapping("/api/dossiers/{nummer}/tlvs")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'swv')")
    List<TlvView> vanDossier(@PathVariable String nummer, Authentication gebruiker) {
        boolean school = gebruiker.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("zorgcoordinator") || a.getAuthority().equals("mentor"));
        return tlvs.vanDossier(nummer, !school);
    }

    /** Terug naar regulier onderwijs: the TLV ends on that day, and its process (no herindicatie any more). */
    @PostMapping("/api/tlvs/{id}/terug-naar-regulier")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    TlvView terugNaarRegulier(@PathVariable Long id, @Valid @RequestBody Terug terug) {
        return tlvs.terugNaarRegulier(id, terug.op());
    }
}
