package nl.eenplan.overstap;

import jakarta.validation.Valid;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.NietMogelijkException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Transitions: one pupil, a whole class from a CSV file with progress, and the overstapdossier export. */
@RestController
class OverstapController {

    private final OverstapService overstappen;
    private final CohortService cohorten;

    OverstapController(OverstapService overstappen, CohortService cohorten) {
        this.overstappen = overstappen;
        this.cohorten = cohorten;
    }

    @PostMapping("/api/dossiers/{nummer}/overstappen")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<OverstapView> start(@PathVariable String nummer, @Valid @RequestBody Invoer.Start start) {
        // Started twice at the same moment: one starts it, the other finds it (the unique key per school year).
        OverstapView gestart = Botsing.nogEens(() -> overstappen.start(nummer, start.soort(), start.schooljaar()))
                .orElseThrow(() -> new NietMogelijkException("De overstap van deze leerling in schooljaar "
                        + start.schooljaar() + " loopt al."));
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/overstappen")).body(gestart);
    }

    @GetMapping("/api/dossiers/{nummer}/overstappen")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<OverstapView> vanDossier(@PathVariable String nummer) {
        return overstappen.vanDossier(nummer);
    }

    /** The overstapdossier (OKR) as JSON, for the receiving school; support details only with consent. */
    @GetMapping("/api/overstappen/{id}/okr")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    Okr okr(@PathVariable Long id) {
        return overstappen.okr(id);
    }

    /**
     * The same overstapdossier as a file to download from the pupil's page in EenPlan: the same groups, the same
     * checks (dossier.DossierToegang on the path, then the service's) and audit; an overstap of another pupil is not
     * there (404).
     */
    @GetMapping("/leerlingen/{nummer}/overstappen/{id}/okr")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ResponseEntity<Okr> okrOpPagina(@PathVariable String nummer, @PathVariable Long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"overstapdossier-" + id + ".json\"")
                .body(overstappen.okr(nummer, id));
    }

    /**
     * A class as CSV (text/csv, UTF-8 unless the Content-Type names another charset); answers 202 with the upload,
     * whose progress is at its own address. The body is read as a stream, up to {@code eenplan.overstap.max-upload-bytes}
     * (web.RequestSizeLimitFilter), into a temporary file: never the whole file in memory.
     */
    @PostMapping(value = "/api/overstappen/cohort", consumes = "text/csv")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    ResponseEntity<CohortView> cohort(InputStream csv, @RequestHeader(HttpHeaders.CONTENT_TYPE) String soort,
                                      @RequestHeader(value = "X-Bestandsnaam", required = false) String bestandsnaam,
                                      Principal gebruiker) {
        Charset tekenset = Optional.ofNullable(MediaType.parseMediaType(soort).getCharset()).orElse(StandardCharsets.UTF_8);
        CohortImport upload = cohorten.start(csv, tekenset, bestandsnaam, gebruiker.getName());
        return ResponseEntity.accepted().location(URI.create("/api/overstappen/cohort/" + upload.getId()))
                .body(CohortView.van(upload, List.of()));
    }

    @GetMapping("/api/overstappen/cohort/{id}")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    CohortView voortgang(@PathVariable Long id, Principal gebruiker) {
        CohortImport upload = cohorten.voortgang(id, gebruiker.getName());
        return CohortView.van(upload, cohorten.fouten(upload));
    }

    /** Progress of a class upload. */
    record CohortView(Long id, CohortImport.Status status, int regels, int verwerkt, int gestart, int overgeslagen,
                      List<CohortService.Fout> fouten) {

        static CohortView van(CohortImport c, List<CohortService.Fout> fouten) {
            return new CohortView(c.getId(), c.getStatus(), c.getRegels(), c.getVerwerkt(), c.getGestart(),
                    c.getOvergeslagen(), fouten);
        }
    }
}
