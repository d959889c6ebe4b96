package nl.eenplan.schoolwissel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolwisselRepository extends JpaRepository<Schoolwissel, Long> {

    /** A change of this dossier asked or done (a refused one may be asked again). */
    boolean existsByOudDossierAndStatusNot(String oudDossier, Schoolwissel.Status status);

    /** The changes a dossier was part of, as the school left or as the school that took the plan over. */
    List<Schoolwissel> findByOudDossierOrNieuwDossierOrderById(String oudDossier, String nieuwDossier);

    void deleteByOudDossier(String oudDossier);

    void deleteByNieuwDossier(String nieuwDossier);
}
