package nl.eenplan.opp;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OppRepository extends JpaRepository<Oppversie, Long> {

    List<Oppversie> findByDossierNummerOrderByVersieDesc(String dossierNummer);

    Optional<Oppversie> findFirstByDossierNummerOrderByVersieDesc(String dossierNummer);
}
