package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
        weg.forEach(a -> scores.deleteAll(scores.findByArrangementIdOrderById(a.getId())));
        arrangementen.deleteAll(weg);
    }

    static final String PROCES = "arrangement";
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ArrangementRepository arrangementen;
    private final DoelScoreRepository scores;
    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final LeerplichtService leerplicht;
    private final MeldingService meldingen;
    private final Termijn termijnen;
    private final RuntimeService runtimeService;
    private final Clock clock;

    ArrangementService(ArrangementRepository arrangementen, DoelScoreRepository scores, DossierService dossiers,
                       ToestemmingService toestemmingen, LeerplichtService leerplicht, MeldingService meldingen,
                       Termijn termijnen, RuntimeService runtimeService, Clock clock) {
        this.clock = clock;
        this.arrangementen = arrangementen;
        this.scores = scores;
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.leerplicht = leerplicht;
        this.meldingen = meldingen;
        this.termijnen = termijnen;
        this.runtimeService = runtimeService;
    }

    // ---- the request

    Map<String, Object> aanvraag(Taakcontext taak, Invoer.Aanvraag a) {
        Arrangement arrangement = voorProces(taak.procesInstantieId());
        arrangement.aanvraag(a.onderwijsdeel(), a.onderwijs().trim(), blankAlsNull(a.zorg()), a.perspectief().trim(),
                a.doelen().stream().map(String::trim).toList(), a.aanmeldingOntvangenOp());
        return Map.of();
    }

    /** Complete? Then the zorgplicht starts from the day the written registration came in. */
    void controleer(DelegateExecution execution) {
        Arrangement a = voorProces(execution.getProcessInstanceId());
        boolean toestemmingSwv = toestemmingen.inWerking(execution.getProcessBusinessKey(), Toestemming.Scope.SWV);
        if (!a.isCompleet() || !toestemmingSwv) {
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
            if (!toestemmingen.inWerking(execution.getProcessBusinessKey(), Toestemming.Scope.SWV)) {
                ontbreekt.add("toestemming voor het samenwerkingsverband");
            }
            execution.setVariable("aanvraagCompleet", false);
            execution.setVariable("ontbreekt", "Nog nodig: " + String.join(", ", ontbreekt) + ".");
            return;
        }
        String nummer = execution.getProcessBusinessKey();
        Date ontvangen = Date.from(a.getRegistratieOntvangenOp().atStartOfDay(NL).toInstant());
        Date deadline = termijnen.deadlineVanaf(execution, PROCES, "zorgplicht", ontvangen);
        boolean toestemmingJeugdhulp = toestemmingen.inWerking(nummer, Toestemming.Scope.JEUGDHULP);
        boolean zorgdeel = a.getZorgOmschrijving() != null;
        execution.setVariable("aanvraagCompleet", true);
        execution.setVariable("ontbreekt", null);
        execution.setVariable("arrangementId", a.getId());
        execution.setVariable("registratieDatum", ontvangen);
        execution.setVariable("zorgplichtDeadline", deadline);
        execution.setVariable("tlv", a.getOnderwijsSoort() == Onderwijsdeel.TLV);
        execution.setVariable("zorgBeslissen", zorgdeel && toestemmingJeugdhulp);
        execution.setVariable("verlengd", false);
        execution.setVariable("plaatsGeboden", false);
        a.naarBesluitvorming(LocalDate.ofInstant(deadline.toInstant(), NL));
        if (zorgdeel && !toestemmingJeugdhulp) {
            meldZorgcoordinator(execution, "Zorgdeel niet voorgelegd aan de gemeente (dossier " + nummer + ")",
                    "Er is geen toestemming voor jeugdhulp: het zorgdeel van de aanvraag gaat niet naar de gemeente en "
                            + "er worden geen gegevens gedeeld. Alleen het onderwijsdeel gaat naar het SWV.");
        }
    }

    // ---- the decisions

    Map<String, Object> adviezen(Taakcontext taak, Invoer.Adviezen a) {
        if (a.eerste().door().trim().equalsIgnoreCase(a.tweede().door().trim())) {
            throw new OngeldigeInvoerException("tweede.door", "Een TLV vraagt twee onafhankelijke deskundigen: "
                    + "het tweede advies komt van iemand anders.");
        }
        voorProces(taak.procesInstantieId()).adviezen(a.eerste().door(), a.eerste().advies(), a.tweede().door(),
                a.tweede().advies());
        return Map.of();
    }

    void controleerAdviezen(String procesInstantieId) {
        if (!voorProces(procesInstantieId).heeftTweeAdviezen()) {
            throw new OngeldigeInvoerException("adviezen", "Een TLV vraagt twee onafhankelijke deskundigenadviezen; "
                    + "leg ze vast in EenPlan voor het besluit.");
        }
    }

    Map<String, Object> besluit(Taakcontext taak, String deel, Invoer.Besluitvorming b) {
        // The task goes when consent for jeugdhulp is withdrawn; this is for a task of a model version without that.
        if (deel.equals("ZORG") && !toestemmingen.inWerking(taak.dossierNummer(), Toestemming.Scope.JEUGDHULP)) {
            throw new NietMogelijkException("Er is geen toestemming voor jeugdhulp (meer): de gemeente besluit niet "
                    + "over het zorgdeel.");
        }
        voorProces(taak.procesInstantieId()).toelichting(deel, blankAlsNull(b.toelichting()));
        return Map.of(deel.equals("ZORG") ? "zorgBesluit" : "onderwijsBesluit", b.besluit().name());
    }

    /** Records a decision; a place is offered when the education part and (if decided on) the care part are granted. */
    void legBesluitVast(DelegateExecution execution, String deel) {
        String variabele = deel.equals("ZORG") ? "zorgBesluit" : "onderwijsBesluit";
        Besluit besluit = Besluit.valueOf(String.valueOf(execution.getVariable(variabele)));
        voorProces(execution.getProcessInstanceId()).besluit(deel, besluit);
        boolean onderwijs = Besluit.TOEGEKEND.name().equals(execution.getVariable("onderwijsBesluit"));
        boolean zorg = !Boolean.TRUE.equals(execution.getVariable("zorgBeslissen"))
                || Besluit.TOEGEKEND.name().equals(execution.getVariable("zorgBesluit"));
        execution.setVariable("plaatsGeboden", onderwijs && zorg);
    }

    /**
     * Consent for jeugdhulp was withdrawn while the gemeente was deciding: its task is gone, the care part is not
     * decided on and no longer shared. The arrangement goes on as if there was no care part to decide: a place when
     * the education part is (or will be) granted. The zorgcoördinator hears it.
     */
    void zorgdeelVervalt(DelegateExecution execution) {
        Arrangement a = voorProces(execution.getProcessInstanceId());
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        a.toelichting("ZORG", "Vervallen: toestemming voor jeugdhulp ingetrokken op " + vandaag + ".");
        execution.setVariable("zorgBeslissen", false);
        execution.setVariable("plaatsGeboden", Besluit.TOEGEKEND.name().equals(execution.getVariable("onderwijsBesluit")));
        meldZorgcoordinator(execution, "Besluit zorgdeel vervalt: toestemming ingetrokken (dossier " + a.getDossierNummer() + ")",
                "De toestemming voor jeugdhulp is ingetrokken. De gemeente besluit niet meer over het zorgdeel van het "
                        + "arrangement en ziet het niet meer; haar taak is vervallen. Het arrangement gaat verder met "
                        + "alleen het onderwijsdeel. Bespreek met ouders en leerling hoe de zorg verder gaat.");
    }

    void meldAfwijzing(DelegateExecution execution, String deel) {
        String wie = deel.equals("ZORG") ? "De gemeente heeft het zorgdeel" : "Het SWV heeft het onderwijsdeel";
        Arrangement a = voorProces(execution.getProcessInstanceId());
        meldZorgcoordinator(execution, "Afwijzing: informeer de ouders (dossier " + a.getDossierNummer() + ")",
                wie + " van het arrangement afgewezen. Informeer de ouders schriftelijk: zij kunnen binnen 6 weken bezwaar "
                        + "maken. Registreer een bezwaar in EenPlan (POST /api/arrangementen/" + a.getId() + "/bezwaar); "
                        + "dan wordt het besluit opnieuw genomen.");
    }

    /** The parents object within the 6 weeks: the decision is taken again. */
    public void bezwaar(Long id, Invoer.Bezwaar bezwaar) {
        Arrangement a = vind(id);
        if (bezwaar.deel() == Invoer.Deel.ZORG && !toestemmingen.inWerking(a.getDossierNummer(), Toestemming.Scope.JEUGDHULP)) {
            throw new NietMogelijkException("Er is geen toestemming voor jeugdhulp (meer): het zorgdeel gaat niet opnieuw "
                    + "naar de gemeente.");
        }
        String bericht = bezwaar.deel() == Invoer.Deel.ZORG ? "bezwaarZorgdeel" : "bezwaarOnderwijsdeel";
        try {
            runtimeService.createMessageCorrelation(bericht).processInstanceId(a.getProcesInstantieId()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new NietMogelijkException("Er loopt geen bezwaartermijn voor het "
                    + (bezwaar.deel() == Invoer.Deel.ZORG ? "zorgdeel" : "onderwijsdeel") + " van dit arrangement.");
        }
        a.toelichting(bezwaar.deel().name(), "Bezwaar: " + (bezwaar.toelichting() == null ? "" : bezwaar.toelichting()));
    }

    // ---- the zorgplicht clock

    Map<String, Object> verlenging(Taakcontext taak, Invoer.Verlenging v) {
        if (v.reden() != null && (v.reden().contains("\n") || v.reden().contains("\r"))) {
            throw new OngeldigeInvoerException("reden", "Geef de reden op één regel.");
        }
        if (v.verlengen() && (v.reden() == null || v.reden().isBlank())) {
            throw new OngeldigeInvoerException("reden", "Geef de reden van de verlenging; de ouders horen haar.");
        }
        if (v.verlengen()) {
            voorProces(taak.procesInstantieId()).verlengReden(v.reden().trim());
        }
        return Map.of("zorgplichtVerlengen", v.verlengen());
    }

    /** Once, by 4 weeks (row zorgplichtVerlenging), after the parents were informed in writing. */
    void legVerlengingVast(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable("zorgplichtDeadline");
        Date tot = termijnen.deadlineVanaf(execution, PROCES, "zorgplichtVerlenging", deadline);
        execution.setVariable("verlengd", true);
        execution.setVariable("verlengdTot", tot);
        voorProces(execution.getProcessInstanceId()).verlengd(LocalDate.ofInstant(tot.toInstant(), NL));
    }

    void meldVerlengingVerlopen(DelegateExecution execution) {
        meldZorgcoordinator(execution, "Zorgplicht niet verlengd (dossier " + execution.getProcessBusinessKey() + ")",
                "Over verlenging is niet besloten voordat de zorgplicht verstreek; verlengen kan niet meer.");
    }

    /** No place within the (extended) zorgplicht: the pupil may end up at home. SWV and leerplicht hear it. */
    void escaleerZorgplicht(DelegateExecution execution) {
        Arrangement a = voorProces(execution.getProcessInstanceId());
        LocalDate tot = a.getVerlengdTot() != null ? a.getVerlengdTot() : a.getZorgplichtTot();
        String feiten = "Schriftelijke aanmelding ontvangen op " + a.getRegistratieOntvangenOp() + "; zorgplicht tot "
                + a.getZorgplichtTot() + (a.getVerlengdTot() == null ? "" : ", verlengd tot " + a.getVerlengdTot())
                + ", verstreken zonder passende plek.";
        leerplicht.escaleer(a.getDossierNummer(), Reden.ZORGPLICHT_OVERSCHREDEN, feiten, PROCES);
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, "swv", execution.getTenantId(),
                "Zorgplicht overschreden (dossier " + a.getDossierNummer() + ")",
                "De zorgplicht voor dossier " + a.getDossierNummer() + " verliep op " + tot + " zonder passende plek. "
                        + "Leerplicht is ingelicht. " + feiten, a.getDossierNummer(), null));
        meldZorgcoordinator(execution, "Zorgplicht overschreden (dossier " + a.getDossierNummer() + ")",
                "De zorgplicht is verstreken zonder plek; het SWV en leerplicht zijn ingelicht.");
    }

    // ---- the running arrangement

    /** Both granted: the arrangement, its start date, goals and evaluation cycle go into the one plan. */
    void zetInPlan(DelegateExecution execution) {
        Arrangement a = voorProces(execution.getProcessInstanceId());
        List<Long> doelen = dossiers.voegDoelenToe(a.getDossierNummer(), a.getOppDoelen());
        a.gestart(LocalDate.ofInstant(nu(), NL), doelen);
        meldZorgcoordinator(execution, "Arrangement gestart (dossier " + a.getDossierNummer() + ")",
                "Beide besluiten zijn toegekend. Het arrangement staat in het plan met " + doelen.size()
                        + " doelen; stel binnen 6 weken het OPP vast, daarna volgt elke 3 maanden een evaluatie.");
    }

    void geenPlaats(String procesInstantieId) {
        voorProces(procesInstantieId).geenPlaats();
    }

    Map<String, Object> opp(Taakcontext taak, Invoer.Opp o) {
        voorProces(taak.procesInstantieId()).perspectief(o.perspectief().trim());
        return Map.of("oppVastgesteld", true);
    }

    /** Every goal of the arrangement scored (behaald, deels, niet), and what comes next. */
    Map<String, Object> evaluatie(Taakcontext taak, Invoer.Evaluatie e, String door) {
        Arrangement a = voorProces(taak.procesInstantieId());
        elkDoelPreciesEens(a, e.doelen().stream().map(Invoer.Score::doel).toList());
        Instant nu = nu();
        e.doelen().forEach(s -> scores.save(new DoelScore(a.getId(), s.doel(), s.score(), e.vervolg(), nu, door)));
        return Map.of("arrangementVervolg", e.vervolg().name());
    }

    /** The closure: the outcome per goal in the plan, and the survey, kept for the monitor. */
    Map<String, Object> afsluiting(Taakcontext taak, Invoer.Afsluiting s) {
        Arrangement a = voorProces(taak.procesInstantieId());
        elkDoelPreciesEens(a, s.doelen().stream().map(Invoer.Uitkomst::doel).toList());
        List<Doel.Status> toegestaan = List.of(Doel.Status.BEHAALD, Doel.Status.DEELS_BEHAALD, Doel.Status.NIET_BEHAALD);
        for (int i = 0; i < s.doelen().size(); i++) {
            if (!toegestaan.contains(s.doelen().get(i).uitkomst())) {
                throw new OngeldigeInvoerException("doelen[" + i + "].uitkomst", "Kies BEHAALD, DEELS_BEHAALD of NIET_BEHAALD.");
            }
        }
        s.doelen().forEach(d -> dossiers.wijzigDoel(a.getDossierNummer(), d.doel(), d.uitkomst()));
        a.afgesloten(s.tevredenheidOuders(), s.tevredenheidLeerling(), s.ervarenBaatOuders(), s.ervarenBaatLeerling(), nu());
        return Map.of();
    }

    void controleerAfsluiting(String procesInstantieId) {
        if (voorProces(procesInstantieId).getStatus() != Arrangement.Status.AFGESLOTEN) {
            throw new OngeldigeInvoerException("doelen", "Leg in EenPlan per doel de uitkomst en de tevredenheid van "
                    + "ouders en leerling vast.");
        }
    }

    private void elkDoelPreciesEens(Arrangement a, List<Long> gegeven) {
        Set<Long> verwacht = new HashSet<>(a.getDoelIds());
        if (gegeven.size() != verwacht.size() || !verwacht.equals(new HashSet<>(gegeven))) {
            throw new OngeldigeInvoerException("doelen", "Geef elk doel van het arrangement precies één keer: "
                    + a.getDoelIds() + ".");
        }
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<ArrangementView> vanDossier(String nummer) {
        dossiers.routeringsgegevens(nummer);
        return arrangementen.findByDossierNummerOrderById(nummer).stream()
                .map(a -> ArrangementView.van(a, scores.findByArrangementIdOrderById(a.getId()))).toList();
    }

    /** For the SWV: the request and the OPP, not the care part. For the gemeente: the care part, not the opinions. */
    @Transactional(readOnly = true)
    public ArrangementView voorBeslisser(Long id, boolean swv, boolean gemeente) {
        Arrangement a = vind(id);
        ArrangementView alles = ArrangementView.van(a, List.of());
        // Only while consent for their scope is in force; otherwise the request is not theirs to see.
        if (swv && toestemmingen.inWerking(a.getDossierNummer(), Toestemming.Scope.SWV)) {
            return alles.zonderZorgdeel();
        }
        if (gemeente && a.getZorgOmschrijving() != null
                && toestemmingen.inWerking(a.getDossierNummer(), Toestemming.Scope.JEUGDHULP)) {
            return alles.alleenZorgdeel();
        }
        throw new NietGevondenException("Er is geen arrangement " + id + ".");
    }

    private Arrangement voorProces(String procesInstantieId) {
        return arrangementen.findByProcesInstantieId(procesInstantieId).orElseGet(() -> arrangementen.save(
                new Arrangement((String) runtimeService.getVariable(procesInstantieId, "dossierNummer"), procesInstantieId)));
    }

    private Arrangement vind(Long id) {
        Arrangement a = arrangementen.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen arrangement " + id + "."));
        // Named before the checks: a refused attempt is in the pupil's inzage too.
        nl.eenplan.web.Audit.betreftDossier(a.getDossierNummer());
        dossiers.controleerToegang(a.getDossierNummer(), () -> new NietGevondenException("Er is geen arrangement " + id + "."));
        return a;
    }

    private void meldZorgcoordinator(DelegateExecution execution, String onderwerp, String tekst) {
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, (String) execution.getVariable("zorgcoordinator"),
                onderwerp, tekst, execution.getProcessBusinessKey(), null));
    }

    private static String blankAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant nu() {
        return clock.instant();
    }
}
