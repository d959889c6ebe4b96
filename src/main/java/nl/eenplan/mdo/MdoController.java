package nl.eenplan.mdo;

import java.util.List;
import nl.eenplan.dossier.AfspraakMetDossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The MDOs of a dossier, the invitation as an agenda item, and an agreement for its owner. */
@RestController
class MdoController {

    /** The invitation under the pupil's page in EenPlan; see {@link MdoService#uitnodigingOpPagina}. */
    static final String UITNODIGING_PAGINA = "/leerlingen/{nummer}/mdo/{id}/uitnodiging.ics";

    private final MdoService mdo;
    private final DossierService dossiers;
    private final GebruikerService gebruikers;

    MdoController(MdoService mdo, DossierService dossiers, GebruikerService gebruikers) {
        this.mdo = mdo;
        this.dossiers = dossiers;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/api/dossiers/{nummer}/mdo")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    List<MdoView> vanDossier(@PathVariable String nummer) {
        return mdo.vanDossier(nummer);
    }

    /**
     * The school moves the MDO to a new date before it begins (issue #24): the zorgcoördinator, as the planning task is
     * hers (a mentor: 403; another school's: 404). The pupil's page sends its form here too.
     */
    @PostMapping("/api/dossiers/{nummer}/mdo/{id}/verzetten")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    MdoView verzet(@PathVariable String nummer, @PathVariable Long id,
                   @RequestBody MdoService.Verzetting invoer,
                   Authentication gebruiker) {
        Audit.betreftDossier(nummer);
        return mdo.verzet(nummer, id, invoer, gebruiker.getName());
    }

    /**
     * The invitation as an agenda item, for the school and for everyone invited (a user, or a member of an invited
     * group such as leerplicht), at the pupil's school only; others get 404. It holds time, place and the dossier
     * number, no care details. The same download under the pupil's page ({@link #UITNODIGING_PAGINA}), where the
     * notifications point: the same checks (dossier.DossierToegang on both paths, then the service's) and the same
     * audit entry.
     */
    @GetMapping(value = {"/api/dossiers/{nummer}/mdo/{id}/uitnodiging.ics", UITNODIGING_PAGINA}, produces = "text/calendar")
    ResponseEntity<String> uitnodiging(@PathVariable String nummer, @PathVariable Long id, Authentication gebruiker) {
        List<String> groepen = gebruiker.getAuthorities().stream().map(r -> r.getAuthority()).toList();
        String ics = mdo.uitnodiging(nummer, id, gebruiker.getName(), groepen);
        Audit.betreftDossier(nummer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"mdo-" + id + ".ics\"")
                .body(ics);
    }

    /**
     * An agreement, for whoever must carry it out (the user, or a member of the group) and for the
     * school: what, by when, its status. Others get 404, as if it did not exist (the audit names the dossier all the
     * same: DossierService.afspraak).
     */
    @GetMapping("/api/afspraken/{id}")
    AfspraakMetDossier afspraak(@PathVariable Long id, Authentication gebruiker) {
        AfspraakMetDossier a = dossiers.afspraak(id);
        boolean school = gebruiker.getAuthorities().stream()
                .anyMatch(r -> r.getAuthority().equals("zorgcoordinator") || r.getAuthority().equals("mentor"));
        boolean eigenaar = a.afspraak().eigenaarIsGroep()
                ? gebruikers.isLidVan(gebruiker.getName(), a.afspraak().eigenaar())
                : a.afspraak().eigenaar().equals(gebruiker.getName());
        if (!school && !eigenaar) {
            throw new NietGevondenException("Er is geen afspraak " + id + ".");
        }
        return a;
    }
}
