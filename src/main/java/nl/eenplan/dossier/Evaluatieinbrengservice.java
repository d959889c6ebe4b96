package nl.eenplan.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family adds to an evaluation meant for them (issue #24, Handeling.EVALUATIE): the OPP's evaluation with the
 * parents (process opp, task evalueren) or the arrangement's (process arrangement, task evalueren). Given for the
 * school's evaluation task while it is open (the caller asks the task capability; gezin.GezinEvaluatie), shown on that
 * task's page to whom the task is for (paginas.TaakPagina). A text (care content, kept here in the dossier's tables)
 * and, if the giver wants, a score from 1 to 10.
 */
@Service
@Transactional
public class Evaluatieinbrengservice {

    /** What is evaluated. */
    public enum Onderwerp { OPP, ARRANGEMENT }

    /** Who gives it: a parent (or guardian) or the pupil herself. */
    public enum Rol { OUDER, LEERLING }

    /** One input, as the school's task page and its giver see it: no account, no name. */
    public record Inbreng(Onderwerp onderwerp, Rol rol, String tekst, Integer score, Instant ingevuldOp) {
    }

    static final int MAX_TEKST = 4000;

    private final EvaluatieinbrengRepository inbreng;
    private final Clock clock;

    Evaluatieinbrengservice(EvaluatieinbrengRepository inbreng, Clock clock) {
        this.inbreng = inbreng;
        this.clock = clock;
    }

    /** Adds the family's input to the evaluation of this task; a text is needed, a score is 1 to 10 or none. */
    public void voegToe(String dossierNummer, Onderwerp onderwerp, String taakId, String geverSleutel, Rol rol,
                        String tekst, Integer score) {
        List<Veldfout> fouten = new ArrayList<>();
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.isEmpty()) {
            fouten.add(new Veldfout("tekst", "Schrijf wat u wilt zeggen over het plan."));
        } else if (schoon.length() > MAX_TEKST) {
            fouten.add(new Veldfout("tekst", "De tekst is te lang (maximaal " + MAX_TEKST + " tekens)."));
        }
        if (score != null && (score < 1 || score > 10)) {
            fouten.add(new Veldfout("score", "Kies een cijfer van 1 tot en met 10, of geen cijfer."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        inbreng.save(new Evaluatieinbreng(dossierNummer, onderwerp, taakId, geverSleutel, rol, schoon, score,
                clock.instant()));
    }

    /** Everything the family added for this evaluation task, oldest first (for the school's task page). */
    @Transactional(readOnly = true)
    public List<Inbreng> vanTaak(String taakId) {
        return inbreng.findByTaakIdOrderById(taakId).stream().map(Evaluatieinbreng::alsInbreng).toList();
    }

    /** What this giver added for this evaluation task (for their own page). */
    @Transactional(readOnly = true)
    public List<Inbreng> vanGever(String taakId, String geverSleutel) {
        return inbreng.findByTaakIdOrderById(taakId).stream().filter(i -> i.getGeverSleutel().equals(geverSleutel))
                .map(Evaluatieinbreng::alsInbreng).toList();
    }

    /** A dossier past its retention: the family's input goes with it. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        inbreng.deleteAll(inbreng.findByDossierNummer(verwijderd.nummer()));
    }
}
