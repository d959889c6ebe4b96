package nl.eenplan.mdo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.modelcontrole.VoorModellen;
import org.springframework.stereotype.Component;

/**
 * Bean {@code mdoAfspraken} for the follow-up task of each agreement in process "mdo": whose it is
 * (a user or a group) and its own due date, read from the dossier.
 * <pre>
 *   camunda:candidateUsers="${mdoAfspraken.gebruikers(afspraakId)}"
 *   camunda:candidateGroups="${mdoAfspraken.groepen(afspraakId)}"
 *   ${termijn.deadlineVanaf(execution, 'mdo', 'afspraak', mdoAfspraken.datum(afspraakId))}
 *   camunda:inputParameter taakToestemming: ${mdoAfspraken.nodigeToestemming(afspraakId)}
 * </pre>
 */
@Component("mdoAfspraken")
@VoorModellen
public class MdoAfspraken {

    private final DossierService dossiers;
    private final MdoService mdo;

    MdoAfspraken(DossierService dossiers, MdoService mdo) {
        this.dossiers = dossiers;
        this.mdo = mdo;
    }

    /**
     * The consent the follow-up task needs (its local variable {@code taakToestemming}): JEUGDHULP when jeugdhulp
     * owns the agreement, so withdrawing that consent ends the task at once; otherwise GEEN.
     */
    public String nodigeToestemming(Number afspraakId) {
        DossierView.AfspraakView a = afspraak(afspraakId);
        return mdo.vanJeugdhulp(a.eigenaar(), a.eigenaarIsGroep()) ? "JEUGDHULP" : "GEEN";
    }

    public List<String> gebruikers(Number afspraakId) {
        DossierView.AfspraakView a = afspraak(afspraakId);
        return a.eigenaarIsGroep() ? List.of() : List.of(a.eigenaar());
    }

    public List<String> groepen(Number afspraakId) {
        DossierView.AfspraakView a = afspraak(afspraakId);
        return a.eigenaarIsGroep() ? List.of(a.eigenaar()) : List.of();
    }

    /** The agreement's own date, the anchor of its deadline and reminder. */
    public Date datum(Number afspraakId) {
        LocalDate dag = afspraak(afspraakId).deadline();
        return Date.from(dag.atStartOfDay(MdoService.NL).toInstant());
    }

    private DossierView.AfspraakView afspraak(Number afspraakId) {
        return dossiers.afspraak(afspraakId.longValue()).afspraak();
    }
}
