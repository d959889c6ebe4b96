package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.groeidocument.GroeidocumentService;
import nl.eenplan.groeidocument.GroeidocumentView;
import nl.eenplan.arrangement.proces.ArrangementVariabelen;
import nl.eenplan.arrangement.proces.Arrangementproces;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.opp.OppService;
import nl.eenplan.verwijspunten.Verwijspunten;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integraal arrangement: the request and its completeness, the zorgplicht clock and its one
 * extension, both decisions with their objections, the arrangement in the one plan, evaluations per
 * goal and the closure with the satisfaction survey.
 */
@Service
@Transactional
public class ArrangementService {

    /** A dossier past its retention: its arrangements and their evaluations go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        List<Arrangement> weg = arrangementen.findByDossierNummerOrderById(verwijderd.nummer());
        besluitbezwaren.getObject().verwijder(verwijderd.nummer());
        enquetes.getObject().verwijder(verwijderd.nummer());
        weg.forEach(a -> scores.deleteAll(scores.findByArrangementIdOrderById(a.getId())));
        arrangementen.deleteAll(weg);
    }

    static final String PROCES = ArrangementVariabelen.PROCES;
    /** The parts of a request, as input parameter {@code deel} names them. */
    public static final String ONDERWIJS = "ONDERWIJS";
    public static final String ZORG = "ZORG";
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ArrangementRepository arrangementen;
    private final DoelScoreRepository scores;
    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final LeerplichtService leerplicht;
    private final MeldingService meldingen;
    private final Arrangementproces proces;
    private final GroeidocumentService groeidocumenten;
    private final OppService opp;
    private final boolean ondertekendGroeidocumentNodig;
    private final nl.eenplan.dossier.SchoolService scholen;
    private final nl.eenplan.tlv.TlvService tlvs;
    private final boolean andereDiscipline;
    private final Clock clock;
    private final Verwijspunten verwijspunten;
    private final nl.eenplan.termijn.Termijn termijnen;
    private final JeugdhulpaanvraagRepository jeugdhulpaanvragen;
    private final nl.eenplan.security.Toegang toegang;
    private final org.springframework.beans.factory.ObjectProvider<Besluitbezwaarservice> besluitbezwaren;
    private final org.springframework.beans.factory.ObjectProvider<Enqueteservice> enquetes;
    private final org.springframework.context.ApplicationEventPublisher events;

    ArrangementService(ArrangementRepository arrangementen, DoelScoreRepository scores, DossierService dossiers,
                       ToestemmingService toestemmingen, LeerplichtService leerplicht, MeldingService meldingen,
                       Arrangementproces proces, GroeidocumentService groeidocumenten, OppService opp,
                       @Value("${eenplan.arrangement.ondertekend-groeidocument-nodig:true}") boolean ondertekendGroeidocumentNodig,
                       nl.eenplan.dossier.SchoolService scholen, nl.eenplan.tlv.TlvService tlvs,
                       @Value("${eenplan.tlv.tweede-deskundige-andere-discipline:true}") boolean andereDiscipline,
                       Clock clock, Verwijspunten verwijspunten, nl.eenplan.termijn.Termijn termijnen,
                       JeugdhulpaanvraagRepository jeugdhulpaanvragen, nl.eenplan.security.Toegang toegang,
                       org.springframework.beans.factory.ObjectProvider<Besluitbezwaarservice> besluitbezwaren,
                       org.springframework.beans.factory.ObjectProvider<Enqueteservice> enquetes,
                       org.springframework.context.ApplicationEventPublisher events) {
        this.besluitbezwaren = besluitbezwaren;
        this.enquetes = enquetes;
        this.events = events;
        this.jeugdhulpaanvragen = jeugdhulpaanvragen;
        this.toegang = toegang;
        this.clock = clock;
        this.scholen = scholen;
        this.tlvs = tlvs;
        this.andereDiscipline = andereDiscipline;
        this.verwijspunten = verwijspunten;
        this.termijnen = termijnen;
        this.groeidocumenten = groeidocumenten;
        this.opp = opp;
        this.ondertekendGroeidocumentNodig = ondertekendGroeidocumentNodig;
        this.arrangementen = arrangementen;
        this.scores = scores;
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.leerplicht = leerplicht;
        this.meldingen = meldingen;
        this.proces = proces;
    }

    /** The process instance a step is about, as plain facts (the delegates in {@code proces} read them). */
    public record Instantie(String procesInstantieId, String dossierNummer, String zorgcoordinator, String school) {
    }

    /** What checking the request found; the zorgplicht's start is the day the written registration came in. */
    public record Controle(boolean compleet, String ontbreekt, Long arrangementId, LocalDate aanmeldingOntvangenOp,
                           boolean tlv, boolean zorgdeel, boolean toestemmingJeugdhulp) {

        /** The gemeente decides on the care part only with consent for jeugdhulp. */
        public boolean zorgBeslissen() {
            return zorgdeel && toestemmingJeugdhulp;
        }
    }

    // ---- the request

