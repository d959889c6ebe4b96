package nl.eenplan.overstap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverstapRepository extends JpaRepository<Overstap, Long> {

    Optional<Overstap> findByDossierNummerAndSchooljaar(String dossierNummer, String schooljaar);

    Optional<Overstap> findByProcesInstantieId(String procesInstantieId);

    List<Overstap> findByDossierNummerOrderById(String dossierNummer);
}
