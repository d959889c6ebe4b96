package nl.eenplan.termijn;

import nl.eenplan.engine.Instantiedatums;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.security.Groepen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Procesbeheer of the school hears when the tasks and timers of an instance EenPlan just started (a process moved at a
 * school change, a term counted from another day) could not be put on their dates (engine.Instantiedatums): a reminder
 * or escalation would otherwise go late or early without anyone knowing.
 */
@Component
class Datumsmelding {

    private final MeldingService meldingen;
    private final PlatformTransactionManager transacties;

    Datumsmelding(MeldingService meldingen, PlatformTransactionManager transacties) {
        this.meldingen = meldingen;
        this.transacties = transacties;
    }

    @EventListener
    void nietGezet(Instantiedatums.DatumsNietGezet f) {
        // Told after the start committed: a transaction of its own, or the melding would join the finished one.
        new TransactionTemplate(transacties, new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW)).executeWithoutResult(s -> meldingen.stuur(
                NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, Groepen.PROCESBEHEER, f.school(),
                        "Termijnen niet gezet (" + f.proces() + ")",
                        "De taken en timers van proces " + f.proces() + " (instantie " + f.instantieId() + ") konden "
                                + "niet op " + f.welke() + " worden gezet; ze lopen nu vanaf de start van de instantie. "
                                + "Zet ze in Cockpit of Tasklist op die datums. Fout: " + kort(f.fout()),
                        f.dossierNummer(), null)));
    }

    private static String kort(String fout) {
        return fout == null || fout.length() <= 800 ? fout : fout.substring(0, 800) + "...";
    }
}
