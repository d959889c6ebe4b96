package nl.eenplan.verzuim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Map;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.VerzoekTeGrootException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A school's absence from its LAS, as EenPlan's absence CSV (docs/verzuimimport.md): as the request body
 * ({@code text/csv}) or as field {@code bestand} of a form ({@code multipart/form-data}). 200 with the counts when every
 * line was right; otherwise 400 problem+json with a mistake per line (line number, column, message in Dutch) and the
 * same counts, because the pupils without mistakes were stored.
 */
@RestController
class VerzuimImportController {

    private final VerzuimImport imports;
    private final ObjectMapper json;
    /** The largest absence file (RequestSizeLimitFilter checks the body; a form's file is checked here). */
    private final long maxBytes;

    VerzuimImportController(VerzuimImport imports, ObjectMapper json,
                            @Value("${eenplan.verzuim.max-import-bytes}") long maxBytes) {
        this.imports = imports;
        this.json = json;
        this.maxBytes = maxBytes;
    }

    @PostMapping(value = "/api/scholen/{brin}/verzuim/import", consumes = "text/csv")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    ResponseEntity<?> importeer(@PathVariable String brin, InputStream bestand, Principal gebruiker) {
        return antwoord(imports.importeer(brin, bestand, gebruiker.getName()));
    }

    @PostMapping(value = "/api/scholen/{brin}/verzuim/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'admin')")
    ResponseEntity<?> importeerBestand(@PathVariable String brin,
                                       @RequestParam(name = "bestand", required = false) MultipartFile bestand,
                                       Principal gebruiker) throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            throw new OngeldigeInvoerException("bestand", "Kies het verzuimbestand uit het LAS (CSV).");
        }
        if (bestand.getSize() > maxBytes) {
            throw new VerzoekTeGrootException(maxBytes);
        }
        try (InputStream in = bestand.getInputStream()) {
            return antwoord(imports.importeer(brin, in, gebruiker.getName()));
        }
    }

    private ResponseEntity<?> antwoord(VerzuimImport.Resultaat resultaat) {
        if (resultaat.fouten().isEmpty()) {
            return ResponseEntity.ok(resultaat);
        }
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, resultaat.aantalFouten()
                + (resultaat.aantalFouten() == 1 ? " regel heeft" : " regels hebben") + " een fout; zie fouten (per "
                + "regel). De leerlingen zonder fouten zijn wel verwerkt: " + resultaat.dagenOpgeslagen()
                + " dagen opgeslagen, " + resultaat.meldingenKlaargezet() + " verzuimmeldingen klaargezet.");
        probleem.setTitle("Ongeldige invoer");
        @SuppressWarnings("unchecked")
        Map<String, Object> velden = json.convertValue(resultaat, Map.class);
        velden.forEach(probleem::setProperty);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }
}
