package nl.eenplan.mdo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MdoRepository extends JpaRepository<Mdo, Long> {

    List<Mdo> findByDossierNummerOrderById(String dossierNummer);

    List<Mdo> findByProcesInstantieIdOrderByCyclus(String procesInstantieId);

    default Optional<Mdo> laatsteVan(String procesInstantieId) {
        List<Mdo> alle = findByProcesInstantieIdOrderByCyclus(procesInstantieId);
        return alle.isEmpty() ? Optional.empty() : Optional.of(alle.get(alle.size() - 1));
    }
}
