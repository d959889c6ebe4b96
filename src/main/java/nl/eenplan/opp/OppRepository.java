package nl.eenplan.opp;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OppRepository extends JpaRepository<Oppversie, Long> {

    List<Oppversie> findByDossierNummerOrderByVersieDesc(String dossierNummer);

    Optional<Oppversie> findFirstByDossierNummerOrderByVersieDesc(String dossierNummer);

    /**
     * Renumbers a dossier's versions by {@code plus} in two statements: a unique (dossier, versie) is checked per row,
     * so the numbers pass through negatives, which no version has.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppversie v set v.versie = -(v.versie + ?2) where v.dossierNummer = ?1")
    int hernummerNegatief(String dossierNummer, int plus);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppversie v set v.versie = -v.versie where v.dossierNummer = ?1 and v.versie < 0")
    int hernummerPositief(String dossierNummer);

    /** A school change: the versions go to the new school's dossier. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppversie v set v.dossierNummer = ?2 where v.dossierNummer = ?1")
    int verplaats(String van, String naar);
}
