package nl.eenplan.termijn;

import nl.eenplan.engine.Procesverhuizing;
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
 * Procesbeheer of the new school hears when a moved process's deadlines stayed on the dates of the move
 * (engine.Procesverhuizing): a reminder or escalation would otherwise go late or early without anyone knowing.
 */
@Component
class Verhuismelding {

    private final MeldingService meldingen;
    private final PlatformTransactionManager transacties;

    Verhuismelding(MeldingService meldingen, PlatformTransactionManager transacties) {
        this.meldingen = meldingen;
        this.transacties = transacties;
    }

    @EventListener
    void nietTeruggezet(Procesverhuizing.TermijnenNietTeruggezet f) {
        // Told after the move committed: a transaction of its own, or the melding would join the finished one.
        new TransactionTemplate(transacties, new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW)).executeWithoutResult(s -> meldingen.stuur(
                NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, Groepen.PROCESBEHEER, f.school(),
                        "Termijnen na schoolwissel niet teruggezet (" + f.proces() + ")",
                        "Proces " + f.proces() + " (instantie " + f.instantieId() + ") is bij de schoolwissel verhuisd, "
                                + "maar de termijnen van zijn taken en timers konden niet op hun oude datum worden gezet; "
                                + "ze lopen nu vanaf de dag van de wissel. Zet ze in Cockpit of Tasklist op de oude datum "
                                + "(zie de historie van de oude instantie). Fout: " + kort(f.fout()),
                        f.dossierNummer(), null)));
    }

    private static String kort(String fout) {
        return fout == null || fout.length() <= 800 ? fout : fout.substring(0, 800) + "...";
    }
}
