package nl.eenplan.dossier;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schools of this installation: everyone signed in may read them, administrators register them. */
@RestController
@RequestMapping("/api/scholen")
class SchoolController {

    private final SchoolService scholen;

    SchoolController(SchoolService scholen) {
        this.scholen = scholen;
    }

    @GetMapping
    List<SchoolView> lijst() {
        return scholen.lijst();
    }

    @GetMapping("/{brin}")
    SchoolView haalOp(@PathVariable String brin) {
        return scholen.haalOp(brin);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('admin')")
    ResponseEntity<SchoolView> registreer(@Valid @RequestBody NieuweSchool nieuw) {
        SchoolView school = scholen.registreer(nieuw);
        return ResponseEntity.created(URI.create("/api/scholen/" + school.brin())).body(school);
    }

    /** Links the school to its board (bevoegd gezag), registered first with PUT /api/schoolbesturen/{bestuursnummer}. */
    @PutMapping("/{brin}/bestuur")
    @PreAuthorize("hasAuthority('admin')")
    SchoolView koppelAanBestuur(@PathVariable String brin, @Valid @RequestBody Bestuurskoppeling koppeling) {
        return scholen.koppelAanBestuur(brin, koppeling.bestuursnummer());
    }
}
