package nl.eenplan.termijn;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolLesroosterRepository extends JpaRepository<SchoolLesrooster, String> {
}
