package nl.eenplan.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BesluitbezwaarRepository extends JpaRepository<Besluitbezwaar, Long> {

    Optional<Besluitbezwaar> findByArrangementId(Long arrangementId);

    List<Besluitbezwaar> findByDossierNummer(String dossierNummer);
}
