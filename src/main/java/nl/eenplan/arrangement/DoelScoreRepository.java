package nl.eenplan.arrangement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DoelScoreRepository extends JpaRepository<DoelScore, Long> {

    List<DoelScore> findByArrangementIdOrderById(Long arrangementId);
}