    /**
     * Task aanvraag: the request, in the arrangement of this instance (made here at the first request). It attaches
     * the latest version of the groeidocument the parents signed, as SWVs ask; without one it is refused (unless an
     * installation's SWV does not ask for it: eenplan.arrangement.ondertekend-groeidocument-nodig).
     */
    public void aanvraag(String procesInstantieId, String dossierNummer, Onderwijsdeel onderwijsdeel, String onderwijs,
                         String zorg, String perspectief, List<String> doelen, LocalDate aanmeldingOntvangenOp) {
        Long groeidocument = groeidocumenten.laatsteOndertekend(dossierNummer).orElse(null);
        if (groeidocument == null && ondertekendGroeidocumentNodig) {
            throw new OngeldigeInvoerException("groeidocument", "Er is nog geen door de ouders ondertekend "
                    + "groeidocument. Leg op de pagina van de leerling de handtekening van een ouder vast bij een versie "
                    + "van het groeidocument en dien de aanvraag dan opnieuw in.");
        }
        Arrangement arrangement = arrangementen.findByProcesInstantieId(procesInstantieId)
                .orElseGet(() -> arrangementen.save(new Arrangement(dossierNummer, procesInstantieId)));
        arrangement.aanvraag(onderwijsdeel, onderwijs.trim(), blankAlsNull(zorg), perspectief.trim(),
                doelen.stream().map(String::trim).toList(), aanmeldingOntvangenOp, groeidocument);
    }

    /**
     * Complete? If not, what is missing. No consent is asked for the SWV: it processes what its statutory tasks need
     * (WPO art. 18a, WVO 2020 art. 2.47; dossier.Gegevensstroom.SWV). The care part goes to the gemeente only with consent
     * for jeugdhulp (Gegevensstroom.GEMEENTE_ZORGDEEL).
     */
    public Controle controleer(Instantie instantie) {
        Arrangement a = voorProces(instantie.procesInstantieId());
        if (!a.isCompleet()) {
            List<String> ontbreekt = new ArrayList<>();
            if (a.getOnderwijsSoort() == null) {
                ontbreekt.add("het onderwijsdeel");
            }
            if (a.getPerspectief() == null || a.getOppDoelen().isEmpty()) {
                ontbreekt.add("het OPP met perspectief en doelen");
            }
            if (a.getRegistratieOntvangenOp() == null) {
                ontbreekt.add("de datum van de schriftelijke aanmelding");
            }
            return new Controle(false, "Nog nodig: " + String.join(", ", ontbreekt) + ".", a.getId(), null, false,
                    false, false);
        }
        return new Controle(true, null, a.getId(), a.getRegistratieOntvangenOp(),
                a.getOnderwijsSoort() == Onderwijsdeel.TLV, a.getZorgOmschrijving() != null,
                toestemmingen.mag(instantie.dossierNummer(), Gegevensstroom.GEMEENTE_ZORGDEEL).mag());
    }

    /**
     * The complete request goes to the decisions. {@code zorgplichtTot} only for an instance of the previous model
     * version that still runs the zorgplicht clock; null now that the zorgplicht runs in process toelating.
     */
    public void naarBesluitvorming(Instantie instantie, Controle controle, LocalDate zorgplichtTot) {
        voorProces(instantie.procesInstantieId()).naarBesluitvorming(zorgplichtTot);
        toestemmingen.deel(instantie.dossierNummer(), Gegevensstroom.SWV,
                "aanvraag van een arrangement met het OPP en het onderwijsdeel");
        if (controle.zorgBeslissen()) {
            toestemmingen.deel(instantie.dossierNummer(), Gegevensstroom.GEMEENTE_ZORGDEEL,
                    "het zorgdeel van de arrangementaanvraag");
        }
        if (controle.zorgdeel() && !controle.toestemmingJeugdhulp()) {
            meldZorgcoordinator(instantie, "Zorgdeel niet voorgelegd aan de gemeente (dossier "
                    + instantie.dossierNummer() + ")", "Er is geen toestemming voor jeugdhulp: het zorgdeel van de "
                    + "aanvraag gaat niet naar de gemeente en er worden geen gegevens gedeeld. Alleen het onderwijsdeel "
                    + "gaat naar het SWV.");
        }
    }

    // ---- the decisions

    /**
     * Task adviezen: two advices from two independent deskundigen, refused per field as the one rule says
     * (tlv.Deskundigenregel): an orthopedagoog or psycholoog, a second one (of another discipline unless the
     * installation allows the same, eenplan.tlv.tweede-deskundige-andere-discipline), not the same person, neither
     * working for the requesting school (the pupil's school, whose zorgcoördinator made the request).
     */
    public void adviezen(String procesInstantieId, String schoolBrin, Invoer.Advies eerste, Invoer.Advies tweede) {
        String schoolNaam = scholen.haalOp(schoolBrin).naam();
        List<nl.eenplan.web.Veldfout> fouten = nl.eenplan.tlv.Deskundigenregel.toets(eerste.deskundige(),
                tweede.deskundige(), schoolBrin, schoolNaam, LocalDate.ofInstant(nu(), NL), andereDiscipline);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        voorProces(procesInstantieId).adviezen(eerste.deskundige(), eerste.advies(), tweede.deskundige(),
                tweede.advies());
    }

    public void controleerAdviezen(String procesInstantieId) {
        if (!voorProces(procesInstantieId).heeftTweeAdviezen()) {
            throw new OngeldigeInvoerException("adviezen", "Een TLV vraagt twee onafhankelijke deskundigenadviezen; "
                    + "leg ze vast in EenPlan voor het besluit.");
        }
    }

