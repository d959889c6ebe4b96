package nl.eenplan.groeidocument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroeidocumentRepository extends JpaRepository<Groeidocumentversie, Long> {

    List<Groeidocumentversie> findByDossierNummerOrderByVersieDesc(String dossierNummer);

    Optional<Groeidocumentversie> findByDossierNummerAndVersie(String dossierNummer, int versie);

    Optional<Groeidocumentversie> findFirstByDossierNummerOrderByVersieDesc(String dossierNummer);

    boolean existsByDossierNummerAndOpgeslagenOpGreaterThanEqual(String dossierNummer, Instant sinds);

    boolean existsByDossierNummer(String dossierNummer);
}
