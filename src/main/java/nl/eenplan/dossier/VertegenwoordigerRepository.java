package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VertegenwoordigerRepository extends JpaRepository<Vertegenwoordiger, Long> {

    List<Vertegenwoordiger> findByDossierNummerOrderById(String dossierNummer);
}
