package nl.eenplan.organisatie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolbestuurRepository extends JpaRepository<Schoolbestuur, String> {

    List<Schoolbestuur> findAllByOrderByNaam();
}
