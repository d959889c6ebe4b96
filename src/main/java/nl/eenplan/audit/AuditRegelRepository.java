package nl.eenplan.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log has no update or delete. */
interface AuditRegelRepository extends Repository<AuditRegel, Long> {

    AuditRegel save(AuditRegel regel);

    List<AuditRegel> findByDossierNummerOrderByTijdstipAscIdAsc(String dossierNummer);

    List<AuditRegel> findByGebruikerOrderByTijdstipAscIdAsc(String gebruiker);

    List<AuditRegel> findTop1000ByOrderByIdDesc();
}
