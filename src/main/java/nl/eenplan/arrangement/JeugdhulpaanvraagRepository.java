package nl.eenplan.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JeugdhulpaanvraagRepository extends JpaRepository<Jeugdhulpaanvraag, Long> {

    List<Jeugdhulpaanvraag> findByDossierNummerAndStatus(String dossierNummer, Jeugdhulpaanvraag.Status status);

    List<Jeugdhulpaanvraag> findByArrangementIdOrderById(Long arrangementId);

    List<Jeugdhulpaanvraag> findByDossierNummer(String dossierNummer);

    List<Jeugdhulpaanvraag> findByGemeenteInAndStatusInOrderById(java.util.Collection<String> gemeenten,
                                                                 java.util.Collection<Jeugdhulpaanvraag.Status> status);

    Optional<Jeugdhulpaanvraag> findByProcesInstantieId(String procesInstantieId);
}