    /** Tasks besluitOnderwijs and besluitZorg: the explanation; the decision itself goes to the process. */
    public void besluit(String procesInstantieId, String dossierNummer, String deel, String toelichting) {
        zorgstapMetToestemming(deel, dossierNummer, "de gemeente besluit niet over het zorgdeel.");
        voorProces(procesInstantieId).toelichting(deel, blankAlsNull(toelichting));
    }

    /**
     * Task besluitOnderwijs for a TLV: a grant records the TLV with what it states (soort, category, start and end,
     * refused per field as tlv.Tlvregel says) and starts its lifecycle (process tlv); a new TLV ends the pupil's
     * previous one. Nothing for an arrangement in regular education or a refusal.
     */
    public void tlvBesluit(String procesInstantieId, Besluit besluit, nl.eenplan.tlv.Tlvregel.Gegevens tlv) {
        Arrangement a = voorProces(procesInstantieId);
        if (besluit == Besluit.TOEGEKEND && a.getOnderwijsSoort() == Onderwijsdeel.TLV) {
            tlvs.verleen(a.getDossierNummer(), a.getId(), tlv, java.util.stream.Stream.of(a.deskundige(1),
                    a.deskundige(2)).filter(java.util.Objects::nonNull).toList());
        }
    }

    /**
     * Records a decision (deel ONDERWIJS or ZORG). The care part's decision is recorded when the home gemeente takes it
     * (JeugdhulpbesluitService.besluit); the final outcome that reaches the arrangement after the objection window is
     * that same decision, and keeps its day (the letter may not predate it, the monitor counts it on that day).
     */
    public void legBesluitVast(String procesInstantieId, String deel, Besluit besluit) {
        Arrangement a = voorProces(procesInstantieId);
        if (ZORG.equals(deel) && besluit == a.getZorgBesluit() && a.besluitOp(ZORG) != null
                && !jeugdhulpaanvragen.findByArrangementIdOrderById(a.getId()).isEmpty()) {
            return;
        }
        a.besluit(deel, besluit, LocalDate.ofInstant(nu(), NL));
    }

    /** A place is offered when the education part and (if decided on) the care part are granted. */
    public static boolean plaatsGeboden(String onderwijsBesluit, boolean zorgBeslissen, String zorgBesluit) {
        return Besluit.TOEGEKEND.name().equals(onderwijsBesluit)
                && (!zorgBeslissen || Besluit.TOEGEKEND.name().equals(zorgBesluit));
    }

    /**
     * Consent for jeugdhulp was withdrawn while the gemeente was deciding: its task is gone, the care part is not
     * decided on and no longer shared. The arrangement goes on as if there was no care part to decide: a place when
     * the education part is (or will be) granted. The zorgcoördinator hears it.
     */
    public void zorgdeelVervalt(Instantie instantie) {
        Arrangement a = voorProces(instantie.procesInstantieId());
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        a.toelichting(ZORG, "Vervallen: toestemming voor jeugdhulp ingetrokken op " + vandaag + ".");
        meldZorgcoordinator(instantie, "Besluit zorgdeel vervalt: toestemming ingetrokken (dossier " + a.getDossierNummer() + ")",
                "De toestemming voor jeugdhulp is ingetrokken. De gemeente besluit niet meer over het zorgdeel van het "
                        + "arrangement en ziet het niet meer; haar taak is vervallen. Het arrangement gaat verder met "
                        + "alleen het onderwijsdeel. Bespreek met ouders en leerling hoe de zorg verder gaat.");
    }

    /**
     * A refusal: the zorgcoördinator hears it; the one who decided sends the decision letter to the parents (task
     * besluitbrief), and the day after it was sent their 6 weeks to object begin (nl.eenplan.termijn.Bezwaartermijn).
     */
    public void meldAfwijzing(Instantie instantie, String deel) {
        String wie = deel.equals(ZORG) ? "De gemeente heeft het zorgdeel" : "Het SWV heeft het onderwijsdeel";
        String afzender = deel.equals(ZORG) ? "de gemeente" : "het SWV";
        Arrangement a = voorProces(instantie.procesInstantieId());
        meldZorgcoordinator(instantie, "Afwijzing: de ouders krijgen een besluitbrief (dossier " + a.getDossierNummer() + ")",
                wie + " van het arrangement afgewezen. De ouders krijgen de besluitbrief van " + afzender + "; vanaf de dag "
                        + "na verzending kunnen zij binnen 6 weken bezwaar maken. Registreer een bezwaarschrift van de "
                        + "ouders op de pagina van de leerling in EenPlan (/leerlingen/" + a.getDossierNummer()
                        + ") met de datum waarop het binnenkwam."
                        + verwijspunten.alineaVoorMelding(deel.equals(ZORG) ? Verwijspunten.Soort.ZORGDEEL_AFGEWEZEN
                        : a.getOnderwijsSoort() == Onderwijsdeel.TLV ? Verwijspunten.Soort.TLV_AFGEWEZEN
                        : Verwijspunten.Soort.ARRANGEMENT_AFGEWEZEN, dossiers.identiteit(a.getDossierNummer()).schoolBrin()));
    }

