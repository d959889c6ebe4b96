package nl.eenplan.organisatie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GemeenteRepository extends JpaRepository<Gemeente, String> {

    Optional<Gemeente> findByNaamIgnoreCase(String naam);

    Optional<Gemeente> findByGroep(String groep);

    List<Gemeente> findAllByOrderByNaam();
}
