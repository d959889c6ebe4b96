package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerzuimdagRepository extends JpaRepository<Verzuimdag, Long> {

    List<Verzuimdag> findByDossierNummerOrderByDatum(String dossierNummer);
}
