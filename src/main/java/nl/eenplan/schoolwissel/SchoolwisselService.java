package nl.eenplan.schoolwissel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.arrangement.Arrangement;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.ArrangementView;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.LeerlingGewisseld;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.groeidocument.GroeidocumentService;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.schoolwissel.proces.Schoolwisselproces;
import nl.eenplan.toelating.LeerlingIngeschreven;
import nl.eenplan.toelating.ToelatingService;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pupil enrolls at another school: the plan goes with the pupil, the old school's dossier closes and is read-only
 * (package nl.eenplan.schoolwissel).
 */
@Service
@Transactional
public class SchoolwisselService {

    /** Who records a change that an admission made (no user: a process step). */
    static final String PROCESSTAP = "EenPlan (toelating)";

    private final SchoolwisselRepository wissels;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final ToestemmingService toestemmingen;
    private final GroeidocumentService groeidocumenten;
    private final ArrangementService arrangementen;
    private final MeldingService meldingen;
    private final Schoolwisselproces proces;
    private final ToelatingService toelatingen;
    private final boolean actief;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * {@code actief}: whether a school change can be asked ({@code eenplan.schoolwissel.actief}). On by default: the
     * old school confirms first, and what runs for the pupil moves along or waits (docs/processen/schoolwissel.md).
     * Off, the new school asks the old one for the onderwijskundig rapport by hand.
     */
    SchoolwisselService(SchoolwisselRepository wissels, DossierService dossiers, SchoolService scholen,
                        ToestemmingService toestemmingen, GroeidocumentService groeidocumenten,
                        ArrangementService arrangementen, MeldingService meldingen, Schoolwisselproces proces,
                        ToelatingService toelatingen,
                        @org.springframework.beans.factory.annotation.Value("${eenplan.schoolwissel.actief:true}")
                        boolean actief, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.toelatingen = toelatingen;
        this.events = events;
        this.actief = actief;
        this.wissels = wissels;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toestemmingen = toestemmingen;
        this.groeidocumenten = groeidocumenten;
        this.arrangementen = arrangementen;
        this.meldingen = meldingen;
        this.proces = proces;
        this.clock = clock;
    }

    /** Whether a school change moves anything in this installation (the pupil's page offers it only then). */
    public boolean actief() {
        return actief;
    }

    /**
     * The new school reports that the pupil of its dossier {@code nummer} enrolled there, mid-year without an admission
     * in EenPlan. The school left is the one where the pupil (by BSN) has an open dossier; without a BSN the new school
     * names it ({@code vorigeSchool}) and EenPlan looks there by name and birth date.
     */
    public SchoolwisselView meld(String nummer, NieuweSchoolwissel nieuw, String gebruiker) {
        if (!actief) {
            throw new NietMogelijkException("Een schoolwissel melden kan in deze installatie nog niet: het plan gaat pas "
                    + "mee als de vorige school de overstap bevestigt. Vraag de vorige school om het onderwijskundig "
                    + "rapport.");
        }
        DossierView dossier = dossiers.haalOp(nummer);
        if (dossier.status() == Dossier.Status.GESLOTEN) {
            throw new NietMogelijkException("Dossier " + nummer + " is gesloten: meld de schoolwissel op het open dossier "
                    + "van de leerling bij uw school.");
        }
        Leerlingidentiteit oud = vorigeSchool(dossier, nieuw.vorigeSchool());
        return vraag(oud, dossiers.routeringsgegevens(nummer), nieuw.ingeschrevenOp(),
                Schoolwissel.Aanleiding.INSCHRIJVING, gebruiker);
    }

