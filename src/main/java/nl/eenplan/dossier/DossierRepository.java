package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    List<Dossier> findAllByOrderByIdDesc();

    List<Dossier> findByStatusAndGeslotenOpBeforeOrderByGeslotenOp(Dossier.Status status, java.time.Instant grens,
                                                                   org.springframework.data.domain.Pageable pagina);

    List<Dossier> findByLeerlingSchoolBrinInOrderByIdDesc(java.util.Collection<String> brins);

    java.util.Optional<Dossier> findFirstByLeerlingBsn(String bsn);
}
