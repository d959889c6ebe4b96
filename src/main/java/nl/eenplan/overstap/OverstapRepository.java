package nl.eenplan.overstap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverstapRepository extends JpaRepository<Overstap, Long> {

    /** In JPQL, not derived: Hibernate then translates it once, not on every line of a class upload. */
    @org.springframework.data.jpa.repository.Query("select o from Overstap o where o.dossierNummer = :dossierNummer "
            + "and o.schooljaar = :schooljaar")
    Optional<Overstap> findByDossierNummerAndSchooljaar(String dossierNummer, String schooljaar);

    Optional<Overstap> findByProcesInstantieId(String procesInstantieId);

    List<Overstap> findByDossierNummerOrderById(String dossierNummer);
}
