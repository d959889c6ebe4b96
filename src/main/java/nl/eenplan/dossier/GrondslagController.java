package nl.eenplan.dossier;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The basis table, read-only: for process owners (who may not change it: it is law, not configuration) and every
 * professional who wants to know why data may flow. No pupil data.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class GrondslagController {

    @GetMapping("/api/grondslagen")
    List<Grondslagrij> tabel() {
        return Grondslagrij.tabel();
    }
}
