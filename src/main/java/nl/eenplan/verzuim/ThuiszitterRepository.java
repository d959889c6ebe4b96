package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThuiszitterRepository extends JpaRepository<Thuiszitter, Long> {

    List<Thuiszitter> findByDossierNummerOrderBySinds(String dossierNummer);

    /** The signals of these dossiers at once (the LAS import reads a block of pupils in one query). */
    List<Thuiszitter> findByDossierNummerInOrderBySinds(java.util.Collection<String> dossierNummers);

    List<Thuiszitter> findByTotIsNullOrderBySinds();
}
