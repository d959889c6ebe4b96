package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluatieinbrengRepository extends JpaRepository<Evaluatieinbreng, Long> {

    List<Evaluatieinbreng> findByTaakIdOrderById(String taakId);

    List<Evaluatieinbreng> findByDossierNummer(String dossierNummer);
}
