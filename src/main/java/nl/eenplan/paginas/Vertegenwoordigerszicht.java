package nl.eenplan.paginas;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.Vertegenwoordiger;
import nl.eenplan.dossier.VertegenwoordigerService;
import nl.eenplan.dossier.Vertegenwoordiging;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Groepen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pupil's page shows of the curator or mentor the court appointed (dossier.Vertegenwoordiger), with the rules
 * of {@code /api/dossiers/{nr}/vertegenwoordigers} exactly: only the school's zorgcoördinator reads them and records or
 * ends one (on an open dossier); for everyone else the part is null and the page shows nothing of it. Asked after
 * {@link Leerlingzicht} (so its checks hold: the pupil at one of the user's schools).
 */
@Service
@Transactional(readOnly = true)
class Vertegenwoordigerszicht {

    /** The pupil's curators and mentors, newest first; whether the user may record one; the choices of the form. */
    record Vertegenwoordigers(List<Regel> lijst, boolean vastleggen, Map<String, String> soorten) {
    }

    /** One curator or mentor: whether the measure is in force today, and whether the user may record its end. */
    record Regel(Vertegenwoordiging v, String soort, boolean geldt, boolean beeindigen) {
    }

    private final VertegenwoordigerService vertegenwoordigers;
    private final Clock clock;

    Vertegenwoordigerszicht(VertegenwoordigerService vertegenwoordigers, Clock clock) {
        this.vertegenwoordigers = vertegenwoordigers;
        this.clock = clock;
    }

    /** For a user {@link Leerlingzicht#voor} let see this pupil ({@code w}); null when the API gives them nothing. */
    Vertegenwoordigers voor(Aangemeld wie, Leerlingzicht.Weergave w) {
        if (!w.school() || !wie.groepen().contains(Groepen.ZORGCOORDINATOR)) {
            return null;
        }
        var vandaag = Klok.vandaag(clock);
        List<Regel> lijst = new java.util.ArrayList<>(vertegenwoordigers.lijst(w.nummer()).stream()
                .map(v -> new Regel(v, v.soort().omschrijving(), v.geldtOp(vandaag), w.acties() && v.eindeOp() == null))
                .toList());
        java.util.Collections.reverse(lijst);
        Map<String, String> soorten = new LinkedHashMap<>();
        soorten.put(Vertegenwoordiger.Soort.CURATOR.name(), "Curator (curatele, BW art. 1:378)");
        soorten.put(Vertegenwoordiger.Soort.MENTOR.name(), "Mentor (mentorschap, BW art. 1:450)");
        return new Vertegenwoordigers(lijst, w.acties(), soorten);
    }
}
