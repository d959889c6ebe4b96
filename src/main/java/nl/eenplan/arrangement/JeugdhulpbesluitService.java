package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.eenplan.arrangement.proces.Jeugdhulpbesluitproces;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingIngetrokken;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care part of an arrangement request as an application for jeugdhulp (issue #23, "jeugdhulpbesluit"): decided by
 * the gemeente where the pupil lives, in its own process {@code jeugdhulpbesluit} and tenant, on the Awb term (art.
 * 4:13: a reasonable term, at most 8 weeks after receipt; the Jeugdwet has none of its own; row jeugdhulpbesluit /
 * besluiten of termijnen.dmn), never on the arrangement's clock and never as a zorgplicht signal. Its rows
 * (table jeugdhulpaanvraag) say which gemeente decides and since when; the decision's explanation stays with the
 * arrangement.
 */
@Service
@Transactional
public class JeugdhulpbesluitService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** A day in the page's words ("16 december 2026"). */
    private static final java.time.format.DateTimeFormatter DAG = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    private final JeugdhulpaanvraagRepository aanvragen;
    private final ArrangementRepository arrangementen;
    private final ArrangementService arrangementService;
    private final DossierService dossiers;
    private final Gemeenten gemeenten;
    private final MeldingService meldingen;
    private final Jeugdhulpbesluitproces proces;
    private final Toegang toegang;
    private final nl.eenplan.dossier.ToestemmingService toestemmingen;
    private final Besluitbezwaarservice besluitbezwaren;
    private final Clock clock;
    private final boolean termijnVanafEersteOntvangst;

    JeugdhulpbesluitService(JeugdhulpaanvraagRepository aanvragen, ArrangementRepository arrangementen,
                            ArrangementService arrangementService, DossierService dossiers, Gemeenten gemeenten,
                            MeldingService meldingen, Jeugdhulpbesluitproces proces, Toegang toegang,
                            nl.eenplan.dossier.ToestemmingService toestemmingen,
                            Besluitbezwaarservice besluitbezwaren, Clock clock,
                            @Value("${eenplan.jeugdhulpbesluit.termijn-vanaf-eerste-ontvangst:true}")
                            boolean termijnVanafEersteOntvangst) {
        this.aanvragen = aanvragen;
        this.arrangementen = arrangementen;
        this.arrangementService = arrangementService;
        this.dossiers = dossiers;
        this.gemeenten = gemeenten;
        this.meldingen = meldingen;
        this.proces = proces;
        this.toegang = toegang;
        this.toestemmingen = toestemmingen;
        this.besluitbezwaren = besluitbezwaren;
        this.clock = clock;
        this.termijnVanafEersteOntvangst = termijnVanafEersteOntvangst;
    }

    /**
     * Which gemeente decides on jeugdhulp, in one place: the gemeente of the jeugdige's woonplaats, the gemeente of the
     * woonadres in the BRP (Jeugdwet art. 1.1 "woonplaats" sub 1, since the Wet wijziging woonplaatsbeginsel of 2022;
     * no longer the residence of the parent with gezag), which EenPlan knows as the pupil's recorded address
     * (dossier.Woonadres). A pupil living in a gemeente outside this EenPlan, or whose address is not recorded yet,
     * gets a decision from the school's gemeente rather than none (the reading that protects the pupil; that gemeente
     * can forward it, Awb art. 2:3); without an address, the school is asked for it and the application follows it.
     *
     * @return the tenant that decides: a CBS code, or null for the school's tenant (a school without a gemeente code)
     */
    static String beslissendeGemeente(Leerlingidentiteit leerling, java.util.function.Predicate<String> inEenPlan) {
        String woon = leerling.woongemeentecode();
        if (woon != null && inEenPlan.test(woon)) {
            return woon;
        }
        return leerling.schoolGemeentecode();
    }

    private String beslissendeGemeente(Leerlingidentiteit leerling) {
        return beslissendeGemeente(leerling, code -> gemeenten.inInstallatie(code).isPresent());
    }

    /**
     * Step "Besluit jeugdhulp van de woongemeente" of the arrangement begins: the care part (with consent for
     * jeugdhulp) goes as an application to the gemeente that decides, received today.
     */
    public void vraag(String arrangementInstantie) {
        Arrangement a = arrangementen.findByProcesInstantieId(arrangementInstantie).orElseThrow(
                () -> new IllegalStateException("Geen arrangement bij procesinstantie " + arrangementInstantie + "."));
        Leerlingidentiteit leerling = dossiers.identiteit(a.getDossierNummer());
        start(a, leerling, LocalDate.ofInstant(clock.instant(), NL));
        if (leerling.woongemeentecode() == null) {
            dossiers.woonadresNodig(a.getDossierNummer());
        }
    }

    private Jeugdhulpaanvraag start(Arrangement a, Leerlingidentiteit leerling, LocalDate ontvangenOp) {
        String gemeente = beslissendeGemeente(leerling);
        Jeugdhulpaanvraag aanvraag = aanvragen.saveAndFlush(new Jeugdhulpaanvraag(a.getId(), a.getDossierNummer(),
                gemeente == null ? leerling.schoolBrin() : gemeente, ontvangenOp, clock.instant()));
        aanvraag.gestart(proces.start(leerling, gemeente, a.getProcesInstantieId(), a.getId(), ontvangenOp));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.GEMEENTE, aanvraag.getGemeente(),
                "Aanvraag jeugdhulp: zorgdeel van een arrangement (dossier " + a.getDossierNummer() + ")",
                "Bij een arrangementaanvraag van " + leerling.schoolNaam() + " hoort een zorgdeel, met toestemming voor "
                        + "jeugdhulp. Uw gemeente besluit erover (taak 'Besluit jeugdhulp (woongemeente)'), binnen een "
                        + "redelijke termijn van uiterlijk 8 weken na ontvangst op " + ontvangenOp + " (Awb art. 4:13).",
                a.getDossierNummer(), null));
        return aanvraag;
    }

    /**
     * Task "Besluit jeugdhulp (woongemeente)": only with consent for jeugdhulp (as every care step:
     * ArrangementService.besluit); the explanation goes to the arrangement, the decision to the process.
     */
    public void besluit(String procesInstantieId, String dossierNummer, Besluit besluit, String toelichting) {
        Jeugdhulpaanvraag aanvraag = vanProces(procesInstantieId);
        Arrangement a = arrangementen.findById(aanvraag.getArrangementId()).orElseThrow();
        arrangementService.besluit(a.getProcesInstantieId(), dossierNummer, ArrangementService.ZORG, toelichting);
        // Recorded with the arrangement now: the page shows it and the letter may not predate it; the arrangement's
        // process hears only the final outcome (after the objection window), as the same decision.
        arrangementService.legBesluitVast(a.getProcesInstantieId(), ArrangementService.ZORG, besluit);
        aanvraag.afgerond(Jeugdhulpaanvraag.Status.BESLOTEN, besluit, null, clock.instant());
    }

    /**
     * Step "Zorgcoördinator hoort van de afwijzing": the school's zorgcoördinator hears of the refusal; the letter comes
     * from the gemeente (the same notice as every refusal: ArrangementService.meldAfwijzing).
     */
    public void meldAfwijzing(String arrangementInstantie, String dossierNummer, String zorgcoordinator, String school) {
        arrangementService.meldAfwijzing(new ArrangementService.Instantie(arrangementInstantie, dossierNummer,
                zorgcoordinator, school), ArrangementService.ZORG);
    }

    /**
     * The gemeente found the objection well-founded (Awb art. 7:11): it decides again, on a new term that counts from
     * today (the day of the decision on the objection). Returns that day, as the term's anchor.
     */
    public java.util.Date opnieuwTeBesluiten(String procesInstantieId) {
        vanProces(procesInstantieId).opnieuwTeBesluiten();
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), NL);
        return java.util.Date.from(vandaag.atStartOfDay(NL).toInstant());
    }

    /**
     * Step "Eindbesluit naar het arrangement": the arrangement that waits gets the final decision. After a school change
     * past the decision ({@code nieuwDossier} set) no arrangement waits any more (the old school's ended at the change):
     * the outcome goes as information to the new school's zorgcoördinatoren and the zorgcoördinator of its dossier (the
     * same notices as an SWV's objection outcome; ids and outcome words, no care details: those stay in the old dossier),
     * so nothing fails and the engine never half-advances.
     */
    public void meldBesluit(String procesInstantieId, String arrangementInstantie, String besluit, String nieuwDossier) {
        if (nieuwDossier == null) {
            proces.meldBesluit(arrangementInstantie, besluit);
            return;
        }
        Jeugdhulpaanvraag aanvraag = vanProces(procesInstantieId);
        boolean toegekend = Besluit.TOEGEKEND.name().equals(besluit);
        besluitbezwaren.meldNieuweSchool(nieuwDossier, "Eindbesluit jeugdhulp van de gemeente: "
                        + (toegekend ? "toegekend" : "afgewezen"),
                "Vóór de schoolwissel vroeg de vorige school jeugdhulp aan als zorgdeel van arrangement "
                        + aanvraag.getArrangementId() + " (dossier van de vorige school " + aanvraag.getDossierNummer()
                        + "). De gemeente die daarover besloot (" + gemeentenaam(aanvraag.getGemeente()) + ") heeft nu "
                        + "het eindbesluit: " + (toegekend ? "toegekend." : "afgewezen, en er loopt geen bezwaar meer "
                        + "tegen.") + " Het arrangement van de vorige school is bij de schoolwissel beëindigd; dit "
                        + "besluit is informatie voor uw school. Heeft de leerling bij u ondersteuning met zorg nodig, "
                        + "vraag dan een arrangement met zorgdeel aan; de gemeente beslist daar opnieuw over.");
    }

    private String gemeentenaam(String code) {
        return gemeenten.inInstallatie(code).map(g -> g.naam()).orElse(code);
    }

    /**
     * Consent for jeugdhulp withdrawn: every running decision lapses at once (their boundary events; the gemeente's
     * task is gone through every door), in the same transaction as the withdrawal. The arrangement's own step stops on
     * the same message (aanmelding.proces.StopRoutesZonderToestemming).
     */
    @EventListener
    void toestemmingIngetrokken(ToestemmingIngetrokken ingetrokken) {
        if (ingetrokken.scope() != Toestemming.Scope.JEUGDHULP) {
            return;
        }
        Instant nu = clock.instant();
        for (Jeugdhulpaanvraag aanvraag : aanvragen.findByDossierNummerAndStatus(ingetrokken.dossierNummer(),
                Jeugdhulpaanvraag.Status.LOPEND)) {
            aanvraag.afgerond(Jeugdhulpaanvraag.Status.VERVALLEN, null, null, nu);
        }
        proces.toestemmingIngetrokken(ingetrokken.dossierNummer());
    }

    /**
     * The school recorded an address in another gemeente while a decision runs: that gemeente is now the woonplaats
     * (Jeugdwet art. 1.1) and competent; the old gemeente may not decide any more and forwards the application
     * (Awb art. 2:3 lid 1). EenPlan forwards it at once: the old gemeente's task ends, the new one gets its own, and
     * nothing is lost (the application and its explanation stay with the arrangement, which keeps waiting). The term
     * keeps counting from the first receipt (the reading that protects the pupil: a move does not restart 8 weeks;
     * eenplan.jeugdhulpbesluit.termijn-vanaf-eerste-ontvangst=false counts from the forwarding).
     */
    @EventListener
    void woonadresVastgelegd(nl.eenplan.dossier.WoonadresVastgelegd vastgelegd) {
        for (Jeugdhulpaanvraag oud : aanvragen.findByDossierNummerAndStatus(vastgelegd.dossierNummer(),
                Jeugdhulpaanvraag.Status.LOPEND)) {
            Leerlingidentiteit leerling = dossiers.identiteit(oud.getDossierNummer());
            String nieuw = Optional.ofNullable(beslissendeGemeente(leerling)).orElse(leerling.schoolBrin());
            if (nieuw.equals(oud.getGemeente())) {
                continue;
            }
            Instant nu = clock.instant();
            // The first receipt, or after a well-founded objection the day the new term began (Awb art. 7:11).
            LocalDate termijnVanaf = proces.beslistermijnVanaf(oud.getProcesInstantieId()).orElse(oud.getOntvangenOp());
            oud.afgerond(Jeugdhulpaanvraag.Status.DOORGEZONDEN, null, nieuw, nu);
            aanvragen.saveAndFlush(oud);
            proces.beeindig(oud.getProcesInstantieId(), "Verhuisd: de aanvraag jeugdhulp is doorgezonden aan " + nieuw
                    + " (Awb art. 2:3)");
            Arrangement a = arrangementen.findById(oud.getArrangementId()).orElseThrow();
            Jeugdhulpaanvraag verder = start(a, leerling, termijnVanafEersteOntvangst ? termijnVanaf
                    : LocalDate.ofInstant(nu, NL));
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.GEMEENTE, oud.getGemeente(),
                    "Aanvraag jeugdhulp doorgezonden (dossier " + oud.getDossierNummer() + ")",
                    "De leerling woont nu in een andere gemeente (" + verder.getGemeente() + "), die over de jeugdhulp "
                            + "besluit (Jeugdwet art. 1.1, woonplaats). Uw taak 'Besluit jeugdhulp (woongemeente)' is "
                            + "vervallen; EenPlan heeft de aanvraag doorgezonden (Awb art. 2:3).",
                    oud.getDossierNummer(), null));
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(),
                    "Aanvraag jeugdhulp naar de nieuwe woongemeente (dossier " + oud.getDossierNummer() + ")",
                    "Het zorgdeel van het arrangement gaat naar de gemeente waar de leerling nu woont ("
                            + verder.getGemeente() + "); die besluit erover, met de termijn vanaf " + verder.getOntvangenOp()
                            + ".", oud.getDossierNummer(), null));
        }
    }

    /**
     * A confirmed school change ends the old school's arrangement (schoolwissel.Schoolwisselproces) and the new school
     * asks again if the pupil needs it. A decision still open lapses: nobody waits for it any more, and the home gemeente
     * would keep a task that escalates and cannot be completed. A decision already taken (a refusal in its letter step,
     * objection window or objection handling) is the gemeente's decision on jeugdhulp for this child (Jeugdwet), not
     * about the school: it still has to be made known (Awb art. 3:41) and the parents keep their objection to the body
     * that decided (Awb art. 6:4 lid 1, 6:7, 7:1, 7:11). That instance goes on at the gemeente, unchanged, recording on
     * the old arrangement's row; its final outcome goes to the new school as information (meldBesluit). In the change's
     * transaction: all of it happens or none does. The gemeente hears which steps go on and which lapsed.
     */
    @EventListener
    void gewisseld(nl.eenplan.dossier.LeerlingGewisseld gewisseld) {
        String nummer = gewisseld.oud().dossierNummer();
        java.util.List<String> lopend = proces.lopend(nummer);
        for (Jeugdhulpaanvraag aanvraag : aanvragen.findByDossierNummer(nummer)) {
            if (!lopend.contains(aanvraag.getProcesInstantieId())) {
                continue;
            }
            if (aanvraag.getStatus() == Jeugdhulpaanvraag.Status.LOPEND) {
                aanvraag.afgerond(Jeugdhulpaanvraag.Status.VERVALLEN, null, null, clock.instant());
                aanvragen.saveAndFlush(aanvraag);
                proces.beeindig(aanvraag.getProcesInstantieId(), "Leerling naar een andere school: het arrangement dat "
                        + "om dit besluit vroeg is beëindigd");
                meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.GEMEENTE, aanvraag.getGemeente(),
                        "Aanvraag jeugdhulp vervallen (dossier " + nummer + ")",
                        "De leerling is naar een andere school gegaan; het arrangement waarvoor de vorige school "
                                + "jeugdhulp aanvroeg is daarmee beëindigd. Vervallen: uw taak 'Besluit jeugdhulp "
                                + "(woongemeente)'; er was nog geen besluit, en niemand wacht er meer op. Er loopt bij uw "
                                + "gemeente niets door over deze aanvraag. Vraagt de nieuwe school opnieuw een arrangement "
                                + "met zorgdeel aan, dan krijgt u een nieuwe aanvraag.", nummer, null));
                continue;
            }
            String stand = stand(aanvraag).orElse("afgewezen");
            proces.naarNieuweSchool(aanvraag.getProcesInstantieId(), gewisseld.nieuw().dossierNummer());
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.GEMEENTE, aanvraag.getGemeente(),
                    "Schoolwissel: uw afwijzing van jeugdhulp loopt door (dossier " + nummer + ")",
                    "De leerling is naar een andere school gegaan; het arrangement waarvoor de vorige school jeugdhulp "
                            + "aanvroeg is daarmee beëindigd. Uw besluit was al genomen (stand: " + stand + ") en blijft "
                            + "staan. Door bij uw gemeente lopen, zoals ze liepen: de besluitbrief (taak 'Verzending "
                            + "besluitbrief vastleggen'; een besluit treedt pas in werking als het bekend is gemaakt, Awb "
                            + "art. 3:41), de bezwaartermijn en het bezwaar (taak 'Bezwaar behandelen (gemeente)'; de "
                            + "ouders maken bezwaar bij uw gemeente, Awb art. 6:4 lid 1, 7:1 en 7:11), en na een gegrond "
                            + "bezwaar het nieuwe besluit. Vervallen: alleen het wachten van het arrangement van de "
                            + "vorige school; het eindbesluit gaat als informatie naar de zorgcoördinator van de nieuwe "
                            + "school.", nummer, null));
        }
    }

    /** A dossier past its retention: its applications go with it. */
    @EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        aanvragen.deleteAll(aanvragen.findByDossierNummer(verwijderd.nummer()));
    }

    /**
     * What the home gemeente sees of the care part it decides or decided on (its task pages "Besluit jeugdhulp",
     * "Verzending besluitbrief vastleggen" and "Bezwaar behandelen (gemeente)", and its page of the application): the
     * request, the decision with its explanation and day, the letter and the objection term; and whether it records the
     * parents' objection there, or why not. The care part only through ArrangementService's one rule
     * ({@code GET /api/arrangementen/{id}}: the gemeente the care part last went to, with consent for jeugdhulp); the
     * form sends to {@code POST /api/arrangementen/{id}/bezwaar}, whose service checks every field again. Also for a
     * home gemeente that cannot open the pupil's page (the school is in another gemeente).
     *
     * @param leerling      the pupil's name and school, as the gemeente's task list shows them
     * @param besluitOp     the day the gemeente decided (null: not yet)
     * @param bezwaarVastleggen whether the objection window is open: the process waits for the objection
     * @param geenBezwaar   why no objection form is offered (null: it is offered, or there is no decision yet)
     */
    public record Zorgdeelinzage(Long arrangementId, String dossierNummer, String leerling, String school, String zorg,
                                 String perspectief, LocalDate ontvangenOp, Besluit besluit, String toelichting,
                                 LocalDate besluitOp, ArrangementView.Bezwaarstappen stappen,
                                 boolean bezwaarVastleggen, String geenBezwaar) {
    }

    /** Why there is no form when consent for jeugdhulp is withdrawn (the API would answer 409). */
    public static final String GEEN_BEZWAAR_ZONDER_TOESTEMMING = "Er is geen toestemming voor jeugdhulp (meer). "
            + "Zonder die toestemming ziet uw gemeente het zorgdeel niet meer en is het besluit erover in EenPlan "
            + "vervallen; een bezwaar ertegen kan hier niet worden vastgelegd. Dienen de ouders toch een bezwaarschrift "
            + "in, dan behandelt uw gemeente het buiten EenPlan (Awb art. 7:1).";

    /**
     * The care part the signed-in gemeente user decides or decided on for this pupil: the last application for jeugdhulp
     * of the pupil that went to one of the user's gemeenten; empty when there is none, it was forwarded to another
     * gemeente, or the one rule gives her nothing. With consent withdrawn: only the reason, nothing of the care part.
     * Outside a transaction: the one rule's 404 (NietGevondenException) rolls back its own read, not the caller's.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<Zorgdeelinzage> inzage(String dossierNummer) {
        if (dossierNummer == null || !toegang.inGroep(Groepen.GEMEENTE)) {
            return Optional.empty();
        }
        Optional<Jeugdhulpaanvraag> laatste = aanvragen.findByDossierNummer(dossierNummer).stream()
                .filter(a -> toegang.zicht().omvat(a.getGemeente()))
                .max(java.util.Comparator.comparing(Jeugdhulpaanvraag::getId));
        if (laatste.isEmpty() || laatste.get().getStatus() == Jeugdhulpaanvraag.Status.DOORGEZONDEN) {
            return Optional.empty();
        }
        Jeugdhulpaanvraag aanvraag = laatste.get();
        Leerlingidentiteit leerling = dossiers.identiteit(dossierNummer);
        if (!toestemmingen.inWerking(dossierNummer, Toestemming.Scope.JEUGDHULP)) {
            nl.eenplan.web.Audit.betreftDossier(dossierNummer);
            return Optional.of(new Zorgdeelinzage(aanvraag.getArrangementId(), dossierNummer, leerling.naam(),
                    leerling.schoolNaam(), null, null, aanvraag.getOntvangenOp(), null, null, null, null, false,
                    GEEN_BEZWAAR_ZONDER_TOESTEMMING));
        }
        ArrangementView v;
        try {
            v = arrangementService.voorBeslisser(aanvraag.getArrangementId(), false, true);
        } catch (nl.eenplan.web.NietGevondenException geen) {
            return Optional.empty();
        }
        LocalDate besluitOp = arrangementen.findById(v.id()).map(a -> a.besluitOp(ArrangementService.ZORG))
                .orElse(null);
        boolean open = v.zorgBesluit() == Besluit.AFGEWEZEN && proces.wachtOpBezwaar(aanvraag.getProcesInstantieId());
        return Optional.of(new Zorgdeelinzage(v.id(), dossierNummer, leerling.naam(), leerling.schoolNaam(), v.zorg(),
                v.perspectief(), aanvraag.getOntvangenOp(), v.zorgBesluit(), v.zorgToelichting(), besluitOp,
                v.zorgBezwaar(), open, open ? null : geenBezwaar(v)));
    }

    /**
     * One application of the signed-in user's gemeente that still needs her work or is in its objection window: the
     * pupil (name and school, as her task list shows them), when it came in and where it stands. No care content.
     */
    public record Aanvraagregel(String dossierNummer, String leerling, String school, LocalDate ontvangenOp,
                                String stand) {
    }

    /**
     * The applications for jeugdhulp of the user's gemeente(n) whose process still runs: to decide, the letter to send,
     * the objection window open, or an objection to handle (the page "Aanvragen jeugdhulp", where she finds a pupil in
     * the window, which has no task). Oldest first.
     */
    @Transactional(readOnly = true)
    public java.util.List<Aanvraagregel> vanMijnGemeente() {
        if (!toegang.inGroep(Groepen.GEMEENTE)) {
            return java.util.List.of();
        }
        java.util.List<Aanvraagregel> lijst = new java.util.ArrayList<>();
        for (Jeugdhulpaanvraag aanvraag : aanvragen.findByGemeenteInAndStatusInOrderById(
                toegang.zicht().scholenVoorQuery(), java.util.List.of(Jeugdhulpaanvraag.Status.LOPEND,
                        Jeugdhulpaanvraag.Status.BESLOTEN))) {
            Optional<String> stand = stand(aanvraag);
            if (stand.isPresent()) {
                nl.eenplan.web.Audit.betreftDossier(aanvraag.getDossierNummer()); // the list names the pupil
                Leerlingidentiteit leerling = dossiers.identiteit(aanvraag.getDossierNummer());
                lijst.add(new Aanvraagregel(aanvraag.getDossierNummer(), leerling.naam(), leerling.schoolNaam(),
                        aanvraag.getOntvangenOp(), stand.get()));
            }
        }
        return lijst;
    }

    /** Where a running application stands, in words; empty when its process ended (decided for good). */
    private Optional<String> stand(Jeugdhulpaanvraag aanvraag) {
        if (aanvraag.getStatus() == Jeugdhulpaanvraag.Status.LOPEND) {
            return Optional.of("te besluiten");
        }
        if (aanvraag.getBesluit() != Besluit.AFGEWEZEN || !proces.lopend(aanvraag.getDossierNummer())
                .contains(aanvraag.getProcesInstantieId())) {
            return Optional.empty();
        }
        Arrangement a = arrangementen.findById(aanvraag.getArrangementId()).orElseThrow();
        String zorg = ArrangementService.ZORG;
        if (a.briefOp(zorg) == null) {
            return Optional.of("afgewezen; besluitbrief nog te versturen");
        }
        if (a.bezwaarOntvangenOp(zorg) != null && a.bezwaarUitkomst(zorg) == null) {
            return Optional.of("bezwaar van de ouders in behandeling");
        }
        LocalDate tot = a.bezwaartermijnTot(zorg);
        return Optional.of(tot.isBefore(LocalDate.ofInstant(clock.instant(), NL))
                ? "afgewezen; bezwaartermijn liep tot en met " + dag(tot) + ", een per post op tijd verzonden "
                + "bezwaarschrift kan nog binnenkomen (Awb art. 6:9)"
                : "afgewezen; bezwaartermijn loopt tot en met " + dag(tot));
    }

    /** Why the window for the parents' objection is not open (null: no decision yet, nothing to object to). */
    private String geenBezwaar(ArrangementView v) {
        ArrangementView.Bezwaarstappen b = v.zorgBezwaar();
        if (v.zorgBesluit() == null) {
            return null;
        }
        if (v.zorgBesluit() == Besluit.TOEGEKEND) {
            return "Uw gemeente heeft de jeugdhulp toegekend; EenPlan legt alleen een bezwaar tegen een afwijzing vast.";
        }
        if (b == null || b.briefOp() == null) {
            return "De besluitbrief is nog niet verzonden. De bezwaartermijn begint pas op de dag na verzending (Awb art. "
                    + "6:8): leg eerst vast wanneer de brief naar de ouders ging (taak 'Verzending besluitbrief "
                    + "vastleggen').";
        }
        if (b.bezwaarOntvangenOp() != null && b.uitkomst() == null) {
            return "Het bezwaar van de ouders is al vastgelegd (ontvangen op " + dag(b.bezwaarOntvangenOp())
                    + ") en wordt behandeld: taak 'Bezwaar behandelen (gemeente)'.";
        }
        if (b.uitkomst() != null) {
            return "Op het bezwaar van de ouders is beslist (" + b.uitkomst().name().toLowerCase(java.util.Locale.ROOT)
                    + "); er loopt geen bezwaartermijn meer.";
        }
        return "De bezwaartermijn is voorbij: hij liep tot en met " + dag(b.bezwaartermijnTot())
                + " (6 weken vanaf de dag na verzending, Awb art. 6:7 en 6:8), en een per post op tijd verzonden "
                + "bezwaarschrift kon nog tot een week daarna binnenkomen (art. 6:9). De afwijzing staat vast.";
    }

    private static String dag(LocalDate dag) {
        return DAG.format(dag);
    }

    private Jeugdhulpaanvraag vanProces(String procesInstantieId) {
        return aanvragen.findByProcesInstantieId(procesInstantieId).orElseThrow(() -> new IllegalStateException(
                "Geen aanvraag jeugdhulp bij procesinstantie " + procesInstantieId + "."));
    }
}
