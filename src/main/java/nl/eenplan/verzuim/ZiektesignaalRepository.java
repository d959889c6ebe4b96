package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZiektesignaalRepository extends JpaRepository<Ziektesignaal, Long> {

    List<Ziektesignaal> findByDossierNummer(String dossierNummer);
}
