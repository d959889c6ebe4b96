package nl.eenplan.toelating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.dossier.DossierWordtGesloten;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.SchoolView;
import nl.eenplan.engine.Klok;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.thuiszitterstafel.Bron;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.toelating.proces.Toelatingproces;
import nl.eenplan.verwijspunten.Verwijspunten;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission at a school, decided by its board within the zorgplicht (package nl.eenplan.toelating): the application,
 * the investigation, the one extension, the decision and the temporary enrolment when the term ends without one.
 */
@Service
@Transactional
public class ToelatingService {

    private static final java.time.ZoneId NL = java.time.ZoneId.of("Europe/Amsterdam");
    private static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'om' HH:mm", java.util.Locale.forLanguageTag("nl-NL"));

    private final ToelatingRepository toelatingen;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final MeldingService meldingen;
    private final Toelatingproces proces;
    private final ThuiszitterstafelService thuiszitterstafels;
    private final Verwijspunten verwijspunten;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final nl.eenplan.termijn.Termijn termijnen;
    private final nl.eenplan.organisatie.Schoolbesturen besturen;
    private final Clock clock;

    ToelatingService(ToelatingRepository toelatingen, DossierService dossiers, SchoolService scholen,
                     MeldingService meldingen, Toelatingproces proces, ThuiszitterstafelService thuiszitterstafels,
                     Verwijspunten verwijspunten, org.springframework.context.ApplicationEventPublisher events,
                     nl.eenplan.termijn.Termijn termijnen, nl.eenplan.organisatie.Schoolbesturen besturen, Clock clock) {
        this.events = events;
        this.termijnen = termijnen;
        this.besturen = besturen;
        this.toelatingen = toelatingen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.meldingen = meldingen;
        this.proces = proces;
        this.thuiszitterstafels = thuiszitterstafels;
        this.verwijspunten = verwijspunten;
        this.clock = clock;
    }

    /** What a step of the process is about, as plain facts. */
    public record Instantie(String procesInstantieId, String dossierNummer, String zorgcoordinator, String school) {
    }

    /**
     * The written application for the pupil of this dossier (the applicant's dossier at the school applied to) came in:
     * the board of that school decides. Refused (409) at a school without a board, and while an admission runs.
     */
    public ToelatingView start(String dossierNummer, NieuweToelating nieuw, String gebruiker) {
        dossiers.controleerToegang(dossierNummer);
        Routeringsgegevens r = dossiers.routeringsgegevens(dossierNummer);
        SchoolView school = scholen.haalOp(r.schoolBrin());
        if (school.bestuursnummer() == null) {
            throw new NietMogelijkException("School " + school.brin() + " heeft nog geen schoolbestuur in EenPlan: het "
                    + "bestuur beslist over toelating. Vraag de beheerder het bestuur van de school vast te leggen.");
        }
        if (nieuw.aanmeldingOntvangenOp().isAfter(Klok.vandaag(clock))) {
            throw new OngeldigeInvoerException("aanmeldingOntvangenOp",
                    "De schriftelijke aanmelding kan niet in de toekomst binnenkomen.");
        }
        if (nieuw.aanmeldingOntvangenOp().isBefore(Klok.vandaag(clock).minusWeeks(10))) {
            // The zorgplicht is at most 6 + 4 weeks: an older application's term is over, every deadline would fire at
            // once (temporary enrolment, the thuiszitterstafel) on the day it is entered.
            throw new OngeldigeInvoerException("aanmeldingOntvangenOp", "Deze aanmelding kwam meer dan 10 weken "
                    + "geleden binnen: de zorgplicht (6 weken, eenmaal 4 weken verlengd) is dan al voorbij. Is er nog "
                    + "geen besluit, dan is de leerling tijdelijk ingeschreven op uw school; leg het besluit vast zonder "
                    + "deze aanmelding opnieuw te starten, of neem contact op met het samenwerkingsverband.");
        }
        boolean loopt = toelatingen.findByDossierNummerOrderById(dossierNummer).stream()
                .anyMatch(t -> t.getStatus() == Toelating.Status.LOPEND);
        if (loopt) {
            throw new NietMogelijkException("Voor dossier " + dossierNummer + " loopt al een toelating.");
        }
        Toelating t = toelatingen.saveAndFlush(new Toelating(dossierNummer, school.brin(), school.bestuursnummer(),
                nieuw.aanmeldingOntvangenOp(), gebruiker, clock.instant()));
        t.gestart(proces.start(r, t.getId(), nieuw.aanmeldingOntvangenOp()));
        return ToelatingView.van(t);
    }

