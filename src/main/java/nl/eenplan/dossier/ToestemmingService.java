package nl.eenplan.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent, the one place that answers "is consent for this scope in force for this pupil today?".
 * Consent is in force when everyone who must consent at the pupil's age today gave it and did not
 * withdraw it. Withdrawal takes effect at once and tells the running routes.
 */
@Service
@Transactional
public class ToestemmingService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToestemmingService(DossierService dossiers, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<DossierView.ToestemmingView> lijst(String nummer) {
        return dossiers.haalOp(nummer).toestemmingen();
    }

    /** Consent recorded: the consent in force, and whether this request recorded it or found it. */
    public record Gegeven(DossierView.ToestemmingView toestemming, boolean nieuw) {
    }

    /**
     * Records consent given by the parents or the pupil; refused when that person does not decide at this age. Given
     * again while it was not withdrawn, it answers the consent that is there (idempotent: no second record, the
     * first date stays).
     */
    public Gegeven geef(String nummer, NieuweToestemming nieuw) {
        Dossier d = dossiers.vindDossier(nummer);
        LocalDate dag = nieuw.gegevenOp() == null ? vandaag() : nieuw.gegevenOp();
        Set<Toestemming.GegevenDoor> nodig = Toestemmingsregel.nodig(d.getLeerling().getGeboortedatum(), dag);
        if (!nodig.contains(nieuw.gegevenDoor())) {
            throw new OngeldigeInvoerException("gegevenDoor", "Op " + dag + " geeft " + Toestemmingsregel.omschrijving(nodig)
                    + " toestemming, niet " + (nieuw.gegevenDoor() == Toestemming.GegevenDoor.OUDERS ? "de ouders" : "de leerling") + ".");
        }
        Optional<Toestemming> bestaand = actief(d, nieuw.scope(), nieuw.gegevenDoor());
        if (bestaand.isPresent()) {
            return new Gegeven(view(bestaand.get()), false);
        }
        Toestemming t = new Toestemming(nieuw.gegevenDoor(), nieuw.scope(), dag);
        d.voegToestemmingToe(t);
        // A request at the same moment that recorded the same consent first: the unique key refuses this one here.
        dossiers.bewaar(d);
        return new Gegeven(view(t), true);
    }

    /**
     * Records today's consent for a scope from everyone who must consent at the pupil's age today
     * (as ticked in the Tasklist form); parties whose consent is already there are skipped.
     */
    public void geefNodige(String nummer, Toestemming.Scope scope) {
        Dossier d = dossiers.vindDossier(nummer);
        LocalDate dag = vandaag();
        for (Toestemming.GegevenDoor wie : Toestemmingsregel.nodig(d.getLeerling().getGeboortedatum(), dag)) {
            if (actief(d, scope, wie).isEmpty()) {
                d.voegToestemmingToe(new Toestemming(wie, scope, dag));
            }
        }
        dossiers.bewaar(d);
    }

    /**
     * Withdraws consent from today on. There is one consent per scope and giver, so this ends the scope when that
     * giver is needed; routes and tasks that need the scope are told in the same transaction.
     */
    public void trekIn(String nummer, Long id) {
        Dossier d = dossiers.vindDossier(nummer);
        Toestemming t = d.getToestemmingen().stream().filter(x -> x.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Dossier " + nummer + " heeft geen toestemming " + id + "."));
        if (t.getIngetrokkenOp() != null) {
            throw new NietMogelijkException("Deze toestemming is al ingetrokken op " + t.getIngetrokkenOp() + ".");
        }
        LocalDate dag = vandaag();
        boolean wasInWerking = inWerking(d, t.getScope(), dag);
        t.trekIn(dag);
        if (wasInWerking && !inWerking(d, t.getScope(), dag)) {
            events.publishEvent(new ToestemmingIngetrokken(nummer, t.getScope()));
        }
    }

    @Transactional(readOnly = true)
    public boolean inWerking(String nummer, Toestemming.Scope scope) {
        return inWerking(dossiers.vindDossier(nummer), scope, vandaag());
    }

    /** The scopes for which consent is in force today. */
    @Transactional(readOnly = true)
    public Set<Toestemming.Scope> inWerking(String nummer) {
        Dossier d = dossiers.vindDossier(nummer);
        Set<Toestemming.Scope> scopes = EnumSet.noneOf(Toestemming.Scope.class);
        for (Toestemming.Scope s : Toestemming.Scope.values()) {
            if (inWerking(d, s, vandaag())) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    /** Who must consent today, for this pupil. */
    @Transactional(readOnly = true)
    public Set<Toestemming.GegevenDoor> nodig(String nummer) {
        return Toestemmingsregel.nodig(dossiers.vindDossier(nummer).getLeerling().getGeboortedatum(), vandaag());
    }

    /** The consent of this giver for this scope that is not withdrawn: there is at most one. */
    private static Optional<Toestemming> actief(Dossier d, Toestemming.Scope scope, Toestemming.GegevenDoor wie) {
        return d.getToestemmingen().stream().filter(t -> t.isActief() && t.zelfde(scope, wie)).findFirst();
    }

    private static DossierView.ToestemmingView view(Toestemming t) {
        return new DossierView.ToestemmingView(t.getId(), t.getGegevenDoor(), t.getScope(), t.getGegevenOp(),
                t.getIngetrokkenOp());
    }

    private static boolean inWerking(Dossier d, Toestemming.Scope scope, LocalDate dag) {
        Set<Toestemming.GegevenDoor> nodig = Toestemmingsregel.nodig(d.getLeerling().getGeboortedatum(), dag);
        return nodig.stream().allMatch(wie -> d.getToestemmingen().stream()
                .anyMatch(t -> t.getScope() == scope && t.getGegevenDoor() == wie && t.geldigOp(dag)));
    }

    /** Engine time, so the scenario tests' clock applies here too. */
    private LocalDate vandaag() {
        Instant nu = clock.instant();
        return LocalDate.ofInstant(nu, NL);
    }
}
