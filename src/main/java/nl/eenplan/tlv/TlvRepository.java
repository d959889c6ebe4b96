package nl.eenplan.tlv;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TlvRepository extends JpaRepository<Tlv, Long> {

    List<Tlv> findByDossierNummerOrderById(String dossierNummer);

    Optional<Tlv> findByProcesInstantieId(String procesInstantieId);

    /** TLVs taken over by V38 whose process has not started yet. */
    List<Tlv> findByProcesInstantieIdIsNullAndStatus(Tlv.Status status);

    /** Claims a TLV's process start, so two nodes starting at once start it once (the other finds 0 rows). */
    @Modifying
    @Query("update Tlv t set t.procesInstantieId = '-' where t.id = ?1 and t.procesInstantieId is null")
    int claimStart(Long id);
}
