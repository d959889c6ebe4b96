package nl.eenplan.dossier;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.eenplan.organisatie.GemeenteGeregistreerd;
import nl.eenplan.organisatie.GemeenteView;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.organisatie.Schoolbesturen;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.hibernate.Session;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
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
    private final Schoolbesturen besturen;
    private final Environment omgeving;

    SchoolService(SchoolRepository scholen, Organisaties organisaties, Gemeenten gemeenten,
                  EntityManager entityManager, Schoolbesturen besturen, Environment omgeving) {
        this.besturen = besturen;
        this.omgeving = omgeving;
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

    /**
     * Links the school to its board (bevoegd gezag): the board decides on admission to its schools and may offer a place
     * at another of them (nl.eenplan.toelating).
     */
    public SchoolView koppelAanBestuur(String brin, String bestuursnummer) {
        School school = opBrin(brin)
                .orElseThrow(() -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin + "."));
        if (besturen.inInstallatie(bestuursnummer).isEmpty()) {
            throw new OngeldigeInvoerException("bestuursnummer", "Schoolbestuur " + bestuursnummer
                    + " staat niet in EenPlan; registreer het eerst (PUT /api/schoolbesturen/" + bestuursnummer + ").");
        }
        school.bestuurIs(bestuursnummer);
        return SchoolView.van(school);
    }

    /** The schools of a board. */
    @Transactional(readOnly = true)
    public List<SchoolView> vanBestuur(String bestuursnummer) {
        return scholen.findAllByOrderByNaam().stream().filter(s -> bestuursnummer.equals(s.getBestuursnummer()))
                .map(SchoolView::van).toList();
    }

    /** A board in the configuration: its name and the BRINs of its schools. */
    public record BestuurInstelling(String naam, List<String> scholen) {
    }

    /**
     * The boards in the configuration ({@code eenplan.schoolbesturen.41234.naam} and {@code .scholen}), registered and
     * linked at every start: how an installation names its schools' boards when it upgrades (docs/beheer.md). Then the
     * log names every school still without a board: no admission can start there.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void bestuurUitConfiguratie() {
        Binder.get(omgeving).bind("eenplan.schoolbesturen", Bindable.mapOf(String.class, BestuurInstelling.class))
                .orElse(java.util.Map.of()).forEach((nummer, instelling) -> {
                    // Checked here, before the proxied call: its refusal would mark this whole transaction for rollback.
                    if (!Schoolbesturen.NUMMER.matcher(nummer.strip()).matches() || instelling.naam() == null
                            || instelling.naam().isBlank()) {
                        LOG.error("eenplan.schoolbesturen.{}: {} En vul de naam in (.naam).", nummer,
                                Schoolbesturen.NUMMER_FOUT);
                        return;
                    }
                    try {
                        besturen.registreer(nummer.strip(), instelling.naam());
                    } catch (OngeldigeInvoerException | NietGevondenException e) {
                        LOG.error("eenplan.schoolbesturen.{}: {}", nummer, e.getMessage());
                        return;
                    }
                    // Per school: one unknown BRIN does not keep the board's other schools from their board.
                    for (String brin : instelling.scholen() == null ? List.<String>of() : instelling.scholen()) {
                        try {
                            koppelAanBestuur(brin.strip(), nummer.strip());
                        } catch (OngeldigeInvoerException | NietGevondenException e) {
                            LOG.error("eenplan.schoolbesturen.{}.scholen ({}): {}", nummer, brin.strip(),
                                    e.getMessage());
                        }
                    }
                });
        List<String> zonderBestuur = scholen.findAllByOrderByNaam().stream().filter(s -> s.getBestuursnummer() == null)
                .map(School::getBrin).sorted().toList();
        if (!zonderBestuur.isEmpty()) {
            LOG.warn("Scholen zonder schoolbestuur (registreer het met PUT /api/schoolbesturen/{nummer} en "
                    + "PUT /api/scholen/{brin}/bestuur, of eenplan.schoolbesturen); daar kan geen toelating starten: {}",
                    String.join(", ", zonderBestuur));
        }
    }

    private void richtIn(School s) {
        organisaties.richtSchoolIn(s.getBrin(), s.getNaam(), s.getGemeente(), s.getSamenwerkingsverband());
    }
}
