package nl.eenplan.aanmelding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AanmeldingRepository extends JpaRepository<Aanmelding, Long> {

    List<Aanmelding> findByDossierNummerOrderById(String dossierNummer);

    Optional<Aanmelding> findByProcesInstantieId(String procesInstantieId);

    /** The concern with these categories, urgency and signs of unsafety whose referral may still run. */
    @org.springframework.data.jpa.repository.Query("select a from Aanmelding a where a.dossierNummer = :dossierNummer "
            + "and a.categorieen = :categorieen and a.urgentie = :urgentie and a.signalenOnveiligheid = :onveilig "
            + "and a.lopend = true")
    Optional<Aanmelding> lopend(String dossierNummer, String categorieen, Urgentie urgentie, boolean onveilig);
}
