package nl.eenplan.paginas;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A pupil's page: who it is, the school, parents, consents, the one plan (goals and agreements), the processes
 * that run and the step each is in, and what happened when; each group sees only what its work allows, as
 * {@link Leerlingzicht} decides (the school all, jeugdhulp the plan while consent is in force, the SWV and the
 * gemeente what their decision needs), with the same check that the pupil is at one of their schools.
 */
@Controller
class LeerlingPagina {

    private final Leerlingzicht zicht;
    private final Passendzicht passend;
    private final Vertegenwoordigerszicht vertegenwoordigers;
    /**
     * The page's reads in one read-only transaction (issue #25): one connection and one persistence context, so the
     * dossier with its pupil and school, read by each service the page asks, comes from the database once; the services'
     * own transactions join it. A read that may answer 404 still runs apart (Passendzicht.apart).
     */
    private final TransactionTemplate lezen;

    LeerlingPagina(Leerlingzicht zicht, Passendzicht passend, Vertegenwoordigerszicht vertegenwoordigers,
                   PlatformTransactionManager transacties) {
        this.zicht = zicht;
        this.passend = passend;
        this.vertegenwoordigers = vertegenwoordigers;
        this.lezen = new TransactionTemplate(transacties);
        this.lezen.setReadOnly(true);
    }

    // The path variable is "nummer", as in the API: the audit names the dossier from it.
    @GetMapping("/leerlingen/{nummer}")
    @PreAuthorize("@leerlingzicht.magOpenen(authentication)")
    String leerling(@PathVariable String nummer, Authentication gebruiker, Model model) {
        lezen.executeWithoutResult(status -> {
            Leerlingzicht.Weergave w = zicht.voor(Aangemeld.van(gebruiker), nummer);
            model.addAttribute("w", w);
            // Admission, groeidocument, thuiszitterstafel and referral points: after the page's own checks.
            model.addAttribute("p", passend.voor(Aangemeld.van(gebruiker), w));
            // An adult pupil's curator or mentor: the zorgcoördinator's, as its API.
            model.addAttribute("vt", vertegenwoordigers.voor(Aangemeld.van(gebruiker), w));
        });
        return "paginas/leerling";
    }
}
