package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerlofRepository extends JpaRepository<Verlof, Long> {

    List<Verlof> findByDossierNummerOrderByVan(String dossierNummer);

    List<Verlof> findByDossierNummerInOrderByVan(java.util.Collection<String> dossierNummers);
}
