package nl.eenplan.schoolwissel;

import java.util.Optional;
import nl.eenplan.arrangement.VolgendDossier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The new school's dossier after a confirmed school change of {@code oudDossier} (the last one, should there be more). */
@Component
class VolgendDossierUitSchoolwissel implements VolgendDossier {

    private final SchoolwisselRepository wissels;

    VolgendDossierUitSchoolwissel(SchoolwisselRepository wissels) {
        this.wissels = wissels;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> na(String oudDossier) {
        return wissels.findByOudDossierOrNieuwDossierOrderById(oudDossier, oudDossier).stream()
                .filter(s -> oudDossier.equals(s.getOudDossier()) && s.getStatus() == Schoolwissel.Status.BEVESTIGD)
                .map(Schoolwissel::getNieuwDossier).reduce((eerder, later) -> later);
    }
}
