package nl.eenplan.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnqueteantwoordRepository extends JpaRepository<Enqueteantwoord, Long> {

    Optional<Enqueteantwoord> findByArrangementIdAndGeverSleutel(Long arrangementId, String geverSleutel);

    List<Enqueteantwoord> findByDossierNummer(String dossierNummer);
}
