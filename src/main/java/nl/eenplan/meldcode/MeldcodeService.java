package nl.eenplan.meldcode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.meldcode.proces.Meldcodeproces;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meldcode of a pupil: started at any moment (intake, MDO, verzuim, a signal), its steps recorded as the
 * aandachtsfunctionaris completes them, with the afwegingskader ({@link Afwegingskader}) as the one rule on reporting.
 * Who may read it is the controller's (zorgcoördinator and aandachtsfunctionaris of the school); the school check is
 * dossier.DossierToegang's.
 */
@Service
@Transactional
public class MeldcodeService {

    /** The signal of a meldcode the intake started: the intake report itself stays with the referral. */
    public static final String SIGNAAL_INTAKE = "Signalen van onveiligheid bij het intakegesprek van een aanmelding.";

    private final MeldcodezaakRepository zaken;
    private final DossierService dossiers;
    private final Meldcodeproces proces;
    private final Clock clock;

    private final ToestemmingService toestemmingen;

    MeldcodeService(MeldcodezaakRepository zaken, DossierService dossiers, Meldcodeproces proces,
                    ToestemmingService toestemmingen, Clock clock) {
        this.toestemmingen = toestemmingen;
        this.zaken = zaken;
        this.dossiers = dossiers;
        this.proces = proces;
        this.clock = clock;
    }

    /** Starts a meldcode for the pupil: the record, then process meldcode with its id. */
    public MeldcodeView start(String nummer, NieuweMeldcode nieuw, String door) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        Meldcodezaak zaak = zaken.save(new Meldcodezaak(nummer, leerling.schoolBrin(), nieuw.aanleiding(),
                nieuw.signaal().strip(), door, clock.instant()));
        zaak.gestart(proces.start(leerling, zaak.getId()));
        return zaak.alsView();
    }

    @Transactional(readOnly = true)
    public List<MeldcodeView> vanDossier(String nummer) {
        return zaken.findByDossierNummerOrderById(nummer).stream().map(Meldcodezaak::alsView).toList();
    }

    @Transactional(readOnly = true)
    public MeldcodeView haalOp(String nummer, long id) {
        return zaken.findById(id).filter(z -> z.getDossierNummer().equals(nummer)).map(Meldcodezaak::alsView)
                .orElseThrow(() -> new NietGevondenException("Meldcode " + id + " bestaat niet bij dossier " + nummer
                        + "."));
    }

    /** Step 1. */
    public void signalen(String procesInstantieId, String signalen, String door) {
        zaak(procesInstantieId).signalen(signalen, door, clock.instant());
    }

    /** Step 2. */
    public void advies(String procesInstantieId, AdviesVan van, String advies, String door) {
        zaak(procesInstantieId).advies(van, advies, door, clock.instant());
    }

    /** Step 3: held, or skipped with the reason (only when the talk would endanger the pupil's or anyone's safety). */
    public void gesprek(String procesInstantieId, boolean gevoerd, String verslag, String reden, String door) {
        if (gevoerd && verslag == null) {
            throw new OngeldigeInvoerException("verslag", "Vul het verslag van het gesprek in.");
        }
        if (!gevoerd && reden == null) {
            throw new OngeldigeInvoerException("redenNietGevoerd", "Het gesprek mag alleen achterwege blijven als het "
                    + "de veiligheid van de leerling of een ander in gevaar brengt: schrijf waarom.");
        }
        zaak(procesInstantieId).gesprek(gevoerd, gevoerd ? verslag : null, gevoerd ? null : reden, door,
                clock.instant());
    }

    /** Step 4. */
    public void gewogen(String procesInstantieId, boolean vermoeden, boolean acuut, boolean structureel, String weging,
                        String door) {
        if (!vermoeden && (acuut || structureel)) {
            throw new OngeldigeInvoerException("vermoeden", "Je geeft acute of structurele onveiligheid aan: dan is er "
                    + "een vermoeden van huiselijk geweld of kindermishandeling.");
        }
        zaak(procesInstantieId).gewogen(vermoeden, acuut, structureel, weging, door, clock.instant());
    }

    /** Step 5: the two questions, refused against the afwegingskader. */
    public void besloten(String procesInstantieId, boolean melden, boolean hulpMogelijk, String toelichting,
                         String door) {
        Meldcodezaak zaak = zaak(procesInstantieId);
        weigerBij(Afwegingskader.toetsBesluit(zaak.isAcuteOnveiligheid(), zaak.isStructureleOnveiligheid(), melden,
                hulpMogelijk));
        zaak.besloten(melden, hulpMogelijk, toelichting, door, clock.instant());
    }

    /** The report (or request for advice) to Veilig Thuis. */
    public void gemeld(String procesInstantieId, LocalDate op, Meldingsoort soort, String toelichting, String door) {
        Meldcodezaak zaak = zaak(procesInstantieId);
        weigerBij(Afwegingskader.toetsMeldingsoort(zaak.isAcuteOnveiligheid(), zaak.isStructureleOnveiligheid(),
                soort));
        zaak.gemeld(op, soort, toelichting, door);
        if (soort == Meldingsoort.MELDING) {
            // The meldrecht (Wmo 2015 art. 5.2.6): no consent; recorded with its basis like every flow.
            toestemmingen.deel(zaak.getDossierNummer(), Gegevensstroom.VEILIG_THUIS, "melding bij Veilig Thuis");
        }
    }

    /** Veilig Thuis's feedback on the report. */
    public void terugkoppeling(String procesInstantieId, LocalDate op, VervolgVeiligThuis vervolg, String tekst,
                               String door) {
        zaak(procesInstantieId).terugkoppeling(op, vervolg, tekst, door, clock.instant());
    }

    /** Help agreed instead of a report, with the date it is evaluated (null: the default term). */
    public void hulpAfgesproken(String procesInstantieId, String hulp, String metWie, LocalDate evaluatieOp,
                                String door) {
        zaak(procesInstantieId).hulpAfgesproken(hulp, metWie, evaluatieOp, door);
    }

    /** An evaluation of the help; with continuing unsafety only a report follows (afwegingsvraag 5). */
    public void geevalueerd(String procesInstantieId, Evaluatieuitkomst uitkomst, boolean onveiligheidDuurtVoort,
                            String evaluatie, LocalDate volgende, String door) {
        weigerBij(Afwegingskader.toetsEvaluatie(onveiligheidDuurtVoort, uitkomst));
        zaak(procesInstantieId).geevalueerd(new Meldcodezaak.Evaluatie(clock.instant(), door, uitkomst,
                onveiligheidDuurtVoort, evaluatie), volgende);
    }

    /** A dossier past its retention: its meldcodes go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        zaken.deleteAll(zaken.findByDossierNummerOrderById(verwijderd.nummer()));
    }

    private static void weigerBij(List<Veldfout> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private Meldcodezaak zaak(String procesInstantieId) {
        return zaken.findByProcesInstantieId(procesInstantieId).orElseThrow(() -> new IllegalStateException(
                "Geen meldcode bij procesinstantie " + procesInstantieId + "."));
    }
}
