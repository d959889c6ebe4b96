package nl.eenplan.meldcode;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeldcodezaakRepository extends JpaRepository<Meldcodezaak, Long> {

    List<Meldcodezaak> findByDossierNummerOrderById(String dossierNummer);

    Optional<Meldcodezaak> findByProcesInstantieId(String procesInstantieId);
}
