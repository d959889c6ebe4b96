package nl.eenplan.leerplicht;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeerplichtEscalatieRepository extends JpaRepository<LeerplichtEscalatie, Long> {

    List<LeerplichtEscalatie> findByDossierNummerOrderById(String dossierNummer);

    Optional<LeerplichtEscalatie> findByProcesInstantieId(String procesInstantieId);

    /** The escalations these tenants (gemeenten by CBS code, or schools for escalations from before) own. */
    List<LeerplichtEscalatie> findByEigenaarIn(java.util.Collection<String> eigenaars);

    /** The escalations these tenants once handed over to another gemeente (the pupil moved). */
    @org.springframework.data.jpa.repository.Query("select distinct e from LeerplichtEscalatie e join e.overdrachten o "
            + "where o.van in :vans")
    List<LeerplichtEscalatie> overgedragenDoor(@org.springframework.data.repository.query.Param("vans")
                                               java.util.Collection<String> vans);
}
