package nl.eenplan.thuiszitterstafel;

import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.verzuim.VerzuimService;
import nl.eenplan.verzuim.VerzuimgegevensVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: a table is leerplicht's and the gemeente's work on absence, so it is kept as long as the absence data
 * (5 years after uitschrijving, docs/privacy.md), also for a pupil whose table came from another source than absence,
 * and removed with it.
 */
@Component
class TafelBewaring {

    private final ThuiszitterstafelRepository tafels;
    private final VerzuimService verzuim;

    TafelBewaring(ThuiszitterstafelRepository tafels, VerzuimService verzuim) {
        this.tafels = tafels;
        this.verzuim = verzuim;
    }

    @EventListener
    @Transactional
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        if (!tafels.findByDossierNummerOrderById(verwijderd.nummer()).isEmpty()) {
            verzuim.bewaarMetVerzuim(verwijderd.nummer(), verwijderd.geslotenOp());
        }
    }

    @EventListener
    @Transactional
    void verzuimgegevensVerwijderd(VerzuimgegevensVerwijderd verwijderd) {
        tafels.deleteAll(tafels.findByDossierNummerOrderById(verwijderd.dossierNummer()));
    }
}
