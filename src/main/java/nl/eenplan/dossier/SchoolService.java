package nl.eenplan.dossier;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
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

    private final SchoolRepository scholen;
    private final Organisaties organisaties;
    private final EntityManager entityManager;

    SchoolService(SchoolRepository scholen, Organisaties organisaties, EntityManager entityManager) {
        this.scholen = scholen;
        this.organisaties = organisaties;
        this.entityManager = entityManager;
    }

    /** At start-up: every school is a tenant with its gemeente and SWV (adds only what is missing). */
    @EventListener(ApplicationStartedEvent.class)
    public void richtTenantsIn() {
        scholen.findAllByOrderByNaam().forEach(this::richtIn);
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
        richtIn(school);
        return SchoolView.van(school);
    }

    private void richtIn(School s) {
        organisaties.richtSchoolIn(s.getBrin(), s.getNaam(), s.getGemeente(), s.getSamenwerkingsverband());
    }
}
