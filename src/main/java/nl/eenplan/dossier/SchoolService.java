package nl.eenplan.dossier;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.eenplan.organisatie.GemeenteGeregistreerd;
import nl.eenplan.organisatie.GemeenteView;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.hibernate.Session;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of this installation; each is a tenant with its gemeente and SWV (see {@link Organisaties}). */
@Service
@Transactional
public class SchoolService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SchoolService.class);

    private final SchoolRepository scholen;
    private final Organisaties organisaties;
    private final Gemeenten gemeenten;
    private final EntityManager entityManager;

    SchoolService(SchoolRepository scholen, Organisaties organisaties, Gemeenten gemeenten,
                  EntityManager entityManager) {
        this.gemeenten = gemeenten;
        this.scholen = scholen;
        this.organisaties = organisaties;
        this.entityManager = entityManager;
    }

    /**
     * At start-up: every school is a tenant with its gemeente and SWV (adds only what is missing). A school whose gemeente
     * has no CBS code yet is named in the log: until an administrator registers it (docs/beheer.md), a report for a
     * pupil of that school without a known address stays with the school's own tenant.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void richtTenantsIn() {
        List<School> alle = scholen.findAllByOrderByNaam();
        alle.forEach(this::richtIn);
        List<String> zonderCode = alle.stream().filter(s -> s.getGemeentecode() == null).map(School::getGemeente)
                .distinct().sorted().toList();
        if (!zonderCode.isEmpty()) {
            LOG.warn("Gemeenten zonder CBS-code (registreer ze met PUT /api/gemeenten/{code} of eenplan.gemeenten): {}",
                    String.join(", ", zonderCode));
        }
    }

    /** A gemeente got its CBS code: its schools known by name only take it over. */
    @EventListener
    void gemeenteGeregistreerd(GemeenteGeregistreerd gemeente) {
        scholen.findAllByOrderByNaam().stream()
                .filter(s -> gemeente.code().equals(s.getGemeentecode())
                        || s.getGemeentecode() == null && s.getGemeente().equalsIgnoreCase(gemeente.naam()))
                .forEach(s -> s.gemeenteIs(gemeente.code(), gemeente.naam()));
    }

    @Transactional(readOnly = true)
    public List<SchoolView> lijst() {
        return scholen.findAllByOrderByNaam().stream().map(SchoolView::van).toList();
    }

    @Transactional(readOnly = true)
    public SchoolView haalOp(String brin) {
        return opBrin(brin).map(SchoolView::van)
                .orElseThrow(() -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin + "."));
    }

    /**
     * The school with this BRIN, by Hibernate's natural id: read once while its entity is in the persistence
     * context (a class upload clears that after each pupil, so there once per pupil, not per deadline).
     */
    Optional<School> opBrin(String brin) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(School.class).loadOptional(brin);
    }

    public SchoolView registreer(NieuweSchool nieuw) {
        if (scholen.existsByBrin(nieuw.brin())) {
            throw new OngeldigeInvoerException("brin", "Er is al een school met BRIN-nummer " + nieuw.brin() + ".");
        }
        School school = scholen.save(new School(nieuw.brin(), nieuw.naam(), nieuw.gemeente(),
                nieuw.samenwerkingsverband(), nieuw.regio()));
        if (nieuw.gemeentecode() != null) {
            Optional<GemeenteView> bekend = gemeenten.inInstallatie(nieuw.gemeentecode());
            if (bekend.isPresent() && !bekend.get().naam().equalsIgnoreCase(nieuw.gemeente().strip())) {
                throw new OngeldigeInvoerException("gemeentecode", nieuw.gemeentecode() + " is gemeente "
                        + bekend.get().naam() + ", niet " + nieuw.gemeente() + ".");
            }
            GemeenteView gemeente = bekend.orElseGet(() -> gemeenten.registreer(nieuw.gemeentecode(), nieuw.gemeente()));
            school.gemeenteIs(gemeente.code(), gemeente.naam());
        } else {
            gemeenten.opNaam(nieuw.gemeente()).ifPresent(g -> school.gemeenteIs(g.code(), g.naam()));
        }
        richtIn(school);
        return SchoolView.van(school);
    }

    private void richtIn(School s) {
        organisaties.richtSchoolIn(s.getBrin(), s.getNaam(), s.getGemeente(), s.getSamenwerkingsverband());
    }
}
