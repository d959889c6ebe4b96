package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    List<Dossier> findAllByOrderByIdDesc();

    List<Dossier> findByStatusAndGeslotenOpBeforeOrderByGeslotenOp(Dossier.Status status, java.time.Instant grens,
                                                                   org.springframework.data.domain.Pageable pagina);

    List<Dossier> findByLeerlingSchoolBrinInOrderByIdDesc(java.util.Collection<String> brins);

    /** In JPQL, not derived: Hibernate then translates it once, not on every line of a class upload. */
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.leerling.bsn = :bsn order by d.id")
    List<Dossier> metBsn(String bsn, org.springframework.data.domain.Limit limiet);
}
