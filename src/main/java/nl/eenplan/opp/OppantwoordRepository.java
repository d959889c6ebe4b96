package nl.eenplan.opp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OppantwoordRepository extends JpaRepository<Oppantwoord, Long> {

    List<Oppantwoord> findByDossierNummerAndVersie(String dossierNummer, int versie);

    List<Oppantwoord> findByDossierNummer(String dossierNummer);

    /**
     * The version an answer was on, renumbered with its versions in two steps as OppRepository does (the unique key
     * per version and giver would refuse one update that moves a row onto a number another row still holds).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppantwoord a set a.versie = -(a.versie + ?2) where a.dossierNummer = ?1")
    int hernummerNegatief(String dossierNummer, int plus);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppantwoord a set a.versie = -a.versie where a.dossierNummer = ?1 and a.versie < 0")
    int hernummerPositief(String dossierNummer);

    /** A school change: the answers go to the new school's dossier with their versions. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Oppantwoord a set a.dossierNummer = ?2 where a.dossierNummer = ?1")
    int verplaats(String van, String naar);
}
