package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThuiszitterRepository extends JpaRepository<Thuiszitter, Long> {

    List<Thuiszitter> findByDossierNummerOrderBySinds(String dossierNummer);

    List<Thuiszitter> findByTotIsNullOrderBySinds();
}
