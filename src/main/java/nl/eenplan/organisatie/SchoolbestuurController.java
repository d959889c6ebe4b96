package nl.eenplan.organisatie;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school boards by bestuursnummer: everyone signed in may read them, administrators register them. A school is
 * linked to its board with {@code PUT /api/scholen/{brin}/bestuur}.
 */
@RestController
@RequestMapping("/api/schoolbesturen")
class SchoolbestuurController {

    private final Schoolbesturen besturen;

    SchoolbestuurController(Schoolbesturen besturen) {
        this.besturen = besturen;
    }

    @GetMapping
    List<SchoolbestuurView> lijst() {
        return besturen.lijst();
    }

    @GetMapping("/{bestuursnummer}")
    SchoolbestuurView haalOp(@PathVariable String bestuursnummer) {
        return besturen.haalOp(bestuursnummer);
    }

    /** Registers (or renames) the board with this bestuursnummer; OPENBAAR or BIJZONDER when given. */
    @PutMapping("/{bestuursnummer}")
    @PreAuthorize("hasAuthority('admin')")
    SchoolbestuurView registreer(@PathVariable String bestuursnummer, @Valid @RequestBody NieuwSchoolbestuur bestuur) {
        return besturen.registreer(bestuursnummer, bestuur.naam(), bestuur.denominatie());
    }
}
