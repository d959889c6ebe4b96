package nl.eenplan.tlv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.engine.Klok;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.tlv.proces.Tlvproces;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TLV's lifecycle: granted by the SWV (what it states: {@link Tlvregel}), the herindicatie signal before its end,
 * its outcome (herindicatie requested and a new TLV, terug naar regulier onderwijs, verlopen), read by the pupil's
 * school and the SWV. Process {@code tlv} runs it (docs/processen/tlv.md).
 */
@Service
@Transactional
public class TlvService {

    /** The process instance a step is about, as plain facts. */
    public record Instantie(String procesInstantieId, String dossierNummer, String zorgcoordinator, String school,
                            Long tlvId) {
    }

    /** Task herindicatie's choice. */
    public enum Keuze { HERINDICATIE_AANVRAGEN, TERUG_NAAR_REGULIER, LATEN_VERLOPEN }

    /**
     * What a TLV does when the pupil changes to a school of another SWV ({@code eenplan.tlv.buiten-swv}). The law ties
     * a TLV to the pupil, not to a school or region: the SWV of the referring school issues it (WPO art. 18a, WVO 2020
     * art. 2.47 en WEC art. 40: "verwijzer betaalt") and it admits the pupil to a school for (v)so or sbo anywhere,
     * until its end date ("landelijk geldig"). It is never ended early by a change of school.
     * <ul>
     *   <li>{@code GELDIG} (default): it stays valid until its end, its herindicatie reminder on its date;</li>
     *   <li>{@code HERINDICATIE}: where the SWVs agreed that the new school's SWV looks at it at once, it stays valid
     *   until its end, but the herindicatie reminder comes now, to the new school and its SWV (the task to choose
     *   follows on its date, as always).</li>
     * </ul>
     */
    public enum BuitenSwv { GELDIG, HERINDICATIE }

    private final TlvRepository tlvs;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final ToestemmingService toestemmingen;
    private final MeldingService meldingen;
    private final Tlvproces proces;
    private final Period minimaleDuur;
    private final nl.eenplan.termijn.Schoolkalender kalender;
    private final BuitenSwv buitenSwv;
    private final Clock clock;
    /** Work after the commit of the transaction that asked for it, in a transaction of its own. */
    private final org.springframework.transaction.support.TransactionTemplate apart;

    TlvService(TlvRepository tlvs, DossierService dossiers, SchoolService scholen, ToestemmingService toestemmingen,
               MeldingService meldingen, Tlvproces proces,
               @Value("${eenplan.tlv.minimale-duur:P1Y}") Period minimaleDuur, nl.eenplan.termijn.Schoolkalender kalender,
               @Value("${eenplan.tlv.buiten-swv:GELDIG}") BuitenSwv buitenSwv, Clock clock,
               org.springframework.transaction.PlatformTransactionManager transacties) {
        this.apart = new org.springframework.transaction.support.TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.kalender = kalender;
        this.buitenSwv = buitenSwv;
        this.tlvs = tlvs;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toestemmingen = toestemmingen;
        this.meldingen = meldingen;
        this.proces = proces;
        this.minimaleDuur = minimaleDuur;
        this.clock = clock;
    }

