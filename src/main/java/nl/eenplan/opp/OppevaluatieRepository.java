package nl.eenplan.opp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OppevaluatieRepository extends JpaRepository<Oppevaluatie, Long> {

    List<Oppevaluatie> findByDossierNummerOrderById(String dossierNummer);
}
