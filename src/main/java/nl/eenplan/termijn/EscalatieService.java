package nl.eenplan.termijn;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalations recorded for missed deadlines; the escalation inbox builds on this. */
@Service
@Transactional(readOnly = true)
public class EscalatieService {

    /** A dossier past its retention: the record of its missed deadlines goes with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        escalaties.deleteAll(escalaties.findByDossierNummer(verwijderd.nummer()));
    }

    private final EscalatieRepository escalaties;

    EscalatieService(EscalatieRepository escalaties) {
        this.escalaties = escalaties;
    }

    public List<Escalatie> vanProcesInstantie(String procesInstantieId) {
        return escalaties.findByProcesInstantieIdOrderById(procesInstantieId);
    }
}
