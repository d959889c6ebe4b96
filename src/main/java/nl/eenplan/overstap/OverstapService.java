package nl.eenplan.overstap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.ArrangementView;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Grondslagbesluit;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.overstap.proces.OverstapVariabelen;
import nl.eenplan.overstap.proces.Overstapproces;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.thuiszitterstafel.Bron;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The doorgaande lijn: one overstap per pupil per school year, the overstapdossier (OKR) that parents see
 * first, the warm handover, placement (a running arrangement continues at the new school), and the check
 * on 1 October that escalates to leerplicht when the pupil is not enrolled or not attending.
 */
@Service
@Transactional
public class OverstapService {

    /** A dossier past its retention: its transitions go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        overstappen.deleteAll(overstappen.findByDossierNummerOrderById(verwijderd.nummer()));
    }


    private final OverstapRepository overstappen;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final ToestemmingService toestemmingen;
    private final ArrangementService arrangementen;
    private final LeerplichtService leerplicht;
    private final Overstapproces proces;
    private final Clock clock;

    private final nl.eenplan.melding.MeldingService meldingen;
    private final ThuiszitterstafelService thuiszitterstafels;

    OverstapService(OverstapRepository overstappen, DossierService dossiers, SchoolService scholen,
                    ToestemmingService toestemmingen, ArrangementService arrangementen, LeerplichtService leerplicht,
                    Overstapproces proces, nl.eenplan.melding.MeldingService meldingen,
                    ThuiszitterstafelService thuiszitterstafels, Clock clock) {
        this.meldingen = meldingen;
        this.thuiszitterstafels = thuiszitterstafels;
        this.clock = clock;
        this.overstappen = overstappen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toestemmingen = toestemmingen;
        this.arrangementen = arrangementen;
        this.leerplicht = leerplicht;
        this.proces = proces;
    }

    /** Starts the overstap of a pupil for a school year, once: answers empty when it was started before. */
    public Optional<OverstapView> start(String nummer, Overstapsoort soort, String schooljaar) {
        return start(nummer, soort, schooljaar, false);
    }

    /**
     * As {@link #start}, for a dossier opened in this very transaction (a class upload's line): it has no transition
     * yet, so none is looked for.
     */
    public OverstapView startVoorNieuwDossier(String nummer, Overstapsoort soort, String schooljaar) {
        return start(nummer, soort, schooljaar, true).orElseThrow();
    }

    private Optional<OverstapView> start(String nummer, Overstapsoort soort, String schooljaar, boolean nieuwDossier) {
        controleerSchooljaar(schooljaar);
        return begin(dossiers.routeringsgegevens(nummer), soort, schooljaar, nieuwDossier)
                .map(o -> OverstapView.van(overstappen.save(o)));
    }

    /**
     * As {@link #start}, for a line of a class upload's block: the dossier as the block found or opened it, the
     * transition not written but handed back, for {@link Nieuweoverstappen} to write with the block's others.
     */
    public Optional<Overstap> startInBlok(DossierService.OpenDossier dossier, Overstapsoort soort, String schooljaar) {
        controleerSchooljaar(schooljaar);
        return begin(dossier.routering(), soort, schooljaar, dossier.nieuw());
    }

    private Optional<Overstap> begin(Routeringsgegevens r, Overstapsoort soort, String schooljaar,
                                     boolean nieuwDossier) {
        if (!nieuwDossier && overstappen.findByDossierNummerAndSchooljaar(r.dossierNummer(), schooljaar).isPresent()) {
            return Optional.empty();
        }
        // Routing facts only. The gateways' facts (support, arrangement, placement, enrolment) are set by the
        // steps that learn them, so a class of 180,000 does not write four variables and their history each.
        // Started first, so the transition is written once with its process instance (nothing in the model reads it
        // before the first task).
        String instantie = proces.start(r, soort.name(), schooljaar);
        Overstap o = new Overstap(r.dossierNummer(), schooljaar, soort, nu());
        o.gestart(instantie);
        return Optional.of(o);
    }

    static void controleerSchooljaar(String schooljaar) {
        if (Schooljaar.lees(schooljaar).isEmpty()) {
            throw new OngeldigeInvoerException("schooljaar", "Geef het schooljaar als 2026-2027.");
        }
    }

    // ---- the tasks (handlers in nl.eenplan.overstap.proces), each by the process instance it belongs to

    /** The voorlopig or definitief schooladvies. */
    public void advies(String procesInstantieId, boolean definitief, String advies) {
        voorProces(procesInstantieId).advies(definitief, advies.trim());
    }

