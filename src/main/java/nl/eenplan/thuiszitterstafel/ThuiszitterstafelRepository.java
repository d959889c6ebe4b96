package nl.eenplan.thuiszitterstafel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThuiszitterstafelRepository extends JpaRepository<Thuiszitterstafel, Long> {

    Optional<Thuiszitterstafel> findByOpenDossier(String dossierNummer);

    Optional<Thuiszitterstafel> findByProcesInstantieId(String procesInstantieId);

    List<Thuiszitterstafel> findByDossierNummerOrderById(String dossierNummer);

    List<Thuiszitterstafel> findByEigenaarInOrSchoolBrinInOrderById(Collection<String> eigenaars,
                                                                    Collection<String> scholen);
}
