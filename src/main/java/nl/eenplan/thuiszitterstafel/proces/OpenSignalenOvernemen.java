package nl.eenplan.thuiszitterstafel.proces;

import nl.eenplan.thuiszitterstafel.Bron;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.verzuim.ThuiszitterGesignaleerd;
import nl.eenplan.verzuim.VerzuimService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Upgrade to the thuiszittersaanpak (issue #23, V35): thuiszitter signals raised before it existed are still open
 * (the pupil is still without education) but have no table. At the first start after the upgrade each such pupil gets
 * one, owned by the gemeente where the pupil lives, as a new signal would; an engine property records that it was done,
 * so later starts do not take signals over twice (a repeat would add a signal to the running table). Signals already
 * closed before the upgrade get no table: their pupils are back (docs/beheer.md, docs/monitor.md).
 */
@Component
class OpenSignalenOvernemen {

    /** Engine property: the open signals got their table (done once per installation). */
    static final String OVERGENOMEN = "eenplan.thuiszitterstafel.open-signalen-overgenomen";

    private final ManagementService managementService;
    private final VerzuimService verzuim;
    private final ThuiszitterstafelService tafels;

    OpenSignalenOvernemen(ManagementService managementService, VerzuimService verzuim,
                          ThuiszitterstafelService tafels) {
        this.managementService = managementService;
        this.verzuim = verzuim;
        this.tafels = tafels;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void neemOver() {
        if (managementService.getProperties().containsKey(OVERGENOMEN)) {
            return;
        }
        for (ThuiszitterGesignaleerd signaal : verzuim.openThuiszittersignalen()) {
            if (!tafels.heeftLopendeTafel(signaal.dossierNummer())) {
                tafels.meld(signaal.dossierNummer(), Bron.VERZUIMSIGNAAL, "Meer dan 4 lesweken zonder onderwijs sinds "
                        + signaal.sinds() + " (signaal van vóór de thuiszittersaanpak).", signaal.sinds());
            }
        }
        managementService.setProperty(OVERGENOMEN, "ja");
    }
}
