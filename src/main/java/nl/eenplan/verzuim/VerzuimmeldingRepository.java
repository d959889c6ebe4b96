package nl.eenplan.verzuim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerzuimmeldingRepository extends JpaRepository<Verzuimmelding, Long> {

    List<Verzuimmelding> findByDossierNummerOrderById(String dossierNummer);

    /** The reports of these dossiers at once (the LAS import reads a block of pupils in one query). */
    List<Verzuimmelding> findByDossierNummerInOrderById(java.util.Collection<String> dossierNummers);

    Optional<Verzuimmelding> findByProcesInstantieId(String procesInstantieId);
}
