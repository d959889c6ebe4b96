package nl.eenplan.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findByBrin(String brin);

    boolean existsByBrin(String brin);

    List<School> findAllByOrderByNaam();
}
