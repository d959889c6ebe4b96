package nl.eenplan.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArrangementRepository extends JpaRepository<Arrangement, Long> {

    List<Arrangement> findByDossierNummerOrderById(String dossierNummer);

    Optional<Arrangement> findByProcesInstantieId(String procesInstantieId);
}