    /**
     * Task besluitbrief: the day the letter with the refusal was sent or handed to the parents (by whom, how; the
     * letter itself stays outside EenPlan). Not in the future, not before the decision. Returns the last day of the
     * objection term it starts (Awb art. 6:7, 6:8: nl.eenplan.termijn).
     */
    public LocalDate besluitbrief(String procesInstantieId, String deel, LocalDate verzondenOp, String door,
                                  nl.eenplan.termijn.Verzendwijze wijze, String schoolBrin, String onderwijssoort) {
        Arrangement a = voorProces(procesInstantieId);
        zorgstapMetToestemming(deel, a.getDossierNummer(), "het zorgdeel is vervallen en de gemeente verstuurt er geen "
                + "besluitbrief over.");
        nl.eenplan.termijn.Besluitbrief.controleer(verzondenOp, a.besluitOp(deel), LocalDate.ofInstant(nu(), NL));
        LocalDate laatsteDag = termijnen.bezwaartermijnLaatsteDag(schoolBrin, onderwijssoort, verzondenOp);
        a.besluitbrief(deel, verzondenOp, door.trim(), wijze, laatsteDag);
        return laatsteDag;
    }

    /**
     * The parents object (the school registers their objection): received in time (Awb art. 6:9, counted from the
     * letter: nl.eenplan.termijn.Bezwaartermijn), not in the future, from the parents. The decision is taken again.
     */
    public void bezwaar(Long id, Invoer.Bezwaar bezwaar) {
        Arrangement a = arrangementen.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen arrangement " + id + "."));
        // After a school change the SWV that decided receives the objection itself (Awb art. 6:4 lid 1) and handles it
        // in process besluitbezwaar: the old school's process arrangement stopped at the change. Only the deciding SWV,
        // which still sees the old school's pupils; the old school hears 409 below, as for every write there.
        if (bezwaar.deel() == Invoer.Deel.ONDERWIJS && dossiers.alleenTeLezen(a.getDossierNummer()).isPresent()) {
            vind(id);
            if (toegang.inGroep(nl.eenplan.security.Groepen.SWV)
                    && !toegang.inGroep(nl.eenplan.security.Groepen.ZORGCOORDINATOR)) {
                besluitbezwaren.getObject().registreer(a, bezwaar);
                return;
            }
        }
        // The home gemeente that refused jeugdhulp receives the objection itself (Awb art. 7:11) and registers it, also
        // when it cannot open the pupil's page; everyone else as before, by the dossier's access (the school).
        if (bezwaar.deel() == Invoer.Deel.ZORG && zorgdeelLezer(a) == Lezer.BESLISSENDE_GEMEENTE) {
            nl.eenplan.web.Audit.betreftDossier(a.getDossierNummer());
        } else {
            vind(id);
            if (!toegang.inGroep(nl.eenplan.security.Groepen.ZORGCOORDINATOR)) {
                // Another gemeente (the school's, a third one): not its decision, nor its objection to register.
                throw new org.springframework.security.access.AccessDeniedException("Alleen de zorgcoördinator van de "
                        + "school of, voor het zorgdeel, de gemeente die erover besloot legt een bezwaar vast.");
            }
            dossiers.controleerSchrijven(a.getDossierNummer());
        }
        String deel = bezwaar.deel().name();
        Bezwaarregels.controleerBezwaarschrift(a, deel, bezwaar, LocalDate.ofInstant(nu(), NL));
        if (bezwaar.deel() == Invoer.Deel.ZORG && !toestemmingen.inWerking(a.getDossierNummer(), Toestemming.Scope.JEUGDHULP)) {
            throw new NietMogelijkException("Er is geen toestemming voor jeugdhulp (meer): het zorgdeel gaat niet opnieuw "
                    + "naar de gemeente.");
        }
        if (!proces.bezwaar(a.getProcesInstantieId(), bezwaar.deel() == Invoer.Deel.ZORG)) {
            throw new NietMogelijkException("Er loopt geen bezwaartermijn voor het "
                    + (bezwaar.deel() == Invoer.Deel.ZORG ? "zorgdeel" : "onderwijsdeel") + " van dit arrangement.");
        }
        Bezwaarregels.bezwaarOntvangen(a, deel, bezwaar);
    }

    /**
     * Every step of the gemeente on the care part (decision, letter, objection, decision again) only while consent for
     * jeugdhulp is in force (Gegevensstroom.GEMEENTE_ZORGDEEL). The model stops these tasks when consent is withdrawn
     * (message toestemmingIngetrokken); this holds the line for a task of a model version without that boundary.
     */
    private void zorgstapMetToestemming(String deel, String dossierNummer, String gevolg) {
        if (deel.equals(ZORG) && !toestemmingen.inWerking(dossierNummer, Toestemming.Scope.JEUGDHULP)) {
            throw new NietMogelijkException("Er is geen toestemming voor jeugdhulp (meer): " + gevolg);
        }
    }

    /**
     * Task lbtAdvies: for an objection against a TLV decision, the advice of the Landelijke Bezwaaradviescommissie
     * Toelaatbaarheidsverklaringen (WPO art. 18a lid 12, WVO 2020 art. 2.47 lid 15): when, and what it advised. Not in the
     * future, not before the objection came in.
     */
    public void lbtAdvies(String procesInstantieId, LocalDate op, Arrangement.LbtAdvies advies) {
        Bezwaarregels.lbtAdvies(voorProces(procesInstantieId), op, advies, LocalDate.ofInstant(nu(), NL));
    }

