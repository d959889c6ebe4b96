package nl.eenplan.aanmelding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AanmeldingRepository extends JpaRepository<Aanmelding, Long> {

    List<Aanmelding> findByDossierNummerOrderById(String dossierNummer);

    Optional<Aanmelding> findByProcesInstantieId(String procesInstantieId);
}
