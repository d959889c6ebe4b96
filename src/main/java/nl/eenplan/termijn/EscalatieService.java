package nl.eenplan.termijn;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalations recorded for missed deadlines; the escalation inbox builds on this. */
@Service
@Transactional(readOnly = true)
public class EscalatieService {

    private final EscalatieRepository escalaties;

    EscalatieService(EscalatieRepository escalaties) {
        this.escalaties = escalaties;
    }

    public List<Escalatie> vanProcesInstantie(String procesInstantieId) {
        return escalaties.findByProcesInstantieIdOrderById(procesInstantieId);
    }
}
