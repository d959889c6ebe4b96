package nl.eenplan.leerplicht;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeerplichtEscalatieRepository extends JpaRepository<LeerplichtEscalatie, Long> {

    List<LeerplichtEscalatie> findByDossierNummerOrderById(String dossierNummer);

    Optional<LeerplichtEscalatie> findByProcesInstantieId(String procesInstantieId);

    List<LeerplichtEscalatie> findBySchoolBrinIn(java.util.Collection<String> scholen);
}
