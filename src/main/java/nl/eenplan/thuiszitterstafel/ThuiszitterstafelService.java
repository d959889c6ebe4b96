package nl.eenplan.thuiszitterstafel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.Escalatieroute;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.thuiszitterstafel.proces.Thuiszitterstafelproces;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thuiszittersaanpak (issue #23): one table per pupil at a time, owned by the gemeente where the pupil lives, with
 * a plan, a date and a person with doorzettingsmacht. Records everything of the table here (table thuiszitterstafel),
 * starts and steers process {@code thuiszitterstafel} through {@link Thuiszitterstafelproces}.
 */
@Service
@Transactional
public class ThuiszitterstafelService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));

    /** Why a table escalates to the person with doorzettingsmacht. */
    public enum Aanleiding {
        GEEN_PLAN("er is niet binnen de termijn een plan gemaakt"),
        DATUM_VERSTREKEN("de afgesproken datum van terugkeer is verstreken en de leerling is niet terug");

        private final String omschrijving;

        Aanleiding(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** The plan agreed at the table (or forced by the person with doorzettingsmacht). */
    public record Plan(String onderwijs, LocalDate terugDatum, List<Thuiszitterstafel.Afspraak> afspraken) {
    }

    private final ThuiszitterstafelRepository tafels;
    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final Gemeenten gemeenten;
    private final GebruikerService gebruikers;
    private final MeldingService meldingen;
    private final Thuiszitterstafelproces proces;
    private final Toegang toegang;
    private final Clock clock;

    ThuiszitterstafelService(ThuiszitterstafelRepository tafels, DossierService dossiers,
                             ToestemmingService toestemmingen, Gemeenten gemeenten, GebruikerService gebruikers,
                             MeldingService meldingen, Thuiszitterstafelproces proces, Toegang toegang, Clock clock) {
        this.tafels = tafels;
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.gemeenten = gemeenten;
        this.gebruikers = gebruikers;
        this.meldingen = meldingen;
        this.proces = proces;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * The school recorded an address in another gemeente (through any door): the gemeente where the pupil now lives
     * becomes competent (Leerplichtwet 1969 art. 16 and 21), as for the leerplicht escalation. A running table is not
     * moved half-way (its meeting and its person with doorzettingsmacht are the old gemeente's): it closes there with
     * outcome "verhuisd" and the new home gemeente opens its own, with the signals' facts and the first day at home.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void woonadresVastgelegd(nl.eenplan.dossier.WoonadresVastgelegd vastgelegd) {
        var lopend = tafels.findByOpenDossier(vastgelegd.dossierNummer());
        if (lopend.isEmpty()) {
            return;
        }
        Thuiszitterstafel oud = lopend.get();
        Instant nu = clock.instant();
        Escalatieroute nieuw = route(dossiers.identiteit(oud.getDossierNummer()), nu);
        if (nieuw.eigenaar().equals(oud.getEigenaar())) {
            return;
        }
        oud.afgesloten(Uitkomst.VERHUISD, "Overgedragen aan de gemeente waar de leerling nu woont (" + nieuw.eigenaar()
                + ").", "EenPlan", nu);
        tafels.saveAndFlush(oud);
        proces.beeindig(oud.getProcesInstantieId(), "Verhuisd: de tafel is overgedragen aan " + nieuw.eigenaar());
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, oud.getBehandelaar(), oud.getEigenaar(),
                "Thuiszitterstafel overgedragen (dossier " + oud.getDossierNummer() + ")",
                "De leerling woont nu in een andere gemeente. Uw thuiszitterstafel is gesloten (verhuisd); de gemeente "
                        + "waar de leerling nu woont, neemt de aanpak over.", oud.getDossierNummer(), null));
        meld(oud.getDossierNummer(), Bron.PROCES, "Verhuisd: de thuiszitterstafel van de vorige woongemeente ("
                + oud.getEigenaar() + ") is gesloten en hier voortgezet.", oud.getThuisSinds());
    }

    /**
     * A confirmed school change: an open table goes on, re-keyed to the new school's dossier and school. It stays the
     * home gemeente's (its tenant, its meeting and its person with doorzettingsmacht): the pupil changed school, not
     * home. The signal joins its history; the gemeente's behandelaar hears it. When the new dossier has an open table
     * of its own already, the pupil would have two: they become one ({@link #voegSamen}).
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void gewisseld(nl.eenplan.dossier.LeerlingGewisseld w) {
        var lopend = tafels.findByOpenDossier(w.oud().dossierNummer());
        if (lopend.isEmpty()) {
            return;
        }
        Thuiszitterstafel t = lopend.get();
        Instant nu = clock.instant();
        var eigen = tafels.findByOpenDossier(w.nieuw().dossierNummer());
        if (eigen.isPresent()) {
            voegSamen(t, eigen.get(), w, nu);
            return;
        }
        t.gewisseld(w.nieuw().dossierNummer(), w.nieuw().schoolBrin(), "Schoolwissel: ingeschreven op "
                + w.ingeschrevenOp() + " bij school " + w.nieuw().schoolBrin() + " (dossier " + w.nieuw().dossierNummer()
                + ", was " + w.oud().dossierNummer() + " bij " + w.oud().schoolBrin() + ").", nu);
        String nieuw = proces.gewisseld(t.getProcesInstantieId(), w.nieuw(), w.reden());
        if (nieuw != null) {
            t.gestart(nieuw);
        }
        tafels.saveAndFlush(t);
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, t.getBehandelaar(), t.getEigenaar(),
                "Thuiszitterstafel: leerling van school gewisseld (dossier " + w.nieuw().dossierNummer() + ")",
                "De leerling staat sinds " + w.ingeschrevenOp() + " ingeschreven bij school " + w.nieuw().schoolBrin()
                        + ". De thuiszitterstafel loopt door, nu met die school aan tafel (dossier "
                        + w.nieuw().dossierNummer() + ").", w.nieuw().dossierNummer(), null));
    }

    /**
     * One table per pupil (docs/processen/thuiszitterstafel.md, "Bij een schoolwissel"): after a school change both the
     * old dossier's table and the new dossier's own were open. The older one (the first signal: its meeting, plan and
     * person with doorzettingsmacht came first, and its days at home count from the earliest day) goes on, for the new
     * dossier and school; it takes over the other's signals and agreements (marked where they came from), and the other
     * closes with outcome {@link Uitkomst#SAMENGEVOEGD} and the reason, its process ended. Both gemeenten's behandelaars
     * hear it. Nothing is lost: the closed table stays readable with its own history.
     */
    private void voegSamen(Thuiszitterstafel oud, Thuiszitterstafel eigen, nl.eenplan.dossier.LeerlingGewisseld w,
                           Instant nu) {
        boolean oudBlijft = oud.getGemeldOp().isBefore(eigen.getGemeldOp())
                || oud.getGemeldOp().equals(eigen.getGemeldOp()) && oud.getId() < eigen.getId();
        Thuiszitterstafel blijft = oudBlijft ? oud : eigen;
        Thuiszitterstafel sluit = oudBlijft ? eigen : oud;
        String reden = "Samengevoegd met de oudere thuiszitterstafel " + blijft.getId() + " van deze leerling ("
                + blijft.getEigenaar() + "), na de schoolwissel naar " + w.nieuw().schoolBrin() + " op "
                + w.ingeschrevenOp() + ": één tafel per leerling.";
        sluit.afgesloten(Uitkomst.SAMENGEVOEGD, reden, "EenPlan", nu);
        tafels.saveAndFlush(sluit); // frees the one open table of the dossier (unique open_dossier) first
        proces.beeindig(sluit.getProcesInstantieId(), reden);
        String wissel = "Schoolwissel: ingeschreven op " + w.ingeschrevenOp() + " bij school " + w.nieuw().schoolBrin()
                + " (dossier " + w.nieuw().dossierNummer() + ", was " + w.oud().dossierNummer() + " bij "
                + w.oud().schoolBrin() + "). De tafel " + sluit.getId() + " (" + sluit.getEigenaar() + ") is hierbij "
                + "gevoegd en gesloten.";
        if (oudBlijft) {
            blijft.gewisseld(w.nieuw().dossierNummer(), w.nieuw().schoolBrin(), wissel, nu);
            String nieuw = proces.gewisseld(blijft.getProcesInstantieId(), w.nieuw(), w.reden());
            if (nieuw != null) {
                blijft.gestart(nieuw);
            }
        } else {
            blijft.signaal(Bron.PROCES, wissel, oud.getThuisSinds(), nu);
        }
        blijft.neemOver(sluit);
        tafels.saveAndFlush(blijft);
        if (!blijft.getEigenaar().equals(sluit.getEigenaar())) {
            // The other table's signals and agreements reach the gemeente of the table that goes on: recorded as such.
            toestemmingen.deel(w.nieuw().dossierNummer(), stroom(blijft.getEigenaar(),
                    dossiers.identiteit(w.nieuw().dossierNummer()).woongemeentecode()),
                    "thuiszitterstafel " + sluit.getId() + " van " + sluit.getEigenaar() + " samengevoegd met tafel "
                            + blijft.getId() + " na een schoolwissel");
        }
        for (Thuiszitterstafel t : List.of(blijft, sluit)) {
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, t.getBehandelaar(), t.getEigenaar(),
                    "Thuiszitterstafels samengevoegd (dossier " + w.nieuw().dossierNummer() + ")",
                    "De leerling wisselde van school en had twee lopende thuiszitterstafels. Tafel " + blijft.getId()
                            + " (" + blijft.getEigenaar() + ", de oudste) loopt door met de signalen en afspraken van "
                            + "tafel " + sluit.getId() + "; tafel " + sluit.getId() + " is gesloten (samengevoegd).",
                    w.nieuw().dossierNummer(), null));
        }
    }

    /** The groups whose members may be named with doorzettingsmacht. */
    private static final List<String> HEEFT_DOORZETTINGSMACHT = List.of(Groepen.GEMEENTE, Groepen.SWV,
            Groepen.LEERPLICHT_TEAMLEIDER);

    /** Whether a table runs for this pupil now. */
    @Transactional(readOnly = true)
    public boolean heeftLopendeTafel(String dossierNummer) {
        return tafels.findByOpenDossier(dossierNummer).isPresent();
    }

    /** As {@link #meld(String, Bron, String, LocalDate)}, without a known first day at home. */
    public ThuiszitterstafelView meld(String dossierNummer, Bron bron, String toelichting) {
        return meld(dossierNummer, bron, toelichting, null);
    }

    /**
     * A pupil is without education or at risk of it: opens the table, or joins the running one (one per pupil at a
     * time). The hook for every source: the verzuim thuiszitter signal, a school by hand, and other processes (the
     * admission's zorgplicht that passed without a place).
     *
     * @param toelichting facts only (at most 500 characters), never care details
     * @param thuisSinds  the first day without education, when known
     */
    public ThuiszitterstafelView meld(String dossierNummer, Bron bron, String toelichting, LocalDate thuisSinds) {
        Instant nu = clock.instant();
        var lopend = tafels.findByOpenDossier(dossierNummer);
        if (lopend.isPresent()) {
            Thuiszitterstafel t = lopend.get();
            t.signaal(bron, toelichting, thuisSinds, nu);
            // The new signal reaches the table's parties too: a flow of its own, on the basis the table rests on.
            toestemmingen.deel(dossierNummer, stroom(t.getEigenaar(), dossiers.identiteit(dossierNummer)
                    .woongemeentecode()), "nieuw signaal bij de lopende thuiszitterstafel van " + t.getEigenaar()
                    + ": " + bron.omschrijving());
            return ThuiszitterstafelView.van(t);
        }
        Leerlingidentiteit leerling = dossiers.identiteit(dossierNummer);
        Escalatieroute route = route(leerling, nu);
        // The signal and the plan go to the gemeente and the SWV: a statutory task, recorded with its basis; at the
        // school's gemeente for a pupil living outside EenPlan, on that flow's own basis.
        Gegevensstroom stroom = stroom(route.eigenaar(), leerling.woongemeentecode());
        toestemmingen.deel(dossierNummer, stroom, stroom == Gegevensstroom.THUISZITTERSTAFEL
                ? "thuiszitterstafel: " + bron.omschrijving()
                : "thuiszitterstafel bij de gemeente van de school (" + route.eigenaar() + "), omdat de gemeente "
                        + "waar de leerling woont (" + leerling.woongemeentecode() + ") niet met deze EenPlan werkt: "
                        + bron.omschrijving());
        Thuiszitterstafel tafel = tafels.saveAndFlush(new Thuiszitterstafel(dossierNummer, leerling.schoolBrin(),
                route.eigenaar(), route.soort().name(), route.behandelaar(), bron, toelichting, thuisSinds, nu));
        tafel.gestart(proces.start(leerling, tafel.getId(),
                route.soort() == Escalatieroute.Soort.SCHOOL ? null : route.eigenaar(), route.behandelaar()));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, route.behandelaar(), route.eigenaar(),
                "Thuiszitterstafel: " + leerling.naam() + " (dossier " + dossierNummer + ")",
                "Een leerling van " + leerling.schoolNaam() + " (" + leerling.schoolBrin() + ") is zonder onderwijs of "
                        + "dreigt dat te raken (" + bron.omschrijving() + "). Plan de thuiszitterstafel met school, "
                        + "samenwerkingsverband, gemeente en ouders (taak 'Tafel plannen'). Uw gemeente krijgt haar als "
                        + route.soort().omschrijving() + ".", dossierNummer, null));
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(),
                "Thuiszitterstafel gestart (dossier " + dossierNummer + ")",
                "Voor deze leerling start de thuiszittersaanpak (" + bron.omschrijving() + "). Leerplicht van de "
                        + "gemeente waar de leerling woont plant de tafel met u, het samenwerkingsverband, de gemeente "
                        + "en de ouders.", dossierNummer, null));
        if (route.woongemeentecode() == null) {
            dossiers.woonadresNodig(dossierNummer);
        }
        return ThuiszitterstafelView.van(tafel);
    }

    /** The flow a table's data takes: to the home gemeente, or (a pupil living outside EenPlan) the school's. */
    private static Gegevensstroom stroom(String eigenaar, String woongemeentecode) {
        return woongemeentecode != null && !woongemeentecode.equals(eigenaar)
                ? Gegevensstroom.THUISZITTERSTAFEL_SCHOOLGEMEENTE : Gegevensstroom.THUISZITTERSTAFEL;
    }

    /**
     * Owned as leerplicht routes (Escalatieroute: where the pupil lives). A pupil living in a gemeente outside this
     * EenPlan still gets a table, at the school's gemeente: a table here rather than none (the reading that protects
     * the pupil); that gemeente can bring in the home gemeente.
     */
    private Escalatieroute route(Leerlingidentiteit leerling, Instant nu) {
        LocalDate vandaag = LocalDate.ofInstant(nu, NL);
        java.util.function.Predicate<String> inEenPlan = code -> gemeenten.inInstallatie(code).isPresent();
        Escalatieroute route = Escalatieroute.voor(leerling, inEenPlan, vandaag);
        if (route.inEenPlan()) {
            return route;
        }
        Escalatieroute school = Escalatieroute.voor(leerling.zonderWoongemeente(), inEenPlan, vandaag);
        return new Escalatieroute(school.soort(), school.eigenaar(), leerling.woongemeentecode(), school.behandelaar());
    }

    /**
     * The school recorded the pupil's return (the verzuim terugkeer, which ends the thuiszitter signal): the running
     * table records it and moves on to closing. Nothing when no table runs.
     */
    public void terug(String dossierNummer, LocalDate op) {
        tafels.findByOpenDossier(dossierNummer).ifPresent(t -> {
            t.teruggekeerd(op);
            proces.leerlingTerug(t.getProcesInstantieId());
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, t.getBehandelaar(), t.getEigenaar(),
                    "Leerling terug op school (dossier " + dossierNummer + ")",
                    "De school meldt dat de leerling van de thuiszitterstafel op " + DATUM.format(op) + " weer op "
                            + "school was. Sluit de tafel af met de uitkomst (taak 'Tafel afsluiten').",
                    dossierNummer, null));
        });
    }

    /**
     * Task "Tafel plannen": when the table meets (after now, not after the task's own deadline: the term within which
     * the table meets, termijnen.dmn) and who has doorzettingsmacht (a user of the owning gemeente, who can then work
     * the escalation in Tasklist). Everyone is invited; the school invites the parents.
     *
     * @return the moment of the meeting
     */
    public Instant gepland(String procesInstantieId, LocalDateTime tafel, Instant uiterlijk, String doorzettingsmacht,
                           String functie, String door) {
        Thuiszitterstafel t = vanProces(procesInstantieId);
        List<Veldfout> fouten = new ArrayList<>();
        Instant op = tafel.atZone(NL).toInstant();
        if (!op.isAfter(clock.instant())) {
            fouten.add(new Veldfout("tafelDatum", "De tafel ligt in het verleden; kies een moment in de toekomst."));
        } else if (uiterlijk != null && op.isAfter(uiterlijk)) {
            fouten.add(new Veldfout("tafelDatum", "De tafel komt uiterlijk op "
                    + DATUM.format(LocalDate.ofInstant(uiterlijk, NL)) + " bijeen (de termijn van de "
                    + "thuiszittersaanpak); kies een eerder moment."));
        }
        if (!gebruikers.bestaat(doorzettingsmacht)) {
            fouten.add(new Veldfout("doorzettingsmacht", "Gebruiker " + doorzettingsmacht + " bestaat niet in EenPlan."));
        } else if (!gebruikers.hoortBijSchool(doorzettingsmacht, t.getEigenaar())) {
            fouten.add(new Veldfout("doorzettingsmacht", "Gebruiker " + doorzettingsmacht + " werkt niet voor de "
                    + "gemeente van deze tafel (" + t.getEigenaar() + "); kies een functionaris van de gemeente (of van "
                    + "het samenwerkingsverband met een account bij de gemeente) die de doorbraak kan forceren."));
        } else if (!HEEFT_DOORZETTINGSMACHT.stream().anyMatch(groep -> gebruikers.isLidVan(doorzettingsmacht, groep))) {
            // Doorzettingsmacht is a mandate of the gemeente or the SWV (their official, or leerplicht's team lead),
            // not of a school's staff or a leerplichtambtenaar working the case.
            fouten.add(new Veldfout("doorzettingsmacht", "Gebruiker " + doorzettingsmacht + " heeft geen "
                    + "doorzettingsmacht: kies een functionaris van de gemeente of het samenwerkingsverband, of een "
                    + "teamleider leerplicht."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        t.gepland(op, doorzettingsmacht, functie, door);
        String tekst = "De thuiszitterstafel voor dossier " + t.getDossierNummer() + " is op " + MOMENT.format(
                tafel) + ". Aan tafel: school, samenwerkingsverband, leerplicht, gemeente en ouders. Doorzettingsmacht: "
                + doorzettingsmacht + " (" + functie + ").";
        Leerlingidentiteit leerling = dossiers.identiteit(t.getDossierNummer());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(),
                "Uitnodiging thuiszitterstafel (dossier " + t.getDossierNummer() + ")",
                tekst + " Nodigt u de ouders (en de leerling) uit?", t.getDossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.SWV, t.getSchoolBrin(),
                "Uitnodiging thuiszitterstafel (dossier " + t.getDossierNummer() + ")", tekst, t.getDossierNummer(),
                null));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.GEMEENTE, t.getEigenaar(),
                "Uitnodiging thuiszitterstafel (dossier " + t.getDossierNummer() + ")", tekst, t.getDossierNummer(),
                null));
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, doorzettingsmacht,
                "U heeft doorzettingsmacht (dossier " + t.getDossierNummer() + ")", tekst + " Komt er niet op tijd een "
                        + "plan, of is de leerling niet terug op de afgesproken datum, dan komt de zaak bij u.",
                t.getDossierNummer(), null));
        return op;
    }

    /** Task "Plan vastleggen": the plan agreed at the table. */
    public void planVastgelegd(String procesInstantieId, Plan plan, String door) {
        Thuiszitterstafel t = vanProces(procesInstantieId);
        controleer(plan);
        t.plan(plan.onderwijs(), plan.terugDatum(), plan.afspraken(), door, clock.instant());
        vertelPartijen(t, "Plan van de thuiszitterstafel (dossier " + t.getDossierNummer() + ")",
                "Aan tafel is een plan gemaakt: terug in onderwijs op " + DATUM.format(plan.terugDatum()) + ", met "
                        + plan.afspraken().size() + " afspraken. Het plan staat in EenPlan bij de thuiszitterstafel.");
    }

    /** The term passed without a plan, or the date passed without the pupil back: to the person with doorzettingsmacht. */
    public void escaleer(String procesInstantieId, Aanleiding aanleiding) {
        Thuiszitterstafel t = vanProces(procesInstantieId);
        t.geescaleerd(clock.instant());
        String tekst = "Thuiszitterstafel voor dossier " + t.getDossierNummer() + ": " + aanleiding.omschrijving()
                + ". De zaak gaat naar " + t.getDoorzettingsmacht() + " (doorzettingsmacht, " 
                + t.getDoorzettingsmachtFunctie() + "), die binnen de termijn een doorbraak forceert (taak 'Doorbraak "
                + "forceren').";
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.ESCALATIE, t.getDoorzettingsmacht(),
                "Doorbraak nodig: thuiszitterstafel (dossier " + t.getDossierNummer() + ")", tekst,
                t.getDossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, t.getBehandelaar(), t.getEigenaar(),
                "Thuiszitterstafel geëscaleerd (dossier " + t.getDossierNummer() + ")", tekst, t.getDossierNummer(),
                null));
    }

    /** Task "Doorbraak forceren": what the person with doorzettingsmacht decided, and the (new) plan that follows. */
    public void doorbraak(String procesInstantieId, String besluit, Plan plan, String door) {
        Thuiszitterstafel t = vanProces(procesInstantieId);
        controleer(plan);
        t.doorbraak(besluit);
        t.plan(plan.onderwijs(), plan.terugDatum(), plan.afspraken(), door, clock.instant());
        vertelPartijen(t, "Doorbraak bij de thuiszitterstafel (dossier " + t.getDossierNummer() + ")",
                door + " heeft met doorzettingsmacht besloten; het besluit en het nieuwe plan staan bij de "
                        + "thuiszitterstafel in EenPlan. Terug in onderwijs op " + DATUM.format(plan.terugDatum()) + ".");
    }

    /** Tasks "Terugkeer volgen" and "Tafel afsluiten": the outcome; the table closes, the pupil may get a new one. */
    public void afgesloten(String procesInstantieId, Uitkomst uitkomst, String toelichting, String door) {
        Thuiszitterstafel t = vanProces(procesInstantieId);
        t.afgesloten(uitkomst, toelichting, door, clock.instant());
        vertelPartijen(t, "Thuiszitterstafel afgesloten (dossier " + t.getDossierNummer() + ")",
                "De thuiszitterstafel is afgesloten: " + uitkomst.omschrijving() + ".");
    }

    private void controleer(Plan plan) {
        List<Veldfout> fouten = new ArrayList<>();
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), NL);
        if (plan.terugDatum().isBefore(vandaag)) {
            fouten.add(new Veldfout("terugDatum", "De datum van terugkeer ligt in het verleden; spreek een datum af "
                    + "vanaf vandaag."));
        }
        // A plan brings the pupil back within a school year; a date further out is a typing error (and beyond the
        // school calendar its deadlines are counted on).
        LocalDate uiterst = vandaag.plusYears(1);
        if (plan.terugDatum().isAfter(uiterst)) {
            fouten.add(new Veldfout("terugDatum", "De datum van terugkeer ligt meer dan een jaar vooruit; spreek een "
                    + "datum af tot en met " + DATUM.format(uiterst) + "."));
        }
        for (int i = 0; i < plan.afspraken().size(); i++) {
            LocalDate uiterlijk = plan.afspraken().get(i).uiterlijk();
            if (uiterlijk.isBefore(vandaag)) {
                fouten.add(new Veldfout("afspraken[" + i + "].uiterlijk", "Deze datum ligt in het verleden."));
            } else if (uiterlijk.isAfter(uiterst)) {
                fouten.add(new Veldfout("afspraken[" + i + "].uiterlijk", "Deze datum ligt meer dan een jaar vooruit."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private void vertelPartijen(Thuiszitterstafel t, String onderwerp, String tekst) {
        Leerlingidentiteit leerling = dossiers.identiteit(t.getDossierNummer());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(), onderwerp,
                tekst, t.getDossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.SWV, t.getSchoolBrin(), onderwerp,
                tekst, t.getDossierNummer(), null));
    }

    private Thuiszitterstafel vanProces(String procesInstantieId) {
        return tafels.findByProcesInstantieId(procesInstantieId).orElseThrow(() -> new IllegalStateException(
                "Geen thuiszitterstafel bij procesinstantie " + procesInstantieId));
    }

    /** The school's view of its own pupil's tables (access to the dossier checked at /api/dossiers/{nr}). */
    @Transactional(readOnly = true)
    public List<ThuiszitterstafelView> vanDossier(String dossierNummer) {
        return tafels.findByDossierNummerOrderById(dossierNummer).stream().map(ThuiszitterstafelView::van).toList();
    }

    /** The tables the user takes part in: their gemeente owns them, or (SWV) their school's pupil. */
    @Transactional(readOnly = true)
    public List<ThuiszitterstafelView> lijst() {
        Toegang.Zicht zicht = toegang.zicht();
        List<Thuiszitterstafel> alle = zicht.alles() ? tafels.findAll()
                : tafels.findByEigenaarInOrSchoolBrinInOrderById(zicht.scholenVoorQuery(), zicht.scholenVoorQuery());
        List<ThuiszitterstafelView> lijst = alle.stream().filter(this::aanTafel).map(ThuiszitterstafelView::van)
                .toList();
        Audit.betreftDossiers(lijst.stream().map(ThuiszitterstafelView::dossierNummer).toList());
        return lijst;
    }

    /**
     * The latest table of this pupil the user sits at ({@link #haalOp} opens it), for a link to its page; nothing of the
     * table is read.
     */
    @Transactional(readOnly = true)
    public Optional<Long> aanTafelVoor(String dossierNummer) {
        return tafels.findByDossierNummerOrderById(dossierNummer).stream().filter(this::aanTafel)
                .reduce((eerder, later) -> later).map(Thuiszitterstafel::getId);
    }

    @Transactional(readOnly = true)
    public ThuiszitterstafelView haalOp(Long id) {
        Thuiszitterstafel t = tafels.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen thuiszitterstafel " + id + "."));
        Audit.betreftDossier(t.getDossierNummer());
        if (!aanTafel(t)) {
            throw new NietGevondenException("Er is geen thuiszitterstafel " + id + ".");
        }
        return ThuiszitterstafelView.van(t);
    }

    /**
     * Who sits at the table: the owning gemeente's leerplicht (its own team: leerplicht or RMC, and the team leads) and
     * gemeente staff; the SWV of the pupil's school. Another gemeente's leerplicht, which sees the school as the
     * school's gemeente, does not.
     */
    private boolean aanTafel(Thuiszitterstafel t) {
        Toegang.Zicht zicht = toegang.zicht();
        return zicht.omvat(t.getEigenaar())
                && toegang.inGroep(t.getBehandelaar(), Groepen.LEERPLICHT_TEAMLEIDER, Groepen.GEMEENTE)
                || zicht.omvat(t.getSchoolBrin()) && toegang.inGroep(Groepen.SWV);
    }
}
