package nl.eenplan.verzuim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerzuimmeldingRepository extends JpaRepository<Verzuimmelding, Long> {

    List<Verzuimmelding> findByDossierNummerOrderById(String dossierNummer);

    Optional<Verzuimmelding> findByProcesInstantieId(String procesInstantieId);
}
