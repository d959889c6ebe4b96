package nl.eenplan.dossier;

import java.util.List;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
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

    SchoolService(SchoolRepository scholen, Organisaties organisaties) {
        this.scholen = scholen;
        this.organisaties = organisaties;
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
        return scholen.findByBrin(brin).map(SchoolView::van)
                .orElseThrow(() -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin + "."));
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
