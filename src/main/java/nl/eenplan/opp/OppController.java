package nl.eenplan.opp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pupil's OPP for the staff of the pupil's school (dossier.DossierToegang: another school's staff get 404): the
 * current version, the version in force, all versions and the evaluations. Its steps are tasks (/api/taken, Tasklist).
 * The SWV reads the OPP of a request on its statutory task through the arrangement (ArrangementView); the gemeente not.
 */
@RestController
class OppController {

    private final OppService opp;

    OppController(OppService opp) {
        this.opp = opp;
    }

    @GetMapping("/api/dossiers/{nummer}/opp")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    OppView haalOp(@PathVariable String nummer) {
        return opp.haalOp(nummer);
    }
}