    /** The overstapdossier: the receiving school must exist. */
    public void overstapdossier(String procesInstantieId, String ontvangendeSchool, String ondersteuning,
                                String aanwezigheid) {
        try {
            scholen.haalOp(ontvangendeSchool);
        } catch (NietGevondenException e) {
            throw new OngeldigeInvoerException("ontvangendeSchool", "Er is geen school met BRIN-nummer "
                    + ontvangendeSchool + ".");
        }
        voorProces(procesInstantieId).dossier(ontvangendeSchool, leegAlsNull(ondersteuning), aanwezigheid.trim());
    }

    /** Only checks: without the receiving school and attendance the overstapdossier is not done. */
    public void controleerOverstapdossier(String procesInstantieId) {
        Overstap o = voorProces(procesInstantieId);
        if (o.getOntvangendeSchool() == null || o.getAanwezigheid() == null) {
            throw new OngeldigeInvoerException("ontvangendeSchool", "Stel het overstapdossier op in EenPlan: de "
                    + "ontvangende school en de aanwezigheid zijn nodig.");
        }
    }

    public void oudersGezien(String procesInstantieId, String opmerkingen) {
        voorProces(procesInstantieId).oudersGezien(nu(), leegAlsNull(opmerkingen));
    }

    // ---- the family's view (issue #24)

    /** The longest view the family can give (the column). */
    public static final int ZIENSWIJZE_MAX = 2000;

    /**
     * The overstapdossier as the family sees it while the school shows it to them (task oudersLatenZien open) or after
     * they saw it: the same content the school shows them (the copy of the onderwijskundig rapport, WPO art. 42 lid 1
     * and WEC art. 43: a copy to the parents; from 16 to the pupil on request). Read per dossier: the caller has the
     * family's binding to it.
     */
    public record VoorGezin(Long id, String schooljaar, String ontvangendeSchool, String voorlopigAdvies,
                            String definitiefAdvies, String aanwezigheid, String ondersteuning, LocalDate gezienOp,
                            String zienswijze, boolean wachtOpZienswijze) {
    }

    @Transactional(readOnly = true)
    public List<VoorGezin> voorGezin(String nummer) {
        return overstappen.findByDossierNummerOrderById(nummer).stream()
                .filter(o -> o.getOntvangendeSchool() != null)
                .map(o -> {
                    boolean wacht = proces.wachtOpZienswijze(o.getProcesInstantieId());
                    return new VoorGezin(o.getId(), o.getSchooljaar(), scholen.haalOp(o.getOntvangendeSchool()).naam(),
                            o.getVoorlopigAdvies(), o.getDefinitiefAdvies(), o.getAanwezigheid(), o.getOndersteuning(),
                            o.getOudersGezienOp() == null ? null
                                    : LocalDate.ofInstant(o.getOudersGezienOp(), Overstapkalender.NL),
                            o.getZienswijze(), wacht);
                })
                .filter(v -> v.wachtOpZienswijze() || v.gezienOp() != null)
                .toList();
    }

    /**
     * The family saw the overstapdossier of overstap {@code id} of dossier {@code nummer} online and gives their view
     * (optional, at most 2000 characters): recorded as the school's "shown to the parents" is, with who ({@code van}
     * OUDER or LEERLING, {@code door} the family account, both from the binding), and the school's waiting step
     * {@code oudersLatenZien} ends (message {@code zienswijzeOntvangen}). Only while that step waits: afterwards the
     * school records remarks itself. The view goes with the onderwijskundig rapport to the receiving school (Okr 1.2).
     */
    public void zienswijzeGezin(String nummer, Long id, String van, String door, String zienswijze) {
        Overstap o = overstappen.findById(id).filter(x -> x.getDossierNummer().equals(nummer))
                .orElseThrow(() -> new NietGevondenException("Er is geen overstap " + id + "."));
        String tekst = leegAlsNull(zienswijze);
        if (tekst != null && tekst.length() > ZIENSWIJZE_MAX) {
            throw new OngeldigeInvoerException("zienswijze", "Uw reactie is te lang (hoogstens 2000 tekens).");
        }
        if (!proces.wachtOpZienswijze(o.getProcesInstantieId())) {
            throw new OngeldigeInvoerException("zienswijze", "De school wacht niet (meer) op uw reactie op het "
                    + "overstapdossier.");
        }
        o.zienswijze(nu(), van, door, tekst);
        overstappen.saveAndFlush(o);
        if (!proces.zienswijzeOntvangen(o.getProcesInstantieId())) {
            throw new NietMogelijkException("De school wacht niet meer op uw reactie op het overstapdossier.");
        }
    }

