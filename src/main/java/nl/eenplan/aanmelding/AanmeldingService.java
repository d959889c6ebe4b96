package nl.eenplan.aanmelding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.eenplan.aanmelding.proces.Aanmeldingproces;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.verzuim.VerzuimRegistratie;
import nl.eenplan.verzuim.VerzuimService;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral: records a concern in the dossier and starts process "aanmelding" for it; keeps the
 * intake report and the route triage chose. Engine-free: the process's side is {@link Aanmeldingproces} and the
 * steps in package {@code proces}, which call this with plain values.
 */
@Service
@Transactional
public class AanmeldingService {

    /** A dossier past its retention: its referrals go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        aanmeldingen.deleteAll(aanmeldingen.findByDossierNummerOrderById(verwijderd.nummer()));
    }

    private final Aanmeldingproces proces;
    private final MeldingService meldingen;
    private final DossierService dossiers;
    private final AanmeldingRepository aanmeldingen;
    private final VerzuimService verzuim;
    private final Clock clock;

    AanmeldingService(Aanmeldingproces proces, MeldingService meldingen, DossierService dossiers,
                      AanmeldingRepository aanmeldingen, VerzuimService verzuim, Clock clock) {
        this.clock = clock;
        this.proces = proces;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.aanmeldingen = aanmeldingen;
        this.verzuim = verzuim;
    }

    /**
     * Records the concern and starts process "aanmelding" with the dossier number as business key. The
     * process carries ids and routing facts (categories, urgency); what the school tried stays here.
     * Absence hours given with category VERZUIM go through the verzuim rules.
     * <p>
     * The same concern again (same pupil, categories, urgency and answer on signs of unsafety) while its referral
     * still runs is that referral: nothing new is recorded or started. Absence hours sent with it are registered as
     * with /verzuim (the same days again change nothing), so no hours get lost.
     */
    public Gemeld start(String dossierNummer, NieuweAanmelding nieuw, String gemeldDoor) {
        Routeringsgegevens r = dossiers.routeringsgegevens(dossierNummer);
        boolean metVerzuim = nieuw.verzuim() != null && !nieuw.verzuim().isEmpty();
        if (metVerzuim && !nieuw.categorieen().contains(Categorie.VERZUIM)) {
            throw new OngeldigeInvoerException("verzuim", "Verzuimuren horen bij categorie VERZUIM; kies die ook.");
        }
        Optional<Aanmelding> zelfde = aanmeldingen.lopend(dossierNummer, Aanmelding.categorieen(nieuw.categorieen()),
                nieuw.urgentie(), Boolean.TRUE.equals(nieuw.signalenOnveiligheid()));
        if (zelfde.isPresent()) {
            Aanmelding a = zelfde.get();
            if (proces.loopt(a.getProcesInstantieId())) {
                if (metVerzuim) {
                    registreerVerzuim(dossierNummer, nieuw, gemeldDoor);
                }
                return new Gemeld(new AanmeldingGestart(dossierNummer, a.getId(), a.getProcesInstantieId()), false);
            }
            // Its referral ended: the concern may be signalled anew. Written first, so the new one fits the unique key.
            a.afgelopen();
            aanmeldingen.flush();
        }
        // A request at the same moment that recorded the same concern first: the unique key refuses this one here.
        Aanmelding aanmelding = aanmeldingen.saveAndFlush(new Aanmelding(dossierNummer, nieuw, gemeldDoor, nu()));
        if (metVerzuim) {
            registreerVerzuim(dossierNummer, nieuw, gemeldDoor);
        }
        String instantie = proces.start(r, aanmelding.getId(), gemeldDoor, nieuw.urgentie(),
                aanmelding.isEerdereOndersteuning(), aanmelding.isSignalenOnveiligheid(), nieuw.categorieen());
        aanmelding.gestart(instantie);
        return new Gemeld(new AanmeldingGestart(r.dossierNummer(), aanmelding.getId(), instantie), true);
    }

    private void registreerVerzuim(String dossierNummer, NieuweAanmelding nieuw, String gemeldDoor) {
        try {
            verzuim.registreer(dossierNummer, new VerzuimRegistratie(nieuw.verzuim()), gemeldDoor);
        } catch (OngeldigeInvoerException e) {
            // Same checks as /verzuim, named after this request's field.
            throw new OngeldigeInvoerException(e.getFouten().stream()
                    .map(f -> new Veldfout(f.veld().replaceFirst("^dagen", "verzuim"), f.melding())).toList());
        }
    }

    @Transactional(readOnly = true)
    public List<AanmeldingView> vanDossier(String dossierNummer) {
        dossiers.routeringsgegevens(dossierNummer);
        return aanmeldingen.findByDossierNummerOrderById(dossierNummer).stream().map(AanmeldingView::van).toList();
    }

    /** Task intake: the report goes into the dossier. */
    public void intakeGedaan(String procesInstantieId, String verslag, String door) {
        vanProces(procesInstantieId).intakeGedaan(verslag, door, nu());
    }

    /** Step routeVastleggen: the route triage chose, with why. */
    public void routeGekozen(String procesInstantieId, Route route, String toelichting) {
        vanProces(procesInstantieId).routeGekozen(route, toelichting);
    }

    /**
     * Step zorgcoordinatorInformeren: consent for {@code nodigeToestemming} (a Toestemming.Scope) was withdrawn and
     * the route stopped; recorded on the concern, and the zorgcoördinator is told.
     */
    public void routeGestopt(String procesInstantieId, String dossierNummer, String zorgcoordinator, String route,
                             String nodigeToestemming) {
        String scope = nodigeToestemming.toLowerCase().replace('_', ' ');
        String reden = "Toestemming voor " + scope + " is ingetrokken; de route '" + route + "' is gestopt.";
        vanProces(procesInstantieId).routeGestopt(reden, nu());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator,
                "Route gestopt: toestemming ingetrokken (dossier " + dossierNummer + ")",
                reden + " Er worden geen gegevens meer gedeeld. Bespreek met ouders en leerling hoe verder.",
                dossierNummer, null));
    }

    private Aanmelding vanProces(String procesInstantieId) {
        return aanmeldingen.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen aanmelding bij procesinstantie " + procesInstantieId));
    }

    /** Engine time, so the scenario tests' clock applies here too. */
    private Instant nu() {
        return clock.instant();
    }

    /** Answer to a started referral: which dossier, which concern, which process instance. */
    public record AanmeldingGestart(String dossierNummer, Long aanmeldingId, String procesInstantieId) {
    }

    /** The referral of a concern, and whether this request started it or found it running. */
    public record Gemeld(AanmeldingGestart aanmelding, boolean nieuw) {
    }
}
