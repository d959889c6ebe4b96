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

    TlvService(TlvRepository tlvs, DossierService dossiers, SchoolService scholen, ToestemmingService toestemmingen,
               MeldingService meldingen, Tlvproces proces,
               @Value("${eenplan.tlv.minimale-duur:P1Y}") Period minimaleDuur, nl.eenplan.termijn.Schoolkalender kalender,
               @Value("${eenplan.tlv.buiten-swv:GELDIG}") BuitenSwv buitenSwv, Clock clock) {
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
        controleer(gegevens);
        Routeringsgegevens leerling = dossiers.routeringsgegevens(dossierNummer);
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
        String swv = scholen.haalOp(leerling.schoolBrin()).samenwerkingsverband();
        Tlv tlv = tlvs.save(new Tlv(dossierNummer, arrangementId, leerling.schoolBrin(), swv, gegevens, clock.instant()));
        tlv.gestart(proces.start(leerling, tlv.getId(), tlv.getEinddatum(), false));
        return tlv.getId();
    }

    // ---- the process

    /** Task aanvullen: the SWV completes a TLV taken over from before V38. */
    public void aanvullen(Long tlvId, Tlvregel.Gegevens gegevens) {
        controleer(gegevens);
        vind(tlvId).gegevens(gegevens);
    }

    /** The end is near: the school's zorgcoördinator and the SWV hear that herindicatie must be asked now. */
    public void meldHerindicatie(Instantie instantie) {
        Tlv tlv = vind(instantie.tlvId());
        String tekst = "De toelaatbaarheidsverklaring (" + omschrijving(tlv) + ") van dossier " + tlv.getDossierNummer()
                + " loopt af op " + tlv.getEinddatum() + ". Kies met de ouders en de school van de leerling: herindicatie "
                + "aanvragen (een nieuwe aanvraag bij het SWV), terug naar het regulier onderwijs, of de TLV laten aflopen.";
        meld(instantie, Melding.Soort.HERINNERING, "TLV loopt af op " + tlv.getEinddatum() + ": herindicatie? (dossier "
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
        meld(instantie, Melding.Soort.ESCALATIE, "TLV verlopen (dossier " + tlv.getDossierNummer() + ")",
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
        if (tlv.getVorigDossier() != null) {
            // Moved with the pupil: the school the pupil left hears why it can no longer (409), as at its dossier.
            try {
                dossiers.controleerToegang(tlv.getVorigDossier());
                dossiers.controleerSchrijven(tlv.getVorigDossier());
            } catch (NietGevondenException nietVanDeVorigeSchool) {
                // not the old school's user: the new dossier's own check below
            }
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
            if (tlv.getProcesInstantieId() != null && !"-".equals(tlv.getProcesInstantieId())) {
                proces.verhuis(tlv.getProcesInstantieId(), w.nieuw(), w.reden()).ifPresent(tlv::gestart);
            }
            if (!tlv.isLopend()) {
                continue;
            }
            boolean anderSwv = tlv.getSwv() != null && !tlv.getSwv().equals(nieuwSwv);
            boolean nu = anderSwv && buitenSwv == BuitenSwv.HERINDICATIE;
            Instantie nieuw = new Instantie(tlv.getProcesInstantieId(), tlv.getDossierNummer(),
                    w.nieuw().zorgcoordinator(), w.nieuw().schoolBrin(), tlv.getId());
            if (nu && tlv.getStatus() == Tlv.Status.GELDIG) {
                meldHerindicatie(nieuw);
            }
            meld(nieuw, Melding.Soort.INFORMATIE,
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

    /** To the zorgcoördinator of the pupil (or the school's zorgcoördinatoren) and to the SWV of the school. */
    private void meld(Instantie instantie, Melding.Soort soort, String onderwerp, String tekst) {
        meldingen.stuur(instantie.zorgcoordinator() != null
                ? NieuweMelding.aanGebruiker(soort, instantie.zorgcoordinator(), onderwerp, tekst, instantie.dossierNummer(), null)
                : NieuweMelding.aanGroep(soort, "zorgcoordinator", instantie.school(), onderwerp, tekst,
                        instantie.dossierNummer(), null));
        meldingen.stuur(NieuweMelding.aanGroep(soort, "swv", instantie.school(), onderwerp, tekst,
                instantie.dossierNummer(), null));
    }
}