    public List<ToelatingView> vanDossier(String dossierNummer) {
        dossiers.controleerToegang(dossierNummer);
        return toelatingen.findByDossierNummerOrderById(dossierNummer).stream().map(t ->
                ToelatingView.van(t, t.getStatus() == Toelating.Status.BEEINDIGD ? hoeBeeindigd(t) : null)).toList();
    }

    /**
     * An admission's process instance was deleted by hand (Cockpit, /engine-rest) before a decision: stored at once as
     * BEEINDIGD on the day it ended, so it neither blocks a new admission nor the old school's closing, and the monitor
     * reads it from the table (engine.VerwijderdeInstanties; V45 for instances deleted before).
     */
    @EventListener
    void procesinstantieVerwijderd(nl.eenplan.engine.ProcesinstantieVerwijderd verwijderd) {
        if (!nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES.equals(verwijderd.procesDefinitieSleutel())) {
            return;
        }
        toelatingen.findByProcesInstantieId(verwijderd.procesInstantieId())
                .filter(t -> t.getStatus() == Toelating.Status.LOPEND)
                .ifPresent(t -> t.beeindigd(verwijderd.op() == null ? Klok.vandaag(clock)
                        : LocalDate.ofInstant(verwijderd.op(), NL)));
    }

    /** "Beëindigd in Cockpit door admin op 3 november 2026 om 10:00 (reden)": facts from the engine, as far as known. */
    private String hoeBeeindigd(Toelating t) {
        return proces.beeindigdBuitenEenPlan(t.getProcesInstantieId()).map(einde -> "Beëindigd in Cockpit (of via "
                + "/engine-rest)" + (einde.door() == null ? "" : " door " + einde.door())
                + (einde.op() == null ? "" : " op " + MOMENT.format(einde.op().atZone(NL)))
                + (einde.reden() == null || einde.reden().isBlank() ? "" : " (" + einde.reden() + ")") + ".")
                .orElse("Beëindigd in Cockpit (of via /engine-rest).");
    }

    // ---- the steps of process toelating

    /**
     * The zorgplicht runs until this day: 6 weeks after the written application (termijnen.dmn, toelating). By id: the
     * first step runs while the instance starts, before the admission knows its instance.
     */
    public void beslistermijn(long toelatingId, LocalDate tot) {
        toelatingen.findById(toelatingId).orElseThrow(() -> new NietGevondenException("Geen toelating " + toelatingId
                + ".")).beslistermijnIs(tot);
    }

    /** The board's investigation: does the pupil need extra support, and is an arrangement asked of the SWV. */
    public void onderzocht(String procesInstantieId, boolean extraOndersteuning, boolean arrangementAanvragen) {
        voorProces(procesInstantieId).onderzocht(extraOndersteuning, arrangementAanvragen);
    }

