package nl.eenplan.verzuim;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerzuimbewaringRepository extends JpaRepository<Verzuimbewaring, String> {

    List<Verzuimbewaring> findByBewarenTotBefore(LocalDate dag);
}
