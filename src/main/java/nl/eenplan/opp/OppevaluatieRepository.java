package nl.eenplan.opp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OppevaluatieRepository extends JpaRepository<Oppevaluatie, Long> {

    List<Oppevaluatie> findByDossierNummerOrderById(String dossierNummer);

    /** The version an evaluation was of, renumbered with its versions (OppRepository.hernummerNegatief). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppevaluatie e set e.versie = e.versie + ?2 where e.dossierNummer = ?1")
    int hernummer(String dossierNummer, int plus);

    /** A school change: the evaluations go to the new school's dossier with their versions. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppevaluatie e set e.dossierNummer = ?2 where e.dossierNummer = ?1")
    int verplaats(String van, String naar);
}
