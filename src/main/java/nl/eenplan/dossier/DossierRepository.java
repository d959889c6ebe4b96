package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    List<Dossier> findAllByOrderByIdDesc();

    java.util.Optional<Dossier> findFirstByLeerlingBsn(String bsn);
}
