package nl.eenplan.dossier;

import java.util.Set;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guardians and their gezag. A change of gezag can end consent: a guardian who newly has gezag and did not consent
 * means consent for jeugdhulp is no longer complete, so the routes that needed it stop in the same transaction.
 */
@Service
@Transactional
public class GezagService {

    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final ApplicationEventPublisher events;

    GezagService(DossierService dossiers, ToestemmingService toestemmingen, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.events = events;
    }

    /** Request body: whether this guardian has gezag, and whether a court order limits what they may be told. */
    public record Gezag(Boolean gezag, Boolean informatieBeperkt) {
    }

    public DossierView.OuderView voegToe(String nummer, NieuwDossier.Ouder nieuw) {
        Dossier d = dossiers.vindDossier(nummer);
        if (d.getLeerling().getOuders().size() >= 4) {
            throw new OngeldigeInvoerException("naam", "Een leerling heeft in EenPlan ten hoogste 4 ouders of verzorgers.");
        }
        Set<Toestemming.Scope> voor = toestemmingen.inWerking(d);
        Ouder o = new Ouder(nieuw.naam().trim(), nieuw.relatie(), DossierService.blankAlsNull(nieuw.telefoon()),
                DossierService.blankAlsNull(nieuw.email()), nieuw.gezag(), Boolean.TRUE.equals(nieuw.informatieBeperkt()));
        d.getLeerling().voegOuderToe(o);
        dossiers.bewaar(d);
        toestemmingen.meldWatStopt(nummer, voor, toestemmingen.inWerking(d));
        events.publishEvent(new GezagGewijzigd(nummer));
        return DossierView.OuderView.van(o);
    }

    public DossierView.OuderView legVast(String nummer, Long ouderId, Gezag gezag) {
        if (gezag.gezag() == null) {
            throw new OngeldigeInvoerException("gezag", "Geef aan of deze ouder of voogd het gezag heeft (true of false).");
        }
        Dossier d = dossiers.vindDossier(nummer);
        Ouder o = d.getLeerling().getOuders().stream().filter(x -> x.getId().equals(ouderId)).findFirst()
                .orElseThrow(() -> new nl.eenplan.web.NietGevondenException("Dossier " + nummer
                        + " heeft geen ouder of voogd " + ouderId + "."));
        Set<Toestemming.Scope> voor = toestemmingen.inWerking(d);
        o.legGezagVast(gezag.gezag(), Boolean.TRUE.equals(gezag.informatieBeperkt()));
        toestemmingen.meldWatStopt(nummer, voor, toestemmingen.inWerking(d));
        events.publishEvent(new GezagGewijzigd(nummer));
        return DossierView.OuderView.van(o);
    }

    /** Guardians whose gezag the school has not confirmed yet (they make flows on the parents' consent wait). */
    @Transactional(readOnly = true)
    public java.util.List<DossierView.OuderView> onbekend(String nummer) {
        return dossiers.vindDossier(nummer).getLeerling().getOuders().stream().filter(o -> o.getGezag() == null)
                .map(DossierView.OuderView::van).toList();
    }
}
