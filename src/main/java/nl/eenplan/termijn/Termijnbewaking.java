package nl.eenplan.termijn;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import nl.eenplan.engine.Taak;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import org.springframework.stereotype.Service;

/**
 * What happens around a task's deadline, whichever way the model asks for it: a reminder to whoever has the
 * task before the deadline, and an escalation (recorded, and a notification to the group that must act now)
 * when it has passed with the task still open. Engine-free: the engine side hands over a {@link Taak}.
 */
@Service
public class Termijnbewaking implements Termijnconventie.Bewaking {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MeldingService meldingen;
    private final EscalatieRepository escalaties;
    private final Clock clock;

    Termijnbewaking(MeldingService meldingen, EscalatieRepository escalaties, Clock clock) {
        this.meldingen = meldingen;
        this.escalaties = escalaties;
        this.clock = clock;
    }

    /** Reminds whoever has the task: its assignee, else its candidate users and groups. */
    @Override
    public void herinner(Taak taak) {
        String deadline = taak.deadline() == null ? "binnenkort"
                : "op " + DATUM.format(taak.deadline().atZone(Termijn.NL).toLocalDate());
        String onderwerp = "Herinnering: " + taak.naam() + " (dossier " + taak.dossier() + ")";
        String tekst = "De taak '" + taak.naam() + "' voor dossier " + taak.dossier() + " moet " + deadline
                + " af zijn.";
        if (taak.gebruiker() != null) {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING, taak.gebruiker(), onderwerp, tekst,
                    taak.dossier(), taak.id()));
            return;
        }
        taak.kandidaten().forEach(gebruiker -> meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING,
                gebruiker, onderwerp, tekst, taak.dossier(), taak.id())));
        taak.groepen().forEach(groep -> meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.HERINNERING, groep,
                taak.school(), onderwerp, tekst, taak.dossier(), taak.id())));
    }

    /** Records that the deadline passed (what, to whom, when, why) and tells the group that must act now. */
    @Override
    public void escaleer(Taak taak, String groep, String reden) {
        escalaties.save(new Escalatie(taak.dossier(), taak.proces(), taak.procesInstantieId(), taak.stap(),
                taak.naam(), taak.id(), taak.deadline(), groep, reden, clock.instant()));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, groep, taak.school(),
                "Termijn verstreken: " + taak.naam() + " (dossier " + taak.dossier() + ")",
                reden + ". De taak '" + taak.naam() + "' voor dossier " + taak.dossier()
                        + " is niet op tijd afgerond.", taak.dossier(), taak.id()));
    }
}
