package nl.eenplan.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log has no update or delete. */
interface AuditRegelRepository extends Repository<AuditRegel, Long> {

    AuditRegel save(AuditRegel regel);

    /** Every request that touched this dossier, also those that touched others with it (a list). */
    @Query("select r from AuditRegel r join r.dossiers d where d = :nummer order by r.tijdstip, r.id")
    List<AuditRegel> voorDossier(String nummer);

    List<AuditRegel> findByGebruikerOrderByTijdstipAscIdAsc(String gebruiker);

    List<AuditRegel> findTop1000ByOrderByIdDesc();
}