    public void overdracht(String procesInstantieId, String verslag) {
        voorProces(procesInstantieId).overdracht(verslag.trim(), nu());
    }

    public void plaatsing(String procesInstantieId, boolean geplaatst) {
        voorProces(procesInstantieId).geplaatst(geplaatst);
    }

    /** Enrolled and attending on 1 October (both); answers what the gateway reads. */
    public boolean controle(String procesInstantieId, boolean ingeschrevenEnAanwezig) {
        voorProces(procesInstantieId).ingeschreven(ingeschrevenEnAanwezig);
        return ingeschrevenEnAanwezig;
    }

    /** The gateways' facts from the dossier: an arrangement running, support given (or the arrangement). */
    public record Feiten(boolean lopendArrangement, boolean metOndersteuning) {
    }

    /** The facts for the gateways; whether a warm handover is needed is recorded once, where the gateway decides. */
    public Feiten stelFeitenVast(String procesInstantieId) {
        Overstap o = voorProces(procesInstantieId);
        boolean lopend = lopendArrangement(o.getDossierNummer()).isPresent();
        boolean metOndersteuning = lopend || o.getOndersteuning() != null;
        if (o.getWarmeOverdrachtNodig() == null) {
            // Decided once, where the gateway decides; the same facts are read again at placement.
            o.warmeOverdrachtNodig(metOndersteuning);
        }
        return new Feiten(lopend, metOndersteuning);
    }

    /** Where the pupil's arrangement continues: the receiving school, as vo (after po) or mbo (after vo). */
    public record Voortzetting(String dossierNummer, String schoolBrin, Onderwijssoort onderwijssoort) {
    }

    /** The arrangement continues at the receiving school, started before the new school year. */
    public Voortzetting voortzetting(String procesInstantieId) {
        Overstap o = voorProces(procesInstantieId);
        if (o.getOntvangendeSchool() == null) {
            throw new OngeldigeInvoerException("ontvangendeSchool", "Leg de ontvangende school vast in het overstapdossier.");
        }
        return new Voortzetting(o.getDossierNummer(), o.getOntvangendeSchool(),
                o.getSoort() == Overstapsoort.PO_VO ? Onderwijssoort.VO : Onderwijssoort.MBO);
    }

    /**
     * Not placed, or not enrolled and attending on 1 October: to leerplicht when the pupil is leerplichtig or
     * kwalificatieplichtig that day, to RMC when 18 to 23 without a startkwalificatie (Leerplichtigheid; the escalation's
     * team is chosen in one place, nl.eenplan.leerplicht.Escalatieroute). Neither (a startkwalificatie, or 23 and
     * older): no escalation, for there is no statutory task to share the facts with; the school is told.
     * Placed but not enrolled or not attending on 1 October, the pupil is (at risk of being) without education: besides
     * the escalation, the thuiszittersaanpak of the gemeente where the pupil lives takes it up (issue #23: "a 1 October
     * check" is one of its signals), under the same rule as the escalation.
     */
    public void escaleer(String procesInstantieId) {
        Overstap o = voorProces(procesInstantieId);
        Leerlingidentiteit leerling = dossiers.identiteit(o.getDossierNummer());
        boolean nietGeplaatst = Boolean.FALSE.equals(o.getGeplaatst()) || o.getGeplaatst() == null;
        String wat = nietGeplaatst ? "niet geplaatst" : "op 1 oktober niet ingeschreven of niet aanwezig";
        String feiten = "Overstap " + (o.getSoort() == Overstapsoort.PO_VO ? "po→vo" : "vo→mbo") + " in schooljaar "
                + o.getSchooljaar() + " naar school " + (o.getOntvangendeSchool() == null ? "onbekend" : o.getOntvangendeSchool())
                + ": " + wat + ".";
        LocalDate vandaag = LocalDate.ofInstant(nu(), Overstapkalender.NL);
        Leerplichtigheid.Status status = Leerplichtigheid.op(leerling.geboortedatum(), leerling.startkwalificatie(),
                vandaag);
        if (!status.plichtig() && status != Leerplichtigheid.Status.RMC) {
            meldingen.stuur(nl.eenplan.melding.NieuweMelding.aanGebruiker(nl.eenplan.melding.Melding.Soort.INFORMATIE,
                    leerling.zorgcoordinator(), "Overstap: geen escalatie naar leerplicht of RMC (dossier "
                            + o.getDossierNummer() + ")",
                    feiten + " De leerling is niet leerplichtig, niet kwalificatieplichtig en niet van RMC ("
                            + Leerplichtigheid.waaromNiet(leerling.geboortedatum(), leerling.startkwalificatie(), vandaag)
                            + "); EenPlan heeft de gegevens daarom niet doorgegeven.",
                    o.getDossierNummer(), null));
            return;
        }
        leerplicht.escaleer(o.getDossierNummer(), Reden.GEEN_INSCHRIJVING_NA_OVERSTAP, feiten, OverstapVariabelen.PROCES,
                null, false, vandaag);
        if (!nietGeplaatst) {
            thuiszitterstafels.meld(o.getDossierNummer(), Bron.EEN_OKTOBER, feiten);
        }
    }

