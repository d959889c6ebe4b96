package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VrijstellingRepository extends JpaRepository<Vrijstelling, Long> {

    List<Vrijstelling> findByDossierNummerOrderByVan(String dossierNummer);

    List<Vrijstelling> findByDossierNummerInOrderByVan(java.util.Collection<String> dossierNummers);
}
