package nl.eenplan.taak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's task list, and completing a task with checked input. */
@RestController
class TaakController {

    private final TaakService taken;

    TaakController(TaakService taken) {
        this.taken = taken;
    }

    @GetMapping("/api/taken")
    List<TaakView> lijst(Authentication gebruiker,
                         @RequestParam(defaultValue = "100") int maximaal) {
        if (maximaal < 1 || maximaal > 1000) {
            throw new OngeldigeInvoerException("maximaal", "Vraag 1 tot en met 1000 taken per keer op.");
        }
        return taken.lijst(gebruiker.getName(), groepen(gebruiker), maximaal);
    }

    @PostMapping("/api/taken/{id}/voltooien")
    ResponseEntity<Void> voltooi(@PathVariable String id, @RequestBody(required = false) JsonNode invoer,
                                 Authentication gebruiker) {
        taken.voltooi(id, invoer, gebruiker.getName(), groepen(gebruiker));
        return ResponseEntity.noContent().build();
    }

    /** Gives the task to a colleague who works on this kind of task at the pupil's school. */
    @PostMapping("/api/taken/{id}/toewijzen")
    ResponseEntity<Void> wijsToe(@PathVariable String id, @RequestBody Toewijzing toewijzing, Authentication gebruiker) {
        taken.wijsToe(id, toewijzing.aan(), gebruiker.getName(), groepen(gebruiker));
        return ResponseEntity.noContent().build();
    }

    /** Gives the task back to the group. */
    @PostMapping("/api/taken/{id}/vrijgeven")
    ResponseEntity<Void> geefVrij(@PathVariable String id, Authentication gebruiker) {
        taken.geefVrij(id, gebruiker.getName(), groepen(gebruiker));
        return ResponseEntity.noContent().build();
    }

    /** Request body of toewijzen: the user id of the colleague. */
    record Toewijzing(String aan) {
    }

    private static List<String> groepen(Authentication gebruiker) {
        return gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
