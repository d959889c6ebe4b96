package nl.eenplan.leerplicht;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeerplichtEscalatieRepository extends JpaRepository<LeerplichtEscalatie, Long> {

    List<LeerplichtEscalatie> findByDossierNummerOrderById(String dossierNummer);
}
