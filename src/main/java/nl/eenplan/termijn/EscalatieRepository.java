package nl.eenplan.termijn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalatieRepository extends JpaRepository<Escalatie, Long> {

    List<Escalatie> findByProcesInstantieIdOrderById(String procesInstantieId);

    java.util.List<Escalatie> findByDossierNummer(String dossierNummer);
}
