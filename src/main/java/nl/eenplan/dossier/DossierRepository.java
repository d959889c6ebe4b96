package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    List<Dossier> findAllByOrderByIdDesc();

    List<Dossier> findByStatusAndGeslotenOpBeforeOrderByGeslotenOp(Dossier.Status status, java.time.Instant grens,
                                                                   org.springframework.data.domain.Pageable pagina);

    List<Dossier> findByLeerlingSchoolBrinInOrderByIdDesc(java.util.Collection<String> brins);

    /** The open dossier of a pupil at a school (see Dossier.sleutel). In JPQL, translated once for a class upload. */
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.openSleutel = :sleutel")
    java.util.Optional<Dossier> open(String sleutel);
}
