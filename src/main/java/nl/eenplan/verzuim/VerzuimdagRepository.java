package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerzuimdagRepository extends JpaRepository<Verzuimdag, Long> {

    List<Verzuimdag> findByDossierNummerOrderByDatum(String dossierNummer);

    /** The days of these dossiers at once (the LAS import reads a block of pupils in one query). */
    List<Verzuimdag> findByDossierNummerInOrderByDatum(java.util.Collection<String> dossierNummers);

    /** Every registered day from {@code van} to {@code tot}, of every school (a calendar change of one school). */
    List<Verzuimdag> findByDatumBetweenOrderByDossierNummerAscDatumAsc(java.time.LocalDate van, java.time.LocalDate tot);
}