    /**
     * An admission enrolled the pupil at its school (admitted, or temporarily enrolled when the zorgplicht ended): the
     * pupil's open dossier at the old school (by BSN, at exactly one other school) hands the plan over. Nothing happens
     * without a BSN or with dossiers at more schools (the new school reports it, naming the old one), nor while an
     * overstap runs there: the doorgaande lijn (po→vo, vo→mbo) hands over at the new school year itself; nor while an
     * admission at yet another school has not decided (the old dossier may not close then). The decision is never
     * refused for it; the new school's zorgcoördinator hears what happened.
     */
    @EventListener
    void ingeschreven(LeerlingIngeschreven ingeschreven) {
        if (!actief) {
            return;
        }
        Routeringsgegevens nieuw = dossiers.routeringsgegevens(ingeschreven.dossierNummer());
        Leerlingidentiteit leerling = dossiers.identiteit(ingeschreven.dossierNummer());
        List<Leerlingidentiteit> elders = dossiers.openElders(leerling.bsn(), nieuw.schoolBrin());
        if (elders.isEmpty()) {
            return;
        }
        String waarom = null;
        if (elders.size() > 1) {
            waarom = "de leerling heeft een open dossier bij meer scholen ("
                    + elders.stream().map(Leerlingidentiteit::schoolBrin).collect(Collectors.joining(", ")) + ")";
        } else if (proces.lopend(elders.get(0).dossierNummer(), elders.get(0).schoolBrin()).contains("overstap")) {
            waarom = "bij school " + elders.get(0).schoolBrin() + " loopt de overstap van de leerling";
        } else if (toelatingen.wachtOpToelatingElders(elders.get(0).dossierNummer())) {
            // Never refuse this decision for it: the old dossier stays open until the other admission is decided.
            waarom = "bij nog een andere school loopt een toelating waarover nog niet is beslist, dus de vorige school "
                    + "schrijft de leerling nog niet uit";
        }
        if (waarom != null) {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, nieuw.zorgcoordinator(),
                    "Schoolwissel niet vanzelf gemeld (dossier " + nieuw.dossierNummer() + ")",
                    "De leerling is ingeschreven, maar " + waarom + ". Meld de schoolwissel als de leerling de vorige "
                            + "school verlaat, met de vorige school erbij (Schoolwissel melden op de pagina van de "
                            + "leerling).",
                    nieuw.dossierNummer(), null));
            return;
        }
        vraag(elders.get(0), nieuw, ingeschreven.op(), ingeschreven.tijdelijk()
                ? Schoolwissel.Aanleiding.TIJDELIJKE_INSCHRIJVING : Schoolwissel.Aanleiding.TOELATING, PROCESSTAP);
    }

    /** The changes this dossier was part of; the school the pupil left reads where the pupil went, nothing more. */
    @Transactional(readOnly = true)
    public List<SchoolwisselView> vanDossier(String nummer) {
        return wissels.findByOudDossierOrNieuwDossierOrderById(nummer, nummer).stream()
                .map(s -> s.getOudDossier().equals(nummer) ? SchoolwisselView.van(s, null).voorDeOudeSchool()
                        : SchoolwisselView.van(s, null))
                .toList();
    }

    /** Dossiers past their retention: the change goes with the later of them (each side's row goes with its dossier). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        wissels.deleteByNieuwDossier(verwijderd.nummer());
    }

    private Leerlingidentiteit vorigeSchool(DossierView dossier, String vorigeSchool) {
        String hier = dossier.leerling().school().brin();
        String genoemd = vorigeSchool == null || vorigeSchool.isBlank() ? null : vorigeSchool.strip();
        if (hier.equals(genoemd)) {
            throw new OngeldigeInvoerException("vorigeSchool", "Dit is uw eigen school: noem de school die de leerling "
                    + "verlaat.");
        }
        String bsn = dossier.leerling().bsn();
        if (bsn == null) {
            if (genoemd == null) {
                throw new OngeldigeInvoerException("vorigeSchool", "Deze leerling heeft geen BSN in EenPlan: noem de "
                        + "school die de leerling verlaat (BRIN-nummer), dan zoekt EenPlan daar op naam en geboortedatum.");
            }
            DossierView.LeerlingView l = dossier.leerling();
            String oud = dossiers.vindOpen(genoemd, null, l.voornaam(), l.tussenvoegsel(), l.achternaam(),
                    l.geboortedatum()).map(DossierService.OpenDossier::nummer).orElseThrow(() ->
                    new OngeldigeInvoerException("vorigeSchool", "Bij school " + genoemd + " heeft geen leerling met "
                            + "deze naam en geboortedatum een open dossier in EenPlan."));
            return dossiers.identiteit(oud);
        }
        List<Leerlingidentiteit> elders = dossiers.openElders(bsn, hier).stream()
                .filter(l -> genoemd == null || l.schoolBrin().equals(genoemd)).toList();
        if (elders.isEmpty()) {
            if (genoemd != null) {
                throw new OngeldigeInvoerException("vorigeSchool", "Bij school " + genoemd + " heeft deze leerling (zelfde "
                        + "BSN) geen open dossier in EenPlan.");
            }
            throw new NietMogelijkException("Deze leerling (zelfde BSN) heeft bij geen andere school een open dossier in "
                    + "EenPlan: er is niets om mee te nemen. Vraag de vorige school om het onderwijskundig rapport.");
        }
        if (elders.size() > 1) {
            throw new OngeldigeInvoerException("vorigeSchool", "Deze leerling heeft een open dossier bij meer scholen ("
                    + elders.stream().map(Leerlingidentiteit::schoolBrin).collect(Collectors.joining(", "))
                    + "): noem de school die de leerling verlaat.");
        }
        return elders.get(0);
    }

    /**
     * The new school asks; nothing moves yet. The old school's zorgcoördinatoren get the task "Overstap naar ...
     * bevestigen" (process schoolwisselBevestigen in the old school's tenant), showing only its own dossier and the new
     * school's name and enrolment date: a BSN or a name and birth date typed by the new school is not enough to hand
     * over another school's pupil. Refused while a change of that dossier is asked or done, and while an admission
     * elsewhere has not enrolled the pupil (no uitschrijving before enrolment elsewhere: ToelatingService).
     */
    private SchoolwisselView vraag(Leerlingidentiteit oud, Routeringsgegevens nieuw, LocalDate ingeschrevenOp,
                                   Schoolwissel.Aanleiding aanleiding, String door) {
        dossiers.vergrendel(oud.dossierNummer());
        if (wissels.existsByOudDossierAndStatusNot(oud.dossierNummer(), Schoolwissel.Status.GEWEIGERD)) {
            throw new NietMogelijkException("De schoolwissel van deze leerling is al gemeld.");
        }
        if (toelatingen.wachtOpToelatingElders(oud.dossierNummer())) {
            throw new NietMogelijkException("De leerling is aangemeld bij een school die nog niet over de toelating "
                    + "heeft beslist: de vorige school schrijft de leerling niet uit voordat de leerling elders is "
                    + "ingeschreven.");
        }
        String naar = scholen.haalOp(nieuw.schoolBrin()).naam();
        Audit.betreftDossier(oud.dossierNummer());
        Audit.betreftDossier(nieuw.dossierNummer());
        Schoolwissel s = wissels.saveAndFlush(new Schoolwissel(oud.dossierNummer(), nieuw.dossierNummer(),
                oud.schoolBrin(), nieuw.schoolBrin(), ingeschrevenOp, aanleiding, door, clock.instant()));
        proces.vraagBevestiging(oud, s.getId(), naar + " (" + nieuw.schoolBrin() + ")", ingeschrevenOp);
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, nieuw.zorgcoordinator(),
                "Schoolwissel gevraagd (dossier " + nieuw.dossierNummer() + ")",
                "De vorige school (" + oud.schoolNaam() + ", " + oud.schoolBrin() + ") bevestigt eerst dat de leerling "
                        + "haar leerling is en vertrekt; pas dan gaat het plan mee. U krijgt bericht."
                        + lopendBezwaar(oud.dossierNummer()).map(b -> " Er loopt nog " + b + ": de bevestiging wacht tot "
                        + "daarop is beslist.").orElse(""),
                nieuw.dossierNummer(), null));
        return SchoolwisselView.van(s, null);
    }

    /**
     * The old school confirmed (task bevestigen of process schoolwisselBevestigen, by its zorgcoördinator): now the plan
     * moves and the old dossier closes read-only.
     */
    public void bevestig(long id, String door) {
        Schoolwissel s = gevraagd(id);
        lopendBezwaar(s.getOudDossier()).ifPresent(b -> {
            throw new NietMogelijkException("Er loopt nog " + b + ". Dat bezwaar hoort bij uw school en mag niet "
                    + "ongemerkt eindigen: bevestig de overstap als erop is beslist (of het is ingetrokken). De taak "
                    + "blijft zolang staan; weigeren kan wel.");
        });
        s.bevestigd(door, clock.instant());
        voerUit(s, dossiers.identiteit(s.getOudDossier()), dossiers.routeringsgegevens(s.getNieuwDossier()));
    }

    /** The old school refused, with its reason: nothing moves; the new school's zorgcoördinator hears why. */
    public void weiger(long id, String reden, String door) {
        Schoolwissel s = gevraagd(id);
        s.geweigerd(reden, door, clock.instant());
        Audit.betreftDossier(s.getNieuwDossier());
        Leerlingidentiteit oud = dossiers.identiteit(s.getOudDossier());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE,
                dossiers.routeringsgegevens(s.getNieuwDossier()).zorgcoordinator(),
                "Schoolwissel geweigerd door de vorige school (dossier " + s.getNieuwDossier() + ")",
                oud.schoolNaam() + " (" + oud.schoolBrin() + ") bevestigt de overstap niet: " + reden + ". Er is "
                        + "niets meegegaan. Neem contact op met die school; is het een andere leerling of een andere "
                        + "school, meld de schoolwissel dan opnieuw met de juiste gegevens.",
                s.getNieuwDossier(), null));
    }

    /**
     * An objection of the parents that runs at the old school and is not decided (against the SWV's decision on the
     * arrangement, or the board's admission decision): the change waits for it, as moving would end it with the old
     * school's process. The reading that protects the pupil (docs/processen/schoolwissel.md).
     */
    private Optional<String> lopendBezwaar(String oudDossier) {
        return arrangementen.lopendBezwaar(oudDossier).or(() -> toelatingen.lopendBezwaar(oudDossier));
    }

    private Schoolwissel gevraagd(long id) {
        Schoolwissel s = wissels.findById(id).orElseThrow(() -> new NietMogelijkException(
                "Deze schoolwissel bestaat niet meer."));
        dossiers.vergrendel(s.getOudDossier());
        if (s.getStatus() != Schoolwissel.Status.GEVRAAGD) {
            throw new NietMogelijkException("Deze schoolwissel is al beantwoord.");
        }
        return s;
    }

    /**
     * The change itself, once the old school confirmed, in one transaction: the flow on its basis (the onderwijskundig
     * rapport, recorded in the old dossier's audit as DELEN), the plan, parents and groeidocument into the new dossier,
     * the old school's processes ended or moved, the old dossier closed read-only (refused while an admission elsewhere
     * has not enrolled the pupil: ToelatingService), and both zorgcoördinatoren told.
     */
    private void voerUit(Schoolwissel s, Leerlingidentiteit oud, Routeringsgegevens nieuw) {
        LocalDate ingeschrevenOp = s.getIngeschrevenOp();
        String door = s.getGeregistreerdDoor();
        String naar = scholen.haalOp(nieuw.schoolBrin()).naam();
        Audit.betreftDossier(oud.dossierNummer());
        Audit.betreftDossier(nieuw.dossierNummer());
        toestemmingen.deel(oud.dossierNummer(), Gegevensstroom.ONTVANGENDE_SCHOOL, "schoolwissel naar " + naar + " ("
                + nieuw.schoolBrin() + "), ingeschreven op " + ingeschrevenOp + ": het plan, de ouders, een curator "
                + "of mentor, het groeidocument, het OPP, een TLV, een open thuiszitterstafel en een lopend arrangement "
                + "(onderwijskundig rapport)");
        Set<Toestemming.Scope> inWerking = toestemmingen.inWerking(oud.dossierNummer());
        // Objection terms that still run without an objection do not hold the change up; the decision and its term
        // stay with the old school's arrangement, and the new school and the deciding SWV hear them (Awb art. 6:4, 6:7).
        List<ArrangementService.Bezwaartermijn> termijnen = arrangementen.lopendeBezwaartermijnen(oud.dossierNummer());
        Optional<ArrangementView> arrangement = arrangementen.vanDossier(oud.dossierNummer()).stream()
                .filter(a -> a.status() != Arrangement.Status.AFGESLOTEN && a.status() != Arrangement.Status.GEEN_PLAATS)
                .reduce((eerder, later) -> later);
        DossierService.Overname overname = dossiers.neemOver(oud.dossierNummer(), nieuw.dossierNummer());
        Integer groeidocument = groeidocumenten.neemOver(oud.dossierNummer(), nieuw.dossierNummer(), door).orElse(null);
        String reden = "Leerling overgestapt naar " + naar + " (" + nieuw.schoolBrin() + ") op " + ingeschrevenOp + ".";
        // What runs on with the pupil moves first (OPP, TLV, curator or mentor, thuiszitterstafel); then the old
        // school's remaining processes end or run on (Schoolwisselproces).
        events.publishEvent(new LeerlingGewisseld(oud, nieuw, ingeschrevenOp, reden));
        Schoolwisselproces.Uitkomst processen = proces.wissel(oud.dossierNummer(), oud.schoolBrin(), nieuw, reden);
        if (processen.arrangementVoortgezet()) {
            arrangementen.voortgezetElders(oud.dossierNummer());
        }
        dossiers.stapOver(oud.dossierNummer(), nieuw.schoolBrin(), ingeschrevenOp);

        s.meegegaan(overname.doelen(), overname.afspraken(), overname.ouders(), groeidocument,
                processen.arrangementVoortgezet(), arrangement.map(ArrangementView::perspectief).orElse(null),
                processen.beeindigd().isEmpty() ? null : String.join(", ", processen.beeindigd()));
        wissels.saveAndFlush(s);

        String toestemming = "Toestemmingen gaan niet mee: zij zijn gegeven aan de vorige school. "
                + (inWerking.stream().anyMatch(Toestemming.Scope::opToestemming)
                ? "Daar was toestemming in werking voor " + inWerking.stream().filter(Toestemming.Scope::opToestemming)
                .map(Toestemming.Scope::omschrijving).sorted().collect(Collectors.joining(", "))
                + "; vraag haar opnieuw als uw school haar nodig heeft." : "Vraag toestemming als uw school haar nodig heeft.");
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, oud.zorgcoordinator(),
                "Leerling overgestapt (dossier " + oud.dossierNummer() + ")",
                "De leerling is op " + ingeschrevenOp + " ingeschreven bij " + naar + " (" + nieuw.schoolBrin() + "). Het "
                        + "plan ging mee als onderwijskundig rapport; uw dossier is gesloten en alleen nog te lezen."
                        + (processen.doorlopend().isEmpty() ? "" : " Rond bij uw school af: "
                        + String.join(", ", processen.doorlopend()) + "."),
                oud.dossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, nieuw.zorgcoordinator(),
                "Plan van de vorige school overgenomen (dossier " + nieuw.dossierNummer() + ")",
                "Van " + oud.schoolNaam() + " (" + oud.schoolBrin() + ") kwamen " + overname.doelen() + " doelen, "
                        + overname.afspraken() + " open afspraken en " + overname.ouders() + " ouders mee"
                        + (groeidocument == null ? "" : ", en het groeidocument (versie " + groeidocument
                        + ", opnieuw te ondertekenen door de ouders)")
                        + (processen.arrangementVoortgezet() ? "; het arrangement loopt door bij uw school: vraag "
                        + "het aan (taak Aanvraag arrangement opstellen)" : "") + ". Een OPP, een TLV, een curator of "
                        + "mentor en een open thuiszitterstafel gingen mee en lopen bij uw school door. " + toestemming
                        + (termijnen.isEmpty() ? "" : " Bezwaar loopt nog: " + termijnen.stream()
                        .map(ArrangementService.Bezwaartermijn::omschrijving).collect(Collectors.joining("; "))
                        + ". Wijs de ouders erop; het besluit en de termijn blijven staan."),
                nieuw.dossierNummer(), null));
        List<ArrangementService.Bezwaartermijn> vanSwv = termijnen.stream()
                .filter(ArrangementService.Bezwaartermijn::doorSwv).toList();
        if (!vanSwv.isEmpty()) {
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, "swv", oud.schoolBrin(),
                    "Leerling van school gewisseld in de bezwaartermijn (dossier " + oud.dossierNummer() + ")",
                    "De leerling is op " + ingeschrevenOp + " ingeschreven bij " + naar + " (" + nieuw.schoolBrin()
                            + "), terwijl de bezwaartermijn loopt van " + vanSwv.stream()
                            .map(ArrangementService.Bezwaartermijn::omschrijving).collect(Collectors.joining("; "))
                            + ". Het besluit blijft staan; een bezwaar dat binnenkomt, behandelt uw samenwerkingsverband "
                            + "zelf: het proces arrangement bij de vorige school is gestopt.", oud.dossierNummer(), null));
        }
    }
}