    /** What the SWV grants, refused per field as {@link Tlvregel} says. */
    @Transactional(readOnly = true)
    public void controleer(Tlvregel.Gegevens gegevens) {
        List<Veldfout> fouten = new java.util.ArrayList<>(Tlvregel.toets(gegevens, minimaleDuur));
        // Its herindicatie reminder counts werkdagen up to the end: EenPlan must know the calendar that far.
        if (fouten.isEmpty() && gegevens.einddatum().isAfter(kalender.bekendTot())) {
            fouten.add(new Veldfout("einddatum", "EenPlan kent de schoolkalender tot en met " + kalender.bekendTot()
                    + "; kies een einddatum tot en met die dag (een latere kan na een herindicatie) of vraag de "
                    + "beheerder de kalender bij te werken."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    /**
     * The SWV granted a TLV (the education part of an arrangement): recorded with the requesting school (the pupil's)
     * and its SWV; a TLV of the pupil that still runs is replaced (opgevolgd: a herindicatie led here); process tlv
     * starts. Returns its id.
     */
    public Long verleen(String dossierNummer, Long arrangementId, Tlvregel.Gegevens gegevens) {
        return verleen(dossierNummer, arrangementId, gegevens, List.of());
    }

    /**
     * As {@link #verleen(String, Long, Tlvregel.Gegevens)}, with the deskundigen who advised on it: kept with the TLV,
     * so they are read wherever the TLV is, also after a school change (the arrangement stays at the old school).
     */
    public Long verleen(String dossierNummer, Long arrangementId, Tlvregel.Gegevens gegevens,
                        List<Deskundige> deskundigen) {
        return verleen(dossierNummer, arrangementId, gegevens, deskundigen, null);
    }

    /**
     * As {@link #verleen(String, Long, Tlvregel.Gegevens, List)}, for a TLV granted on the request of another school
     * than the one of {@code dossierNummer}: after a school change the SWV that decided on the old school's request
     * grants it on objection (arrangement.Besluitbezwaarservice, Awb art. 7:11). It is recorded in the pupil's dossier
     * now (the new school's: a TLV belongs to the pupil and is valid nationally) with the requesting school
     * {@code aanvragendeSchool} and that school's SWV as the one that issued it, as for a TLV that moved along.
     */
    public Long verleen(String dossierNummer, Long arrangementId, Tlvregel.Gegevens gegevens,
                        List<Deskundige> deskundigen, String aanvragendeSchool) {
        controleer(gegevens);
        Routeringsgegevens leerling = dossiers.routeringsgegevens(dossierNummer);
        String aanvrager = aanvragendeSchool == null ? leerling.schoolBrin() : aanvragendeSchool;
        LocalDate vandaag = Klok.vandaag(clock);
        for (Tlv oud : tlvs.findByDossierNummerOrderById(dossierNummer)) {
            if (oud.isLopend()) {
                oud.eindigt(Tlv.Status.OPGEVOLGD, vandaag);
            }
            // Also one that expired while the school still records what follows: the new TLV is what follows.
            if (oud.isLopend() || oud.getStatus() == Tlv.Status.OPGEVOLGD || oud.getStatus() == Tlv.Status.VERLOPEN) {
                proces.beeindig(oud.getProcesInstantieId());
            }
        }
        String swv = scholen.haalOp(aanvrager).samenwerkingsverband();
        Tlv tlv = tlvs.save(new Tlv(dossierNummer, arrangementId, aanvrager, swv, gegevens, deskundigen,
                clock.instant()));
        tlv.gestart(proces.start(leerling, tlv.getId(), tlv.getEinddatum(), false));
        return tlv.getId();
    }

    // ---- the process

    /**
     * Task aanvullen: the SWV that issued a TLV taken over from before V38 completes it. {@code instantieDossier} is the
     * dossier the task's process runs for: when the pupil moved to a school of another SWV meanwhile, the process waited
     * at the issuing SWV's school ({@link #gewisseld}); now that the SWV completed it, it follows the pupil to the new
     * school, after this commits (the task being completed is part of the instance that moves).
     */
    public void aanvullen(Long tlvId, Tlvregel.Gegevens gegevens, String instantieDossier) {
        controleer(gegevens);
        Tlv tlv = vind(tlvId);
        tlv.gegevens(gegevens);
        if (!tlv.getDossierNummer().equals(instantieDossier)) {
            naDeCommit(() -> volgLeerling(tlvId));
        }
    }

    /** The TLV's process, left at the issuing SWV's school while the SWV completed it, goes on at the pupil's school. */
    private void volgLeerling(Long tlvId) {
        try {
            apart.executeWithoutResult(s -> {
                Tlv tlv = vind(tlvId);
                Routeringsgegevens naar = dossiers.routeringsgegevens(tlv.getDossierNummer());
                proces.verhuis(tlv.getProcesInstantieId(), naar, "TLV aangevuld door " + tlv.getSwv()
                        + "; de leerling staat ingeschreven bij " + naar.schoolBrin()).ifPresent(tlv::gestart);
            });
        } catch (RuntimeException e) {
            // Completed and committed; only the move failed: procesbeheer of the pupil's school moves it by hand.
            LOG.error("Proces van TLV {} niet naar de school van de leerling verhuisd", tlvId, e);
            apart.executeWithoutResult(s -> {
                Tlv tlv = vind(tlvId);
                meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, "procesbeheer",
                        dossiers.routeringsgegevens(tlv.getDossierNummer()).schoolBrin(),
                        "Proces van TLV " + tlvId + " niet verhuisd (dossier " + tlv.getDossierNummer() + ")",
                        "Het samenwerkingsverband vulde de TLV aan, maar haar proces (" + tlv.getProcesInstantieId()
                                + ") kon niet naar de school van de leerling: " + e.getMessage() + ". Migreer het in "
                                + "Cockpit of neem contact op met de beheerder.", tlv.getDossierNummer(), null));
            });
        }
    }

    private static void naDeCommit(Runnable werk) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            werk.run();
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        werk.run();
                    }
                });
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TlvService.class);

    /** The end is near: the school's zorgcoördinator and the SWV hear that herindicatie must be asked now. */
    public void meldHerindicatie(Instantie instantie) {
        Tlv tlv = vind(instantie.tlvId());
        String tekst = "De toelaatbaarheidsverklaring (" + omschrijving(tlv) + ") van dossier " + tlv.getDossierNummer()
                + " loopt af op " + tlv.getEinddatum() + ". Kies met de ouders en de school van de leerling: herindicatie "
                + "aanvragen (een nieuwe aanvraag bij het SWV), terug naar het regulier onderwijs, of de TLV laten aflopen.";
        meld(instantie, tlv, Melding.Soort.HERINNERING, "TLV loopt af op " + tlv.getEinddatum() + ": herindicatie? (dossier "
                + tlv.getDossierNummer() + ")", tekst);
    }

    /** Task herindicatie: the choice; terug naar regulier ends the TLV on the day the pupil returns. */
    public void herindicatie(Long tlvId, Keuze keuze, LocalDate terugOp) {
        Tlv tlv = lopend(tlvId);
        switch (keuze) {
            case HERINDICATIE_AANVRAGEN -> tlv.herindicatieAangevraagd();
            case TERUG_NAAR_REGULIER -> tlv.eindigt(Tlv.Status.TERUG_NAAR_REGULIER, terugDatum(terugOp, "terugOp"));
            case LATEN_VERLOPEN -> { }
        }
    }

    /** The end date passed: the TLV is verlopen; zorgcoördinator and SWV hear it (and the task says what follows). */
    public void verlopen(Instantie instantie) {
        Tlv tlv = vind(instantie.tlvId());
        if (tlv.isLopend()) {
            tlv.eindigt(Tlv.Status.VERLOPEN, tlv.getEinddatum().plusDays(1));
        }
        meld(instantie, tlv, Melding.Soort.ESCALATIE, "TLV verlopen (dossier " + tlv.getDossierNummer() + ")",
                "De toelaatbaarheidsverklaring (" + omschrijving(tlv) + ") van dossier " + tlv.getDossierNummer()
                        + " gold tot en met " + tlv.getEinddatum() + " en is verlopen zonder nieuwe TLV. Leg vast waar de "
                        + "leerling nu onderwijs volgt; zonder passende plek: denk aan de thuiszittersaanpak.");
    }

    /** Task verlopen: back to regular education, or not (then it stays verlopen). */
    public void naVerlopen(Long tlvId, boolean terugNaarRegulier, LocalDate terugOp) {
        Tlv tlv = vind(tlvId);
        if (terugNaarRegulier) {
            tlv.eindigt(Tlv.Status.TERUG_NAAR_REGULIER, terugDatum(terugOp, "terugOp"));
        }
    }

    // ---- the API

    /**
     * The pupil's TLVs: for the pupil's school (zorgcoördinator, mentor) and for the SWV on its statutory task
     * (WPO art. 18a, WVO 2020 art. 2.47: Gegevensstroom.SWV, named in the audit entry); not for the gemeente.
     */
    @Transactional(readOnly = true)
    public List<TlvView> vanDossier(String dossierNummer, boolean alleenSwv) {
        dossiers.controleerToegang(dossierNummer);
        if (alleenSwv && !toestemmingen.leest(dossierNummer, Gegevensstroom.SWV).mag()) {
            throw new NietGevondenException("Er is geen dossier met nummer " + dossierNummer + ".");
        }
        return tlvs.findByDossierNummerOrderById(dossierNummer).stream().map(TlvView::van).toList();
    }

    /** The pupil returns to regular education before the TLV ends (or at its end): the TLV ends, and its process. */
    public TlvView terugNaarRegulier(Long id, LocalDate op) {
        Tlv tlv = tlvs.findById(id).orElseThrow(() -> new NietGevondenException("Er is geen TLV " + id + "."));
        nl.eenplan.web.Audit.betreftDossier(tlv.getDossierNummer());
        if (tlv.getVorigDossier() != null && !magLezen(tlv.getDossierNummer())) {
            // Moved with the pupil, and the user works at the school the pupil left only: they hear why they can no
            // longer (409), as at its dossier. Whoever reads the new dossier too (a board's zorgcoördinator of both
            // schools) acts on the TLV where it is now: the new dossier first.
            dossiers.controleerToegang(tlv.getVorigDossier(), () -> new NietGevondenException("Er is geen TLV " + id + "."));
            dossiers.controleerSchrijven(tlv.getVorigDossier());
        }
        dossiers.controleerToegang(tlv.getDossierNummer(), () -> new NietGevondenException("Er is geen TLV " + id + "."));
        dossiers.controleerSchrijven(tlv.getDossierNummer());
        if (!tlv.isLopend()) {
            throw new NietMogelijkException("Deze TLV is al beëindigd (" + tlv.getStatus() + ").");
        }
        tlv.eindigt(Tlv.Status.TERUG_NAAR_REGULIER, terugDatum(op, "op"));
        proces.beeindig(tlv.getProcesInstantieId());
        return TlvView.van(tlv);
    }

    // ---- a school change

    /**
     * A confirmed school change: the pupil's TLVs go with the pupil to the new school's dossier (the requesting school
     * and the issuing SWV stay as they were), and a running process {@code tlv} goes on at the new school at the step
     * it waited at, its herindicatie reminder and end on their dates. Within the SWV it stays valid; at a school of
     * another SWV as {@link BuitenSwv} says. The new school's zorgcoördinator and its SWV hear it.
     */
    @EventListener
    void gewisseld(nl.eenplan.dossier.LeerlingGewisseld w) {
        List<Tlv> mee = tlvs.findByDossierNummerOrderById(w.oud().dossierNummer());
        if (mee.isEmpty()) {
            return;
        }
        String nieuwSwv = scholen.haalOp(w.nieuw().schoolBrin()).samenwerkingsverband();
        for (Tlv tlv : mee) {
            tlv.meegegaan(w.nieuw().dossierNummer());
            boolean anderSwv = tlv.getSwv() != null && !tlv.getSwv().equals(nieuwSwv);
            if (tlv.getProcesInstantieId() != null && !"-".equals(tlv.getProcesInstantieId())) {
                if (anderSwv && proces.wachtOpAanvullen(tlv.getProcesInstantieId())) {
                    // Its task is the issuing SWV's (TLV aanvullen), which is no member of the new school's tenant and
                    // so would never see it there, while the new school's SWV would act on a decision not its own.
                    // It waits at the school where the issuing SWV sees it and follows the pupil once completed
                    // (aanvullen); the old school works no task in it (the SWV's only).
                    LOG.info("Proces van TLV {} wacht op aanvullen door {}; het volgt de leerling daarna", tlv.getId(),
                            tlv.getSwv());
                } else {
                    proces.verhuis(tlv.getProcesInstantieId(), w.nieuw(), w.reden()).ifPresent(tlv::gestart);
                }
            }
            if (!tlv.isLopend()) {
                continue;
            }
            boolean nu = anderSwv && buitenSwv == BuitenSwv.HERINDICATIE;
            Instantie nieuw = new Instantie(tlv.getProcesInstantieId(), tlv.getDossierNummer(),
                    w.nieuw().zorgcoordinator(), w.nieuw().schoolBrin(), tlv.getId());
            if (nu && tlv.getStatus() == Tlv.Status.GELDIG) {
                meldHerindicatie(nieuw);
                // By the region's agreement the new school's SWV looks at it now: it hears it too.
                meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.HERINNERING, "swv", w.nieuw().schoolBrin(),
                        "TLV loopt af op " + tlv.getEinddatum() + ": herindicatie? (dossier " + tlv.getDossierNummer()
                                + ")", "De toelaatbaarheidsverklaring (" + omschrijving(tlv) + ", afgegeven door "
                                + tlv.getSwv() + ") van een leerling die nu op een school van uw samenwerkingsverband "
                                + "zit, loopt af op " + tlv.getEinddatum() + ". Volgens de afspraak in deze regio kijkt "
                                + "uw samenwerkingsverband nu of een herindicatie nodig is.", tlv.getDossierNummer(),
                        null));
            }
            meld(nieuw, tlv, Melding.Soort.INFORMATIE,
                    "TLV meegekomen met de leerling (dossier " + tlv.getDossierNummer() + ")",
                    "De toelaatbaarheidsverklaring (" + omschrijving(tlv) + ", afgegeven door " + tlv.getSwv()
                            + ") ging mee met de schoolwissel en is geldig tot en met " + tlv.getEinddatum() + "."
                            + (!anderSwv ? " De herindicatie wordt aangekondigd zoals gepland."
                            : nu ? " Uw school hoort bij een ander samenwerkingsverband (" + nieuwSwv + "): volgens de "
                            + "afspraak in deze regio kijkt dat nu of een herindicatie nodig is."
                            : " Een TLV is landelijk geldig: ook bij uw samenwerkingsverband (" + nieuwSwv + ") tot de "
                            + "einddatum. Een volgende TLV vraagt u aan bij " + tlv.getSwv() + " (verwijzer betaalt)."));
        }
    }

    // ---- upgrade and retention

    /**
     * TLVs taken over by V38 (granted before this version, flagged aan te vullen) get their process at the first start
     * after the upgrade: the SWV completes soort, category and dates first. Once: the start is claimed per row.
     */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void startOvergenomen() {
        for (Tlv tlv : tlvs.findByProcesInstantieIdIsNullAndStatus(Tlv.Status.GELDIG)) {
            if (tlvs.claimStart(tlv.getId()) == 1) {
                Tlv geclaimd = vind(tlv.getId());
                geclaimd.gestart(proces.start(dossiers.routeringsgegevens(tlv.getDossierNummer()), tlv.getId(),
                        tlv.getEinddatum(), tlv.isAanTeVullen()));
            }
        }
    }

    /** A dossier past its retention: its TLVs go with it. */
    @EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        tlvs.deleteAll(tlvs.findByDossierNummerOrderById(verwijderd.nummer()));
    }

    /** Whether the user may read this dossier (the pupil at one of their schools). */
    private boolean magLezen(String dossierNummer) {
        try {
            dossiers.controleerToegang(dossierNummer);
            return true;
        } catch (NietGevondenException nietVanDezeGebruiker) {
            return false;
        }
    }

    private LocalDate terugDatum(LocalDate op, String veld) {
        if (op == null) {
            throw new OngeldigeInvoerException(veld, "Vul de datum in waarop de leerling terug is in het regulier onderwijs.");
        }
        if (op.isAfter(Klok.vandaag(clock).plusYears(1))) {
            throw new OngeldigeInvoerException(veld, "De datum ligt meer dan een jaar vooruit.");
        }
        return op;
    }

    private Tlv lopend(Long id) {
        Tlv tlv = vind(id);
        if (!tlv.isLopend()) {
            throw new NietMogelijkException("Deze TLV is al beëindigd (" + tlv.getStatus() + ").");
        }
        return tlv;
    }

    private Tlv vind(Long id) {
        return tlvs.findById(id).orElseThrow(() -> new NietGevondenException("Er is geen TLV " + id + "."));
    }

    private static String omschrijving(Tlv t) {
        return (t.getSoort() == null ? "soort onbekend" : t.getSoort().name())
                + (t.getCategorie() == null ? "" : ", categorie " + t.getCategorie().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * To the zorgcoördinator of the pupil (or the school's zorgcoördinatoren) and to the SWV that issued the TLV, which
     * decides on it (WPO art. 18a, WVO 2020 art. 2.47), also when the pupil is at a school of another SWV now: it is
     * reached through the school that requested the TLV, one of its schools.
     */
    private void meld(Instantie instantie, Tlv tlv, Melding.Soort soort, String onderwerp, String tekst) {
        meldingen.stuur(instantie.zorgcoordinator() != null
                ? NieuweMelding.aanGebruiker(soort, instantie.zorgcoordinator(), onderwerp, tekst, instantie.dossierNummer(), null)
                : NieuweMelding.aanGroep(soort, "zorgcoordinator", instantie.school(), onderwerp, tekst,
                        instantie.dossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGroep(soort, "swv", tlv.getSchoolBrin(), onderwerp, tekst,
                instantie.dossierNummer(), null));
    }
}