    /**
     * Tasks bezwaarBehandelen: the decision on the objection. Deviating from the LBT's advice needs the reason (Awb
     * art. 7:13 lid 7); the explanation goes to the arrangement, the outcome to the process.
     */
    public void bezwaarBeslist(String procesInstantieId, String deel, Arrangement.Bezwaaruitkomst uitkomst,
                               String toelichting) {
        Arrangement a = voorProces(procesInstantieId);
        zorgstapMetToestemming(deel, a.getDossierNummer(), "de gemeente beslist niet op het bezwaar tegen het zorgdeel "
                + "en neemt het niet opnieuw in behandeling.");
        Bezwaarregels.bezwaarBeslist(a, deel, uitkomst, toelichting);
    }

    // ---- the zorgplicht clock of the previous model version: only instances started before issue 23 still run it
    // (Camunda keeps their definition; docs/beheer.md). New instances have no clock here: it runs in toelating.

    /** Task verlengen: extending needs a reason on one line (the parents hear it). */
    public void verlenging(String procesInstantieId, boolean verlengen, String reden) {
        if (reden != null && (reden.contains("\n") || reden.contains("\r"))) {
            throw new OngeldigeInvoerException("reden", "Geef de reden op één regel.");
        }
        if (verlengen && (reden == null || reden.isBlank())) {
            throw new OngeldigeInvoerException("reden", "Geef de reden van de verlenging; de ouders horen haar.");
        }
        if (verlengen) {
            voorProces(procesInstantieId).verlengReden(reden.trim());
        }
    }

    /** Once, by 4 weeks (row zorgplichtVerlenging): the zorgplicht now runs until {@code tot}. */
    public void verlengd(String procesInstantieId, LocalDate tot) {
        voorProces(procesInstantieId).verlengd(tot);
    }

    public void meldVerlengingVerlopen(Instantie instantie) {
        meldZorgcoordinator(instantie, "Zorgplicht niet verlengd (dossier " + instantie.dossierNummer() + ")",
                "Over verlenging is niet besloten voordat de zorgplicht verstreek; verlengen kan niet meer.");
    }

