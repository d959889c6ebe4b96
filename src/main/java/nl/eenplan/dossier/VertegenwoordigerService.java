package nl.eenplan.dossier;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pupil's court-appointed representative (curator or mentor) in the dossier: recorded and ended by the school's
 * zorgcoördinator, read by the rules that ask who acts for the pupil (nl.eenplan.opp.Instemmingsregel). A measure
 * may be set before the pupil turns 18 (BW art. 1:378 lid 2, 1:450 lid 2); the rules apply it from 18.
 */
@Service
@Transactional
public class VertegenwoordigerService {

    /** Request body: the day the measure ended. */
    public record Einde(@NotNull(message = "Vul de datum in waarop de curatele of het mentorschap eindigde (JJJJ-MM-DD).")
                        LocalDate op) {
    }

    private final VertegenwoordigerRepository vertegenwoordigers;
    private final DossierService dossiers;
    private final Clock clock;

    VertegenwoordigerService(VertegenwoordigerRepository vertegenwoordigers, DossierService dossiers, Clock clock) {
        this.vertegenwoordigers = vertegenwoordigers;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public Vertegenwoordiging legVast(String nummer, NieuweVertegenwoordiger nieuw, String door) {
        Dossier d = dossiers.vindDossier(nummer);
        if (d.getGeslotenOp() != null) {
            throw new NietMogelijkException("Dossier " + nummer + " is gesloten.");
        }
        if (lijst(nummer).stream().anyMatch(v -> v.eindeOp() == null && v.soort() == nieuw.soort())) {
            throw new OngeldigeInvoerException("soort", "Er staat al een " + nieuw.soort().omschrijving() + " bij de "
                    + "leerling; leg eerst het einde daarvan vast.");
        }
        return Vertegenwoordiging.van(vertegenwoordigers.save(new Vertegenwoordiger(nummer, nieuw.soort(),
                nieuw.naam().strip(), nieuw.beschikkingOp(), door, clock.instant())));
    }

    public Vertegenwoordiging beeindig(String nummer, Long id, Einde einde) {
        Vertegenwoordiger v = vertegenwoordigers.findById(id).filter(x -> x.getDossierNummer().equals(nummer))
                .orElseThrow(() -> new NietGevondenException("Er is geen curator of mentor " + id + " bij dossier "
                        + nummer + "."));
        if (v.getEindeOp() != null) {
            throw new NietMogelijkException("De " + v.getSoort().omschrijving() + " is al beëindigd op "
                    + v.getEindeOp() + ".");
        }
        if (!einde.op().isAfter(v.getBeschikkingOp())) {
            throw new OngeldigeInvoerException("op", "Het einde ligt na de beschikking (" + v.getBeschikkingOp() + ").");
        }
        v.beeindig(einde.op());
        return Vertegenwoordiging.van(v);
    }

    /** The pupil's representatives, past and present, in the order recorded. */
    @Transactional(readOnly = true)
    public List<Vertegenwoordiging> lijst(String nummer) {
        return vertegenwoordigers.findByDossierNummerOrderById(nummer).stream().map(Vertegenwoordiging::van).toList();
    }

    /**
     * A confirmed school change: the curator or mentor goes with the pupil, as the parents do (DossierService.neemOver):
     * the court's measure is the pupil's, not the school's. Each one, ended or not, is copied into the new school's
     * dossier unless it has that representative already (same kind and name); the old dossier keeps its own record.
     */
    @EventListener
    void gewisseld(LeerlingGewisseld w) {
        List<Vertegenwoordiger> bekend = vertegenwoordigers.findByDossierNummerOrderById(w.nieuw().dossierNummer());
        for (Vertegenwoordiger v : vertegenwoordigers.findByDossierNummerOrderById(w.oud().dossierNummer())) {
            if (bekend.stream().noneMatch(b -> b.getSoort() == v.getSoort() && b.getNaam().equalsIgnoreCase(v.getNaam()))) {
                Vertegenwoordiger kopie = new Vertegenwoordiger(w.nieuw().dossierNummer(), v.getSoort(), v.getNaam(),
                        v.getBeschikkingOp(), v.getVastgelegdDoor(), v.getVastgelegdOp());
                if (v.getEindeOp() != null) {
                    kopie.beeindig(v.getEindeOp());
                }
                vertegenwoordigers.save(kopie);
            }
        }
    }

    /** A dossier past its retention: its representatives go with it. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        vertegenwoordigers.deleteAll(vertegenwoordigers.findByDossierNummerOrderById(verwijderd.nummer()));
    }
}
