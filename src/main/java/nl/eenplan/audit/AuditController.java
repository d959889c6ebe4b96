package nl.eenplan.audit;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for the application administrator, and the inzage export of one pupil. */
@RestController
@PreAuthorize("hasAuthority('admin')")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    /** By dossier, by user, or the latest 1000 entries. */
    @GetMapping("/api/audit")
    List<AuditRegel> zoek(@RequestParam(required = false) String dossier,
                          @RequestParam(required = false) String gebruiker) {
        if (dossier != null) {
            return log.voorDossier(dossier);
        }
        return gebruiker != null ? log.vanGebruiker(gebruiker) : log.laatste();
    }

    /** "Who looked at my child's file?": every read and change, as CSV for the AVG inzageverzoek. */
    @GetMapping("/api/dossiers/{nummer}/inzage")
    ResponseEntity<String> inzage(@PathVariable String nummer) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"inzage-" + nummer + ".csv\"")
                .body(log.inzage(nummer));
    }
}