    /**
     * The one extension, by 4 weeks: only with the reason and the day the letter told the parents (WPO art. 40: the
     * parents are told in writing). The letter goes within the 6 weeks and not before the application.
     */
    public void verlenging(String procesInstantieId, String reden, LocalDate briefOudersOp) {
        Toelating t = voorProces(procesInstantieId);
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "Geef de reden van de verlenging: de ouders krijgen haar "
                    + "schriftelijk.");
        }
        if (briefOudersOp == null) {
            throw new OngeldigeInvoerException("briefOudersOp", "Vul de datum in waarop de ouders de brief over de "
                    + "verlenging kregen: verlengen mag alleen met schriftelijke mededeling.");
        }
        if (briefOudersOp.isBefore(t.getAanmeldingOntvangenOp()) || briefOudersOp.isAfter(Klok.vandaag(clock))) {
            throw new OngeldigeInvoerException("briefOudersOp", "De brief aan de ouders ligt tussen de aanmelding ("
                    + t.getAanmeldingOntvangenOp() + ") en vandaag.");
        }
        t.verlenging(reden.strip(), briefOudersOp);
        meldOuderbrief(t, Verwijspunten.Soort.TOELATING_VERLENGD, "Verlenging vastgelegd: de brief aan de ouders "
                + "(dossier " + t.getDossierNummer() + ")", "De verlenging met 4 weken is vastgelegd (brief aan de "
                + "ouders van " + briefOudersOp + ").");
    }

    /** The extension recorded: the term now ends on {@code tot} (termijnen.dmn, toelating / zorgplichtVerlenging). */
    public void verlengdTot(String procesInstantieId, LocalDate tot) {
        voorProces(procesInstantieId).verlengdTot(tot);
    }

    /**
     * The (extended) term ended without a decision. Without an extension the board broke the 6 weeks: the zorgcoördinator
     * hears it; the pupil is enrolled temporarily (Toelatingproces decides when).
     */
    public void termijnVerstreken(Instantie instantie, boolean verlengd) {
        Toelating t = voorProces(instantie.procesInstantieId());
        t.termijnVerstreken(Klok.vandaag(clock));
        if (!verlengd) {
            meld(instantie, "Zorgplicht: beslistermijn verstreken (dossier " + t.getDossierNummer() + ")",
                    "Het bestuur heeft niet binnen 6 weken na de schriftelijke aanmelding van " + t.getAanmeldingOntvangenOp()
                            + " over de toelating beslist en de termijn niet verlengd. De leerling wordt tijdelijk "
                            + "ingeschreven op uw school. Beslis zo snel mogelijk.");
        }
    }

    /**
     * No decision at the end of the term: the pupil is enrolled temporarily at the school applied to, until the board
     * decides. The zorgcoördinator records it in the LAS and tells the parents (the notification asks it).
     */
    public void tijdelijkIngeschreven(Instantie instantie) {
        Toelating t = voorProces(instantie.procesInstantieId());
        t.tijdelijkIngeschreven(Klok.vandaag(clock));
        meld(instantie, "Tijdelijk ingeschreven (dossier " + t.getDossierNummer() + ")",
                "Het bestuur heeft niet op tijd over de toelating beslist (aanmelding " + t.getAanmeldingOntvangenOp()
                        + "). De leerling is vanaf vandaag tijdelijk ingeschreven op uw school tot het bestuur beslist: "
                        + "schrijf de leerling in de leerlingadministratie in en laat het de ouders schriftelijk weten."
                        + verwijspunten.alineaVoorMelding(Verwijspunten.Soort.TIJDELIJK_INGESCHREVEN,
                        t.getSchoolBrin()));
        // A zorgplicht that passed without a decision means a pupil at risk of thuiszitten (domain: escalate to the SWV
        // and to leerplicht): the thuiszittersaanpak of the gemeente where the pupil lives takes it up, with the SWV.
        thuiszitterstafels.meld(t.getDossierNummer(), Bron.ZORGPLICHT, "De zorgplicht verstreek zonder besluit over de "
                + "toelating (aanmelding ontvangen op " + t.getAanmeldingOntvangenOp() + "); de leerling is tijdelijk "
                + "ingeschreven op de school van aanmelding.");
        events.publishEvent(new LeerlingIngeschreven(t.getDossierNummer(), Klok.vandaag(clock), true));
    }

    /**
     * The board's decision: admitted here, a place offered at another school (named, one EenPlan knows and not this one),
     * or refused with a reason. It ends the zorgplicht's clock.
     */
    public void besluit(String procesInstantieId, Toelating.Status besluit, String plaatsEldersBrin, String reden) {
        Toelating t = voorProces(procesInstantieId);
        String elders = null;
        String weigerreden = null;
        switch (besluit) {
            case TOEGELATEN -> { }
            case PLAATS_ELDERS -> {
                if (plaatsEldersBrin == null || plaatsEldersBrin.isBlank()) {
                    throw new OngeldigeInvoerException("plaatsElders", "Noem de school (BRIN-nummer) waar de leerling "
                            + "een plaats krijgt.");
                }
                elders = plaatsEldersBrin.strip();
                if (elders.equals(t.getSchoolBrin())) {
                    throw new OngeldigeInvoerException("plaatsElders", "Dit is de school van aanmelding: kies "
                            + "TOEGELATEN.");
                }
                try {
                    scholen.haalOp(elders);
                } catch (NietGevondenException e) {
                    throw new OngeldigeInvoerException("plaatsElders", "Er is geen school met BRIN-nummer " + elders
                            + " in EenPlan.");
                }
            }
            case GEWEIGERD -> {
                if (reden == null || reden.isBlank()) {
                    throw new OngeldigeInvoerException("reden", "Geef de reden van de weigering: de ouders krijgen "
                            + "haar schriftelijk en kunnen ertegen opkomen.");
                }
                weigerreden = reden.strip();
            }
            default -> throw new OngeldigeInvoerException("besluit", "Kies TOEGELATEN, PLAATS_ELDERS of GEWEIGERD.");
        }
        t.besloten(besluit, Klok.vandaag(clock), elders, weigerreden);
        if (besluit != Toelating.Status.TOEGELATEN) {
            // A place elsewhere is no admission here either: the parents may dispute it as a refusal.
            meldOuderbrief(t, Verwijspunten.Soort.TOELATING_GEWEIGERD, "Toelating " + (besluit == Toelating.Status
                    .GEWEIGERD ? "geweigerd" : "elders") + ": de brief aan de ouders (dossier " + t.getDossierNummer()
                    + ")", besluit == Toelating.Status.GEWEIGERD ? "Het bestuur heeft de toelating geweigerd: "
                    + weigerreden : "Het bestuur biedt de leerling een plaats op school " + elders + ".",
                    proces.heeftBesluitbrief(t.getProcesInstantieId()) ? " Leg daarna in "
                    + "de taak 'Verzending besluitbrief vastleggen' vast wanneer de brief verzonden is: de dag erna "
                    + "begint de termijn van 6 weken voor bezwaar (openbare school) of een verzoek om herziening "
                    + "(bijzondere school)." + (t.getTijdelijkIngeschrevenOp() == null ? "" : " De tijdelijke "
                    + "inschrijving loopt door tot op het bezwaar of verzoek is beslist, of de termijn ervoor "
                    + "ongebruikt voorbij is.")
                    // An admission started before V45 runs on its own version, which has no letter step.
                    : " Deze aanmelding loopt nog op een versie van vóór de besluitbrief in EenPlan: verstuur de brief "
                    + "zoals voorheen; de termijn van 6 weken voor bezwaar of een verzoek om herziening begint de dag "
                    + "na verzending en loopt buiten EenPlan om.");
        }
        // Admitted: enrolled here (a temporary enrolment was announced when it happened); a place elsewhere is that
        // school's enrolment, with its own dossier.
        if (besluit == Toelating.Status.TOEGELATEN && t.getTijdelijkIngeschrevenOp() == null) {
            events.publishEvent(new LeerlingIngeschreven(t.getDossierNummer(), Klok.vandaag(clock), false));
        }
    }

    // ---- after a refusal: the letter, the parents' objection or request for herziening, the board's decision on it

    /**
     * Task besluitbrief: the day the board's letter with the refusal (or the place elsewhere) was sent or handed to the
     * parents, by whom and how (termijn.Besluitbrief: not in the future, not before the decision). Returns the last day
     * of the parents' 6 weeks, from the day after (Awb art. 6:7, 6:8; WPO art. 63 counted alike: Bezwaarregel).
     */
    public LocalDate besluitbrief(String procesInstantieId, LocalDate verzondenOp, String door,
                                  nl.eenplan.termijn.Verzendwijze wijze) {
        Toelating t = voorProces(procesInstantieId);
        nl.eenplan.termijn.Besluitbrief.controleer(verzondenOp, t.getBeslotenOp(), Klok.vandaag(clock));
        LocalDate laatsteDag = termijnen.bezwaartermijnLaatsteDag(t.getSchoolBrin(), null, verzondenOp);
        t.besluitbrief(verzondenOp, door.strip(), wijze, laatsteDag);
        return laatsteDag;
    }

    /**
     * The parents' objection (openbare school) or request for herziening (bijzondere school) against the refusal, as the
     * school registers it for the board: from the parents only, not in the future, in time (termijn.Bezwaartermijn: the
     * 6 weeks from the day after the letter, or posted by then and in within a week). Which of the two it is follows
     * from the board (Bezwaarregel). The process goes on to the board's decision on it.
     */
    public ToelatingView bezwaar(long id, NieuwBezwaar bezwaar) {
        Toelating t = toelatingen.findById(id).orElseThrow(() -> new NietGevondenException("Geen toelating " + id + "."));
        dossiers.controleerToegang(t.getDossierNummer());
        if (bezwaar.ingediendDoor() != NieuwBezwaar.Indiener.OUDERS) {
            throw new OngeldigeInvoerException("ingediendDoor", "Alleen de ouders kunnen bezwaar maken of om herziening "
                    + "vragen tegen dit besluit over hun kind; een bezwaar van de school of een ander registreert EenPlan "
                    + "niet.");
        }
        LocalDate vandaag = Klok.vandaag(clock);
        if (bezwaar.ontvangenOp().isAfter(vandaag)) {
            throw new OngeldigeInvoerException("ontvangenOp", "Het bezwaar of verzoek kan niet in de toekomst "
                    + "binnengekomen zijn.");
        }
        if (bezwaar.perPostVerzondenOp() != null && bezwaar.perPostVerzondenOp().isAfter(bezwaar.ontvangenOp())) {
            throw new OngeldigeInvoerException("perPostVerzondenOp", "Een brief kan niet verzonden zijn na de dag "
                    + "waarop hij binnenkwam.");
        }
        if (t.getBezwaartermijnTot() == null && t.getBesluitbriefOp() == null
                && (t.getStatus() == Toelating.Status.GEWEIGERD || t.getStatus() == Toelating.Status.PLAATS_ELDERS)
                && !proces.loopt(t.getProcesInstantieId())) {
            // Started before V45: that model version ended at the decision, without the letter step.
            throw new NietMogelijkException("Deze toelating liep op een eerdere versie van het proces, zonder de stap "
                    + "'Verzending besluitbrief vastleggen': EenPlan kent de dag van de brief niet en registreert er "
                    + "geen bezwaar of verzoek om herziening voor. Leg het buiten EenPlan vast; het bestuur beslist "
                    + "erop binnen de wettelijke termijn (docs/processen/toelating.md).");
        }
        if (t.getBezwaartermijnTot() == null) {
            throw new NietMogelijkException("Er loopt geen termijn voor bezwaar of herziening bij deze toelating: "
                    + "alleen na een weigering of een plaats elders, vanaf de dag na verzending van de besluitbrief.");
        }
        if (bezwaar.ontvangenOp().isBefore(t.getBesluitbriefOp())) {
            throw new OngeldigeInvoerException("ontvangenOp", "Het bezwaar of verzoek kan niet binnengekomen zijn vóór "
                    + "de besluitbrief (" + t.getBesluitbriefOp() + ").");
        }
        if (!nl.eenplan.termijn.Bezwaartermijn.tijdig(t.getBezwaartermijnTot(), bezwaar.ontvangenOp(),
                bezwaar.perPostVerzondenOp())) {
            throw new OngeldigeInvoerException("ontvangenOp", "Het bezwaar of verzoek kwam te laat binnen: de termijn "
                    + "liep tot en met " + t.getBezwaartermijnTot() + " (6 weken vanaf de dag na verzending van de "
                    + "besluitbrief, Awb art. 6:7 en 6:8; WPO art. 63). Een per post verzonden brief telt als die "
                    + "uiterlijk op die dag verzonden is en binnen een week daarna binnenkwam (Awb art. 6:9).");
        }
        Toelating.Rechtsmiddel rechtsmiddel = Bezwaarregel.rechtsmiddel(besturen.inInstallatie(t.getBestuursnummer())
                .map(nl.eenplan.organisatie.SchoolbestuurView::denominatie).orElse(null));
        if (t.getBezwaarOntvangenOp() != null) {
            throw new NietMogelijkException("Bij deze toelating is al een " + Bezwaarregel.naam(t.getRechtsmiddel())
                    + " geregistreerd (ontvangen op " + t.getBezwaarOntvangenOp() + ").");
        }
        t.bezwaarOntvangen(rechtsmiddel, bezwaar.ontvangenOp());
        if (!proces.bezwaar(t.getProcesInstantieId())) {
            throw new NietMogelijkException("Er loopt geen termijn voor bezwaar of herziening bij deze toelating.");
        }
        return ToelatingView.van(t);
    }

    /** The admission of this instance, for the step that sets the board's term on the objection. */
    @Transactional(readOnly = true)
    public Toelating voorBezwaar(String procesInstantieId) {
        return voorProces(procesInstantieId);
    }

    /** The board decides on the objection or request by this day (Bezwaarregel). */
    public void bezwaarBeslistermijn(String procesInstantieId, LocalDate tot) {
        voorProces(procesInstantieId).bezwaarBeslistermijn(tot);
    }

    /**
     * Task bezwaarBeslissen: gegrond (the board decides again: task opnieuwBesluiten), ongegrond or withdrawn. Not while
     * the Geschillencommissie's oordeel is awaited (WPO art. 43 lid 4: 409, also for an instance on a model from before
     * the pause); after an oordeel the decision says what the board does with it (Besluit bekostiging WPO art. 34.9
     * lid 8): the toelichting, required then.
     */
    public void bezwaarBeslist(String procesInstantieId, Toelating.Bezwaaruitkomst uitkomst, String toelichting) {
        Toelating t = voorProces(procesInstantieId);
        if (t.wachtOpOordeel()) {
            throw new NietMogelijkException("De ouders hebben het geschil op " + t.getGeschillencommissieOp()
                    + " aan de Geschillencommissie passend onderwijs voorgelegd: het bestuur beslist pas op het "
                    + Bezwaarregel.naam(t.getRechtsmiddel()) + " na haar oordeel (WPO art. 43 lid 4). Leg eerst het "
                    + "oordeel vast.");
        }
        String gevolg = null;
        if (t.getGeschillencommissieOordeel() != null) {
            if (toelichting == null || toelichting.isBlank()) {
                throw new OngeldigeInvoerException("toelichting", "De Geschillencommissie oordeelde het geschil "
                        + (t.getGeschillencommissieOordeel() == Toelating.Oordeel.GEGROND ? "gegrond" : "ongegrond")
                        + ": zeg in de toelichting wat het bestuur met dat oordeel doet (Besluit bekostiging WPO art. "
                        + "34.9 lid 8).");
            }
            gevolg = toelichting.strip();
        }
        t.bezwaarBeslist(uitkomst, Klok.vandaag(clock), gevolg);
    }

    /**
     * The parents took the refusal (or the place elsewhere) to the Geschillencommissie passend onderwijs (WPO art. 43),
     * as the school records it for the board: once, after the decision, not in the future. While its oordeel is awaited
     * the board does not decide on the objection (lid 4): a running decision task stops, with its reminder and
     * escalation, and comes back with the term moved on by the days it stood still (Bezwaarregel.naOordeel).
     */
    public ToelatingView naarGeschillencommissie(long id, NaarGeschillencommissie invoer) {
        Toelating t = toelatingen.findById(id).orElseThrow(() -> new NietGevondenException("Geen toelating " + id + "."));
        dossiers.controleerToegang(t.getDossierNummer());
        if (t.getStatus() != Toelating.Status.GEWEIGERD && t.getStatus() != Toelating.Status.PLAATS_ELDERS) {
            throw new NietMogelijkException("Alleen een weigering (of een plaats op een andere school) kunnen de ouders "
                    + "aan de Geschillencommissie passend onderwijs voorleggen; deze toelating is " + t.getStatus()
                    .name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        if (t.getGeschillencommissieOp() != null) {
            throw new NietMogelijkException("Bij deze toelating staat al vast dat de ouders op "
                    + t.getGeschillencommissieOp() + " naar de Geschillencommissie gingen.");
        }
        if (t.getBezwaarBeslotenOp() != null) {
            throw new NietMogelijkException("Het bestuur heeft al op het " + Bezwaarregel.naam(t.getRechtsmiddel())
                    + " beslist (" + t.getBezwaarBeslotenOp() + "): er is geen beslistermijn meer om te pauzeren. "
                    + "Het oordeel van de commissie volgt buiten deze toelating.");
        }
        if (invoer.voorgelegdOp().isAfter(Klok.vandaag(clock))) {
            throw new OngeldigeInvoerException("voorgelegdOp", "De ouders kunnen het geschil niet in de toekomst "
                    + "voorgelegd hebben.");
        }
        if (invoer.voorgelegdOp().isBefore(t.getBeslotenOp())) {
            throw new OngeldigeInvoerException("voorgelegdOp", "Het geschil kan niet vóór het besluit ("
                    + t.getBeslotenOp() + ") aan de commissie voorgelegd zijn.");
        }
        t.naarGeschillencommissie(invoer.voorgelegdOp());
        // Deciding now: the task stops (no reminder, no escalation) until the oordeel. Not yet deciding (no objection
        // yet, or the letter still to go): the process waits when the objection comes in.
        proces.naarGeschillencommissie(t.getProcesInstantieId());
        return ToelatingView.van(t);
    }

    /**
     * The commission's oordeel (WPO art. 43 lid 3: within 10 weeks): gegrond or ongegrond, on a day between the parents'
     * going and today; once. The board's term resumes (a waiting process goes back to task bezwaarBeslissen).
     */
    public ToelatingView oordeel(long id, OordeelGeschillencommissie invoer) {
        Toelating t = toelatingen.findById(id).orElseThrow(() -> new NietGevondenException("Geen toelating " + id + "."));
        dossiers.controleerToegang(t.getDossierNummer());
        if (t.getGeschillencommissieOp() == null) {
            throw new NietMogelijkException("Leg eerst vast wanneer de ouders het geschil aan de Geschillencommissie "
                    + "voorlegden.");
        }
        if (t.getGeschillencommissieOordeelOp() != null) {
            throw new NietMogelijkException("Het oordeel van de Geschillencommissie staat al vast ("
                    + t.getGeschillencommissieOordeelOp() + ").");
        }
        if (invoer.oordeelOp().isAfter(Klok.vandaag(clock))) {
            throw new OngeldigeInvoerException("oordeelOp", "Het oordeel kan niet in de toekomst liggen.");
        }
        if (invoer.oordeelOp().isBefore(t.getGeschillencommissieOp())) {
            throw new OngeldigeInvoerException("oordeelOp", "Het oordeel kan niet vóór het voorleggen van het geschil ("
                    + t.getGeschillencommissieOp() + ") liggen.");
        }
        t.oordeel(invoer.oordeel(), invoer.oordeelOp());
        proces.oordeel(t.getProcesInstantieId());
        return ToelatingView.van(t);
    }

    /**
     * After the oordeel the board's term resumes: moved on by the days it stood still (Bezwaarregel.naOordeel). Returns
     * the new last day.
     */
    public LocalDate beslistermijnHervat(String procesInstantieId) {
        Toelating t = voorProces(procesInstantieId);
        LocalDate tot = Bezwaarregel.naOordeel(t.getBezwaarBeslistermijn(), t.getBezwaarOntvangenOp(),
                t.getGeschillencommissieOp(), t.getGeschillencommissieOordeelOp());
        t.bezwaarBeslistermijn(tot);
        return tot;
    }

    /**
     * No uitschrijving before enrolment elsewhere: a dossier of this pupil (by BSN) at another school does not close
     * while an admission runs that has not yet enrolled or placed the pupil. The old school keeps the pupil until then.
     */
    @EventListener
    void dossierWordtGesloten(DossierWordtGesloten gesloten) {
        if (wachtOpToelatingElders(gesloten.dossierNummer())) {
            throw new NietMogelijkException("De leerling is aangemeld bij een andere school, die nog niet over de "
                    + "toelating heeft beslist. Schrijf de leerling niet uit en sluit het dossier niet voordat de "
                    + "leerling elders is ingeschreven (de zorgplicht van het nieuwe bestuur loopt nog).");
        }
    }

    /**
     * Whether the pupil of this dossier (by BSN) has an admission running at another school that has not yet enrolled or
     * placed the pupil: then the dossier does not close (no uitschrijving before enrolment elsewhere).
     */
    @Transactional(readOnly = true)
    public boolean wachtOpToelatingElders(String dossierNummer) {
        Leerlingidentiteit oud = dossiers.identiteit(dossierNummer);
        if (oud.bsn() == null) {
            return false;
        }
        List<Toelating> lopend = toelatingen.findByStatus(Toelating.Status.LOPEND).stream()
                .filter(t -> !t.ingeschrevenOfGeplaatst() && !t.getSchoolBrin().equals(oud.schoolBrin())).toList();
        if (lopend.isEmpty()) {
            return false;
        }
        Map<String, Leerlingidentiteit> aanmelders = dossiers.identiteiten(
                lopend.stream().map(Toelating::getDossierNummer).toList());
        // An admission whose instance was deleted by hand is BEEINDIGD, no longer LOPEND: it does not hold the pupil.
        return lopend.stream().anyMatch(t -> {
            Leerlingidentiteit nieuw = aanmelders.get(t.getDossierNummer());
            return nieuw != null && oud.bsn().equals(nieuw.bsn());
        });
    }

    /**
     * An objection (or request for review) the parents lodged against this school board's admission decision for the
     * pupil of this dossier that is not decided yet (its process runs in this school's tenant). A school change waits
     * for it (nl.eenplan.schoolwissel): an objection never ends silently. The description, or empty.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> lopendBezwaar(String dossierNummer) {
        return toelatingen.findByDossierNummerOrderById(dossierNummer).stream()
                .filter(t -> t.getStatus() != Toelating.Status.BEEINDIGD && t.getBezwaarOntvangenOp() != null
                        && t.getBezwaarUitkomst() == null)
                .findFirst().map(t -> "het bezwaar van de ouders tegen het besluit over de toelating (ontvangen op "
                        + t.getBezwaarOntvangenOp() + ")");
    }

    /** A dossier past its retention: its admissions go with it. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        toelatingen.deleteByDossierNummer(verwijderd.nummer());
    }

    private Toelating voorProces(String procesInstantieId) {
        return toelatingen.findByProcesInstantieId(procesInstantieId).orElseThrow(() -> new NietGevondenException(
                "Geen toelating bij procesinstantie " + procesInstantieId + "."));
    }

    /**
     * Asks the pupil's zorgcoördinator to tell the parents in writing, with what the letter must contain: the referral
     * points for this decision (verwijspunten.Verwijspunten, for the SWV of the school applied to).
     */
    private void meldOuderbrief(Toelating t, Verwijspunten.Soort soort, String onderwerp, String wat) {
        meldOuderbrief(t, soort, onderwerp, wat, "");
    }

    private void meldOuderbrief(Toelating t, Verwijspunten.Soort soort, String onderwerp, String wat, String daarna) {
        String zorgcoordinator = dossiers.identiteit(t.getDossierNummer()).zorgcoordinator();
        if (zorgcoordinator == null) {
            return;
        }
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator, onderwerp, wat
                + " Laat het de ouders schriftelijk weten." + daarna + verwijspunten.alineaVoorMelding(soort,
                t.getSchoolBrin()),
                t.getDossierNummer(), null));
    }

    private void meld(Instantie instantie, String onderwerp, String tekst) {
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, instantie.zorgcoordinator(), onderwerp,
                tekst, instantie.dossierNummer(), null));
    }
}
