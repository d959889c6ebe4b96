package nl.eenplan.dossier;

import org.springframework.data.jpa.repository.JpaRepository;

interface AfspraakRepository extends JpaRepository<Afspraak, Long> {
}
