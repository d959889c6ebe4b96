package nl.eenplan.overstap;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortImportRepository extends JpaRepository<CohortImport, Long> {
}
