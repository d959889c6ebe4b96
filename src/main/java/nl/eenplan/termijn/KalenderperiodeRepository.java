package nl.eenplan.termijn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KalenderperiodeRepository extends JpaRepository<Kalenderperiode, Long> {

    List<Kalenderperiode> findByBrinOrderByVan(String brin);
}