    /** No place within the (extended) zorgplicht: the pupil may end up at home. SWV and leerplicht hear it. */
    public void escaleerZorgplicht(Instantie instantie) {
        Arrangement a = voorProces(instantie.procesInstantieId());
        LocalDate tot = a.getVerlengdTot() != null ? a.getVerlengdTot() : a.getZorgplichtTot();
        String feiten = "Schriftelijke aanmelding ontvangen op " + a.getRegistratieOntvangenOp() + "; zorgplicht tot "
                + a.getZorgplichtTot() + (a.getVerlengdTot() == null ? "" : ", verlengd tot " + a.getVerlengdTot())
                + ", verstreken zonder passende plek.";
        leerplicht.escaleer(a.getDossierNummer(), Reden.ZORGPLICHT_OVERSCHREDEN, feiten, PROCES);
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, "swv", instantie.school(),
                "Zorgplicht overschreden (dossier " + a.getDossierNummer() + ")",
                "De zorgplicht voor dossier " + a.getDossierNummer() + " verliep op " + tot + " zonder passende plek. "
                        + "Leerplicht is ingelicht. " + feiten, a.getDossierNummer(), null));
        meldZorgcoordinator(instantie, "Zorgplicht overschreden (dossier " + a.getDossierNummer() + ")",
                "De zorgplicht is verstreken zonder plek; het SWV en leerplicht zijn ingelicht.");
    }

    // ---- the running arrangement

    /** Both granted: the arrangement, its start date, goals and evaluation cycle go into the one plan. */
    public void zetInPlan(Instantie instantie) {
        Arrangement a = voorProces(instantie.procesInstantieId());
        List<Long> doelen = dossiers.voegDoelenToe(a.getDossierNummer(), a.getOppDoelen());
        a.gestart(LocalDate.ofInstant(nu(), NL), doelen);
        meldZorgcoordinator(instantie, "Arrangement gestart (dossier " + a.getDossierNummer() + ")",
                "Beide besluiten zijn toegekend. Het arrangement staat in het plan met " + doelen.size()
                        + " doelen; stel binnen 6 weken het OPP vast, daarna volgt elke 3 maanden een evaluatie.");
    }

    public void geenPlaats(String procesInstantieId) {
        voorProces(procesInstantieId).geenPlaats();
    }

    /**
     * Step "OPP-proces starten": the pupil is placed, so the OPP follows in process opp (within 6 weeks, after OOGO,
     * with the parents' instemming on the handelingsdeel); its first version starts from this request's OPP.
     */
    public void startOpp(Instantie instantie, String onderwijssoort) {
        Arrangement a = voorProces(instantie.procesInstantieId());
        opp.start(aanvrager(instantie, onderwijssoort), a.getPerspectief(), a.getOppDoelen());
    }

    /** Step "OPP bijstellen": the evaluation chose bijstellen, a new version of the OPP that asks instemming again. */
    public void stelOppBij(Instantie instantie, String onderwijssoort) {
        opp.bijstellen(aanvrager(instantie, onderwijssoort));
    }

    private static OppService.Aanvrager aanvrager(Instantie instantie, String onderwijssoort) {
        return new OppService.Aanvrager(instantie.dossierNummer(), instantie.school(), onderwijssoort,
                instantie.zorgcoordinator());
    }

    /** Task opp of the versions before issue 23's OPP process (their running instances finish on it). */
    public void opp(String procesInstantieId, String perspectief) {
        Arrangement a = voorProces(procesInstantieId);
        a.perspectief(perspectief.trim());
        opp.overgenomen(a.getDossierNummer(), a.getPerspectief(), a.getOppDoelen());
    }

    /** Every goal of the arrangement scored (behaald, deels, niet), and what comes next. */
    public void evaluatie(String procesInstantieId, List<Invoer.Score> doelen, DoelScore.Vervolg vervolg, String door) {
        Arrangement a = voorProces(procesInstantieId);
        elkDoelPreciesEens(a, doelen.stream().map(Invoer.Score::doel).toList());
        Instant nu = nu();
        doelen.forEach(s -> scores.save(new DoelScore(a.getId(), s.doel(), s.score(), vervolg, nu, door)));
    }

    /**
     * The closure: the outcome per goal in the plan. The closing survey is the family's own (issue #24): it opens now
     * ({@link ArrangementAfgesloten}, {@link Enqueteservice}); the school no longer fills it in on their behalf.
     */
    public void afsluiting(String procesInstantieId, List<Invoer.Uitkomst> doelen) {
        Arrangement a = voorProces(procesInstantieId);
        elkDoelPreciesEens(a, doelen.stream().map(Invoer.Uitkomst::doel).toList());
        List<Doel.Status> toegestaan = List.of(Doel.Status.BEHAALD, Doel.Status.DEELS_BEHAALD, Doel.Status.NIET_BEHAALD);
        for (int i = 0; i < doelen.size(); i++) {
            if (!toegestaan.contains(doelen.get(i).uitkomst())) {
                throw new OngeldigeInvoerException("doelen[" + i + "].uitkomst", "Kies BEHAALD, DEELS_BEHAALD of NIET_BEHAALD.");
            }
        }
        doelen.forEach(d -> dossiers.wijzigDoel(a.getDossierNummer(), d.doel(), d.uitkomst()));
        Instant nu = nu();
        a.afgesloten(nu);
        events.publishEvent(new ArrangementAfgesloten(a.getId(), a.getDossierNummer(), nu));
    }

    /** Only checks that task afsluiten recorded the outcomes. */
    public void controleerAfsluiting(String procesInstantieId) {
        if (voorProces(procesInstantieId).getStatus() != Arrangement.Status.AFGESLOTEN) {
            throw new OngeldigeInvoerException("doelen", "Leg in EenPlan per doel de uitkomst vast.");
        }
        // The arrangement ended: so does its OPP process (the OPP's versions stay in the dossier).
        opp.beeindig(voorProces(procesInstantieId).getDossierNummer());
    }

    private void elkDoelPreciesEens(Arrangement a, List<Long> gegeven) {
        Set<Long> verwacht = new HashSet<>(a.getDoelIds());
        if (gegeven.size() != verwacht.size() || !verwacht.equals(new HashSet<>(gegeven))) {
            throw new OngeldigeInvoerException("doelen", "Geef elk doel van het arrangement precies één keer: "
                    + a.getDoelIds() + ".");
        }
    }

    // ---- a school change

    /**
     * An objection the parents lodged against a decision on this pupil's arrangement (either part) that is not decided
     * yet: its step runs in the old school's arrangement. A school change waits for it (nl.eenplan.schoolwissel), so an
     * objection never ends silently with the old school's process. The description, or empty.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> lopendBezwaar(String dossierNummer) {
        for (Arrangement a : arrangementen.findByDossierNummerOrderById(dossierNummer)) {
            for (String deel : List.of(ONDERWIJS, ZORG)) {
                if (a.getStatus() != Arrangement.Status.AFGESLOTEN && a.bezwaarOntvangenOp(deel) != null
                        && a.bezwaarUitkomst(deel) == null) {
                    return java.util.Optional.of("het bezwaar van de ouders tegen het besluit over het "
                            + (ZORG.equals(deel) ? "zorgdeel" : "onderwijsdeel") + " van arrangement " + a.getId()
                            + " (ontvangen op " + a.bezwaarOntvangenOp(deel) + ")");
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A decision on a part of an arrangement whose objection term still runs with no objection lodged (Awb art. 6:7 and
     * 6:8: 6 weeks from the day after the letter): which part (ONDERWIJS, decided by the SWV; ZORG, by the gemeente), of
     * which arrangement, decided when, and the last day the parents can object.
     */
    public record Bezwaartermijn(String deel, Long arrangementId, LocalDate besluitOp, LocalDate tot) {

        /** The body the parents object to (Awb art. 6:4 lid 1: the one that decided). */
        public boolean doorSwv() {
            return ONDERWIJS.equals(deel);
        }

        public String omschrijving() {
            return "het besluit " + (besluitOp == null ? "" : "van " + besluitOp + " ") + "over het "
                    + (doorSwv() ? "onderwijsdeel" : "zorgdeel") + " van arrangement " + arrangementId + ": de ouders "
                    + "kunnen tot en met " + tot + " bezwaar maken bij " + (doorSwv() ? "het samenwerkingsverband dat"
                    : "de gemeente die") + " besloot";
        }
    }

    /**
     * The objection terms that still run for this pupil's decisions with no objection lodged yet. A school change does
     * not wait for them (holding the pupil at the old school for weeks protects no one, and the parents' right does not
     * depend on the school); it tells the new school and the SWV that decided (nl.eenplan.schoolwissel).
     */
    @Transactional(readOnly = true)
    public List<Bezwaartermijn> lopendeBezwaartermijnen(String dossierNummer) {
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        List<Bezwaartermijn> lopend = new java.util.ArrayList<>();
        for (Arrangement a : arrangementen.findByDossierNummerOrderById(dossierNummer)) {
            for (String deel : List.of(ONDERWIJS, ZORG)) {
                LocalDate tot = a.bezwaartermijnTot(deel);
                if (tot != null && !tot.isBefore(vandaag) && a.bezwaarOntvangenOp(deel) == null) {
                    lopend.add(new Bezwaartermijn(deel, a.getId(), a.besluitOp(deel), tot));
                }
            }
        }
        return lopend;
    }

    /**
     * A school change moved the pupil's running arrangement to the new school: the old school's rows that were not
     * closed are marked "voortgezet elders", so the monitor counts the arrangement once (at the new school).
     */
    public void voortgezetElders(String dossierNummer) {
        arrangementen.findByDossierNummerOrderById(dossierNummer).stream()
                .filter(a -> a.getStatus() != Arrangement.Status.AFGESLOTEN
                        && a.getStatus() != Arrangement.Status.GEEN_PLAATS)
                .forEach(Arrangement::voortgezetElders);
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<ArrangementView> vanDossier(String nummer) {
        dossiers.routeringsgegevens(nummer);
        return arrangementen.findByDossierNummerOrderById(nummer).stream()
                .map(a -> ArrangementView.van(a, scores.findByArrangementIdOrderById(a.getId()),
                        groeidocumentVersie(a))).toList();
    }

    /**
     * For the SWV: the request and the OPP, not the care part. For the gemeente: the care part, not the opinions. The
     * pupil's home gemeente that decides on the care part reads it also when the school is in another gemeente
     * ({@link #zorgdeelLezer}); the dossier's access decides for everyone else.
     */
    @Transactional(readOnly = true)
    public ArrangementView voorBeslisser(Long id, boolean swv, boolean gemeente) {
        if (gemeente && !swv) {
            Arrangement a = arrangementen.findById(id)
                    .orElseThrow(() -> new NietGevondenException("Er is geen arrangement " + id + "."));
            if (zorgdeelLezer(a) == Lezer.BESLISSENDE_GEMEENTE) {
                return voorWoongemeente(a);
            }
        }
        return voorBeslisser(vind(id), swv, gemeente)
                .orElseThrow(() -> new NietGevondenException("Er is geen arrangement " + id + "."));
    }

    /**
     * For the gemeente that decides on the care part as the pupil's home gemeente (JeugdhulpbesluitService), whose
     * users may not see the school's pupils: the care part and perspective only, while consent for jeugdhulp is in force.
     */
    private ArrangementView voorWoongemeente(Arrangement a) {
        nl.eenplan.web.Audit.betreftDossier(a.getDossierNummer());
        if (a.getZorgOmschrijving() == null
                || !toestemmingen.leest(a.getDossierNummer(), Gegevensstroom.GEMEENTE_ZORGDEEL).mag()) {
            throw new NietGevondenException("Er is geen arrangement " + a.getId() + ".");
        }
        return ArrangementView.van(a, List.of(), groeidocumentVersie(a)).alleenZorgdeel();
    }

    /** Who a gemeente user is for an arrangement's care part. */
    public enum Lezer {
        /** The gemeente that decides (or decided) on it as the pupil's home gemeente (process jeugdhulpbesluit). */
        BESLISSENDE_GEMEENTE,
        /** Another gemeente (the school's, the one the application was forwarded from): it does not read it. */
        ANDERE_GEMEENTE,
        /** A care part from before process jeugdhulpbesluit, or none: as before, by the dossier's access. */
        GEEN_AANVRAAG
    }

    /**
     * The one rule of which gemeente reads a care part (API and pupil's page alike): once it went as an application for
     * jeugdhulp to the pupil's home gemeente (Jeugdwet art. 1.1 "woonplaats", art. 2.3), only that gemeente (the last
     * one it went to, after a forwarding under Awb art. 2:3) reads it; a care part from before that process, by the
     * dossier's access as before.
     */
    Lezer zorgdeelLezer(Arrangement a) {
        var lijst = jeugdhulpaanvragen.findByArrangementIdOrderById(a.getId());
        if (lijst.isEmpty()) {
            return Lezer.GEEN_AANVRAAG;
        }
        Jeugdhulpaanvraag laatste = lijst.get(lijst.size() - 1);
        return toegang.inGroep(nl.eenplan.security.Groepen.GEMEENTE) && toegang.zicht().omvat(laatste.getGemeente())
                ? Lezer.BESLISSENDE_GEMEENTE : Lezer.ANDERE_GEMEENTE;
    }

    /**
     * The pupil's arrangements as {@link #voorBeslisser(Long, boolean, boolean)} shows each one to the SWV or the
     * gemeente (the pupil's page in EenPlan): the same rule, so the page shows what the API gives and no more.
     */
    @Transactional(readOnly = true)
    public List<ArrangementView> voorBeslisser(String dossierNummer, boolean swv, boolean gemeente) {
        dossiers.controleerToegang(dossierNummer);
        return arrangementen.findByDossierNummerOrderById(dossierNummer).stream()
                .flatMap(a -> voorBeslisser(a, swv, gemeente).stream()).toList();
    }

    /**
     * The groeidocument version the request attached, as the parents signed it: for the SWV on its statutory task
     * (Gegevensstroom.SWV, named in the audit entry) and for the pupil's school; not for the gemeente (its decision is
     * on the care part). 404 for a request without one (made before the groeidocument was a document).
     */
    @Transactional(readOnly = true)
    public GroeidocumentView.Versie groeidocument(Long id, boolean swv, boolean school) {
        Arrangement a = vind(id);
        // The school a pupil left keeps no groeidocument (dossier.DossierToegang): it went along with the pupil.
        boolean mag = (school && dossiers.alleenTeLezen(a.getDossierNummer()).isEmpty())
                || (swv && toestemmingen.leest(a.getDossierNummer(), Gegevensstroom.SWV).mag());
        if (!mag || a.getGroeidocumentVersieId() == null) {
            throw new NietGevondenException("Bij arrangement " + id + " is geen groeidocument gevoegd.");
        }
        return groeidocumenten.metId(a.getGroeidocumentVersieId()).orElseThrow(
                () -> new NietGevondenException("Bij arrangement " + id + " is geen groeidocument gevoegd."));
    }

    /** The number of the groeidocument version the request attached (null: none). */
    private Integer groeidocumentVersie(Arrangement a) {
        return a.getGroeidocumentVersieId() == null ? null : groeidocumenten.metId(a.getGroeidocumentVersieId())
                .map(GroeidocumentView.Versie::versie).orElse(null);
    }

    private java.util.Optional<ArrangementView> voorBeslisser(Arrangement a, boolean swv, boolean gemeente) {
        // What they read is a flow too: the request's audit entry names the basis (ToestemmingService.leest).
        Beslisserdeel deel = beslisserdeel(a, swv, gemeente, toestemmingen::leest);
        if (deel == Beslisserdeel.GEEN) {
            return java.util.Optional.empty();
        }
        ArrangementView alles = ArrangementView.van(a, List.of(), groeidocumentVersie(a));
        return java.util.Optional.of(deel == Beslisserdeel.AANVRAAG ? alles.zonderZorgdeel() : alles.alleenZorgdeel());
    }

    /** What of a request the SWV or the gemeente reads for its decision. */
    private enum Beslisserdeel {
        /** The request and the OPP, not the care part (the SWV). */
        AANVRAAG,
        /** The care part, not the opinions (the gemeente). */
        ZORGDEEL,
        GEEN
    }

    /**
     * The one rule of {@link #voorBeslisser(String, boolean, boolean)}: the SWV on its statutory task (never the care
     * part); the gemeente only while consent for jeugdhulp is in force, and not another gemeente than the one the care
     * part went to ({@link #zorgdeelLezer}). {@code grondslag} asks for consent: reading records the basis, asking
     * whether there is something to read does not.
     */
    private Beslisserdeel beslisserdeel(Arrangement a, boolean swv, boolean gemeente,
                                        java.util.function.BiFunction<String, Gegevensstroom,
                                                nl.eenplan.dossier.Grondslagbesluit> grondslag) {
        if (swv && grondslag.apply(a.getDossierNummer(), Gegevensstroom.SWV).mag()) {
            return Beslisserdeel.AANVRAAG;
        }
        if (gemeente && a.getZorgOmschrijving() != null && zorgdeelLezer(a) != Lezer.ANDERE_GEMEENTE
                && grondslag.apply(a.getDossierNummer(), Gegevensstroom.GEMEENTE_ZORGDEEL).mag()) {
            return Beslisserdeel.ZORGDEEL;
        }
        return Beslisserdeel.GEEN;
    }

    /**
     * Whether {@link #voorBeslisser(String, boolean, boolean)} gives the SWV or gemeente user anything of this pupil, by
     * the same rule, without reading it (nothing in the audit log): for a link to the pupil's page.
     */
    @Transactional(readOnly = true)
    public boolean heeftVoorBeslisser(String dossierNummer, boolean swv, boolean gemeente) {
        return (swv || gemeente) && dossiers.toegankelijk(dossierNummer)
                && arrangementen.findByDossierNummerOrderById(dossierNummer).stream()
                .anyMatch(a -> beslisserdeel(a, swv, gemeente, toestemmingen::mag) != Beslisserdeel.GEEN);
    }

    private Arrangement voorProces(String procesInstantieId) {
        return arrangementen.findByProcesInstantieId(procesInstantieId).orElseThrow(() -> new IllegalStateException(
                "Geen arrangement bij procesinstantie " + procesInstantieId + "."));
    }

    private Arrangement vind(Long id) {
        Arrangement a = arrangementen.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen arrangement " + id + "."));
        // Named before the checks: a refused attempt is in the pupil's inzage too.
        nl.eenplan.web.Audit.betreftDossier(a.getDossierNummer());
        dossiers.controleerToegang(a.getDossierNummer(), () -> new NietGevondenException("Er is geen arrangement " + id + "."));
        return a;
    }

    private void meldZorgcoordinator(Instantie instantie, String onderwerp, String tekst) {
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, instantie.zorgcoordinator(), onderwerp,
                tekst, instantie.dossierNummer(), null));
    }

    private static String blankAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant nu() {
        return clock.instant();
    }
}