    // ---- reading and the export

    @Transactional(readOnly = true)
    public List<OverstapView> vanDossier(String nummer) {
        dossiers.routeringsgegevens(nummer);
        return overstappen.findByDossierNummerOrderById(nummer).stream().map(OverstapView::van).toList();
    }

    /**
     * The overstapdossier as a JSON document for the receiving school (schema:
     * docs/overstapdossier.schema.json). With the support part and a running arrangement: the onderwijskundig rapport
     * is a statutory duty (dossier.Gegevensstroom.ONTVANGENDE_SCHOOL), recorded with its basis in the audit log.
     */
    @Transactional(readOnly = true)
    public Okr okr(Long id) {
        return okr(id, o -> true);
    }

    /** The same, for the overstap of this pupil only: another pupil's is not there. */
    @Transactional(readOnly = true)
    public Okr okr(String nummer, Long id) {
        return okr(id, o -> o.getDossierNummer().equals(nummer));
    }

    private Okr okr(Long id, java.util.function.Predicate<Overstap> van) {
        Overstap o = overstappen.findById(id).filter(van)
                .orElseThrow(() -> new NietGevondenException("Er is geen overstap " + id + "."));
        Audit.betreftDossier(o.getDossierNummer()); // before the check: a refused attempt is in the inzage too
        dossiers.controleerToegang(o.getDossierNummer(), () -> new NietGevondenException("Er is geen overstap " + id + "."));
        DossierView d = dossiers.haalOp(o.getDossierNummer());
        Grondslagbesluit grondslag = toestemmingen.inVerzoek(o.getDossierNummer(), Gegevensstroom.ONTVANGENDE_SCHOOL);
        Okr.Arrangement arrangement = lopendArrangement(o.getDossierNummer())
                .map(a -> new Okr.Arrangement(a.onderwijsdeel() == null ? null : a.onderwijsdeel().name(),
                        a.onderwijs(), a.perspectief(), a.oppDoelen(), a.startdatum()))
                .orElse(null);
        Okr.Ondersteuning ondersteuning = o.getOndersteuning() == null && arrangement == null ? null
                : new Okr.Ondersteuning(o.getOndersteuning(), arrangement);
        String naam = String.join(" ", java.util.stream.Stream.of(d.leerling().voornaam(), d.leerling().tussenvoegsel(),
                d.leerling().achternaam()).filter(s -> s != null && !s.isBlank()).toList());
        return new Okr(Okr.SCHEMA, Okr.VERSIE, nu(),
                new Okr.Leerling(naam, d.leerling().geboortedatum(), d.leerling().bsn()),
                new Okr.School(d.leerling().school().brin(), d.leerling().school().naam()),
                o.getOntvangendeSchool() == null ? null : new Okr.School(o.getOntvangendeSchool(),
                        scholen.haalOp(o.getOntvangendeSchool()).naam()),
                o.getSoort().name(), o.getSchooljaar(),
                new Okr.Schooladvies(o.getVoorlopigAdvies(), o.getDefinitiefAdvies()), o.getAanwezigheid(),
                new Okr.Ouders(o.getOudersGezienOp(), o.getOuderOpmerkingen(), o.getZienswijze(), o.getZienswijzeVan()),
                grondslag.grondslag(), ondersteuning);
    }

    private Optional<ArrangementView> lopendArrangement(String nummer) {
        return arrangementen.vanDossier(nummer).stream()
                .filter(a -> a.status() == nl.eenplan.arrangement.Arrangement.Status.LOPEND).findFirst();
    }

    private Overstap voorProces(String procesInstantieId) {
        return overstappen.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new NietMogelijkException("Geen overstap bij procesinstantie " + procesInstantieId));
    }

    private static String leegAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Instant nu() {
        return clock.instant();
    }
}
