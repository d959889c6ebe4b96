package nl.eenplan.gezin;

import java.util.List;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's documents for the school's staff who see the dossier: the list and each file through {@code
 * /api/dossiers/{nummer}/gezinsdocumenten}, and the file on the pupil's page ({@code /leerlingen/{nummer}/...}).
 * Under those paths dossier.DossierToegang lets only staff of the pupil's school (and those who see its schools)
 * through, else 404; of them the zorgcoördinator and the mentor read the plan's documents, as the groeidocument.
 */
@RestController
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class GezinsdocumentenVoorSchool {

    /** A document in the list: no account, only who the uploader was to the pupil (OUDER or LEERLING). */
    record Documentregel(long id, String bestandsnaam, String soort, long grootte, String sha256, String rol,
                         java.time.Instant geuploadOp) {
    }

    private final Gezinsdocumenten documenten;

    GezinsdocumentenVoorSchool(Gezinsdocumenten documenten) {
        this.documenten = documenten;
    }

    @GetMapping("/api/dossiers/{nummer}/gezinsdocumenten")
    List<Documentregel> lijst(@PathVariable String nummer) {
        Audit.betreftDossier(nummer);
        return documenten.vanDossier(nummer).stream().map(d -> new Documentregel(d.id(), d.bestandsnaam(), d.soort(),
                d.grootte(), d.sha256(), d.rol(), d.geuploadOp())).toList();
    }

    @GetMapping({"/api/dossiers/{nummer}/gezinsdocumenten/{id}", "/leerlingen/{nummer}/gezinsdocumenten/{id}"})
    ResponseEntity<byte[]> download(@PathVariable String nummer, @PathVariable long id) {
        Audit.betreftDossier(nummer);
        return Documentdownload.van(documenten.bestand(nummer, id, null)
                .orElseThrow(() -> new NietGevondenException("Document niet gevonden.")));
    }

    /** The API's answer (problem+json), not the family's page that GezinFouten gives in this package. */
    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return Problemen.probleem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }
}
