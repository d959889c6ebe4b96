package nl.eenplan.toelating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ToelatingRepository extends JpaRepository<Toelating, Long> {

    List<Toelating> findByDossierNummerOrderById(String dossierNummer);

    Optional<Toelating> findByProcesInstantieId(String procesInstantieId);

    List<Toelating> findByStatus(Toelating.Status status);

    void deleteByDossierNummer(String dossierNummer);
}
