package nl.eenplan.verzuim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZiekmeldingRepository extends JpaRepository<Ziekmelding, Long> {

    List<Ziekmelding> findByDossierNummerOrderByVan(String dossierNummer);

    List<Ziekmelding> findByDossierNummerInOrderByVan(java.util.Collection<String> dossierNummers);

    /** Pupils with a ziekmelding still open: the nightly M@ZL check looks at them. */
    @org.springframework.data.jpa.repository.Query("select distinct z.dossierNummer from Ziekmelding z where z.tot is null")
    List<String> dossiersMetOpenZiekmelding();
}
