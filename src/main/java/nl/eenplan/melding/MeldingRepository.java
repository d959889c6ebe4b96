package nl.eenplan.melding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeldingRepository extends JpaRepository<Melding, Long> {

    /** Addressed to this user, or to one of the groups for a pupil of one of the schools (or of any school). */
    @Query("""
            select m from Melding m
            where m.ontvangerGebruiker = :gebruiker
               or (m.ontvangerGroep in :groepen and (:alleScholen = true or m.school in :scholen))
            order by m.aangemaaktOp desc, m.id desc""")
    List<Melding> voor(@Param("gebruiker") String gebruiker, @Param("groepen") Collection<String> groepen,
                       @Param("alleScholen") boolean alleScholen, @Param("scholen") Collection<String> scholen);

    List<Melding> findByTaakIdOrderById(String taakId);

    List<Melding> findByDossierNummer(String dossierNummer);
}
