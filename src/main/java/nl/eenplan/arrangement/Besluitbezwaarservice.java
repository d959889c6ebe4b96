package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.eenplan.arrangement.proces.Besluitbezwaarproces;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.Tlvregel;
import nl.eenplan.web.NietMogelijkException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An objection against the SWV's refusal (the education part of an arrangement, or a TLV) that reaches the SWV after the
 * pupil left the school the decision was taken for, while the objection term still ran (issue #23 leftovers B;
 * docs/processen/besluitbezwaar.md). The parents object to the body that decided (Awb art. 6:4 lid 1), also after the
 * change; the old school's process arrangement stopped at the change, so the SWV handles it in process
 * {@code besluitbezwaar}, in its own tenant, with the same rules as before the move (Bezwaarregels: the term, the LBT's
 * advice for a TLV, the Awb art. 7:10 term; the outcome). Nothing at the new school waits for it: the new school hears
 * that it runs and its outcome.
 */
@Service
@Transactional
public class Besluitbezwaarservice {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final BesluitbezwaarRepository bezwaren;
    private final ArrangementRepository arrangementen;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final Organisaties organisaties;
    private final GebruikerService gebruikers;
    private final Toegang toegang;
    private final VolgendDossier volgendDossier;
    private final Besluitbezwaarproces proces;
    private final MeldingService meldingen;
    private final TlvService tlvs;
    private final Clock clock;

    Besluitbezwaarservice(BesluitbezwaarRepository bezwaren, ArrangementRepository arrangementen,
                          DossierService dossiers, SchoolService scholen, Organisaties organisaties,
                          GebruikerService gebruikers, Toegang toegang, VolgendDossier volgendDossier,
                          Besluitbezwaarproces proces, MeldingService meldingen, TlvService tlvs, Clock clock) {
        this.bezwaren = bezwaren;
        this.arrangementen = arrangementen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.organisaties = organisaties;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.volgendDossier = volgendDossier;
        this.proces = proces;
        this.meldingen = meldingen;
        this.tlvs = tlvs;
        this.clock = clock;
    }

    /**
     * The deciding SWV records the parents' objection against its refusal of the education part of arrangement
     * {@code a}, whose school the pupil left (ArrangementService.bezwaar decides this is the way in). Only a user of
     * that SWV (the old school's); the same checks as before the move (Bezwaarregels); one objection per decision.
     */
    void registreer(Arrangement a, Invoer.Bezwaar bezwaar) {
        String deel = ArrangementService.ONDERWIJS;
        Leerlingidentiteit oud = dossiers.identiteit(a.getDossierNummer());
        String swv = scholen.haalOp(oud.schoolBrin()).samenwerkingsverband();
        Optional<String> gebruiker = toegang.gebruiker();
        if (swv == null || gebruiker.isPresent() && !toegang.zicht().alles()
                && !gebruikers.isLidVan(gebruiker.get(), Organisaties.swvGroep(swv))) {
            throw new org.springframework.security.access.AccessDeniedException("Alleen het samenwerkingsverband dat "
                    + "besloot legt een bezwaar tegen zijn besluit vast.");
        }
        // As the school change saw it (ArrangementService.lopendeBezwaartermijnen): a refusal whose letter started a term.
        if (a.bezwaartermijnTot(deel) == null || a.getOnderwijsBesluit() != Besluit.AFGEWEZEN) {
            throw new NietMogelijkException("Er loopt geen bezwaartermijn voor het onderwijsdeel van dit arrangement.");
        }
        if (a.bezwaarOntvangenOp(deel) != null || bezwaren.findByArrangementId(a.getId()).isPresent()) {
            throw new NietMogelijkException("Tegen dit besluit is al bezwaar vastgelegd (ontvangen op "
                    + a.bezwaarOntvangenOp(deel) + "); het samenwerkingsverband behandelt het.");
        }
        Bezwaarregels.controleerBezwaarschrift(a, deel, bezwaar, vandaag());
        Bezwaarregels.bezwaarOntvangen(a, deel, bezwaar);
        String nieuw = volgendDossier.na(a.getDossierNummer()).orElse(null);
        Besluitbezwaar b = bezwaren.saveAndFlush(new Besluitbezwaar(a.getId(), a.getDossierNummer(), nieuw, swv,
                bezwaar.ontvangenOp(), clock.instant()));
        String tenant = organisaties.richtSwvIn(swv);
        b.gestart(proces.start(dossiers.routeringsgegevens(a.getDossierNummer()), tenant, b.getId(), a.getId(),
                a.getOnderwijsSoort() == Onderwijsdeel.TLV, a.bezwaartermijnTot(deel)));
        meldNieuweSchool(b, "Bezwaar loopt tegen een besluit van " + swv,
                "De ouders hebben op " + bezwaar.ontvangenOp() + " bezwaar gemaakt tegen de afwijzing van "
                        + omschrijving(a) + " door " + swv + " (besluit van " + a.besluitOp(deel) + ", bij de aanvraag "
                        + "van de vorige school, " + oud.schoolNaam() + "). Het samenwerkingsverband behandelt het "
                        + (a.getOnderwijsSoort() == Onderwijsdeel.TLV ? "na het advies van de Landelijke "
                        + "Bezwaaradviescommissie " : "") + "en beslist binnen de wettelijke termijn (Awb art. 7:10). "
                        + "Bij uw school wacht niets op dit bezwaar; u hoort de uitkomst.");
    }

    /** Task lbtAdviesNaSchoolwissel: the LBT's advice, by the same rule as before the move. */
    public void lbtAdvies(Long besluitbezwaarId, LocalDate op, Arrangement.LbtAdvies advies) {
        Bezwaarregels.lbtAdvies(arrangement(besluitbezwaarId), op, advies, vandaag());
    }

    /** Task bezwaarBehandelenNaSchoolwissel: the decision on the objection, by the same rule as before the move. */
    public void bezwaarBeslist(Long besluitbezwaarId, Arrangement.Bezwaaruitkomst uitkomst, String toelichting) {
        Bezwaarregels.bezwaarBeslist(arrangement(besluitbezwaarId), ArrangementService.ONDERWIJS, uitkomst, toelichting);
    }

    /**
     * Task opnieuwBesluitenNaSchoolwissel: the objection was well-founded and the SWV decides again (Awb art. 7:11 lid
     * 2), recorded with the arrangement as the decision that replaces the refusal. A TLV granted now goes into the
     * pupil's dossier at the new school (a TLV belongs to the pupil and is valid nationally: WPO art. 18a, WEC art. 40,
     * WVO 2020 art. 2.47), with the old school as the requesting school and this SWV as the one that issued it; a TLV of
     * the pupil that still runs there is followed up by it (TlvService.verleen). Without a new school's dossier a TLV
     * cannot be placed: refused (409), nothing recorded.
     */
    public void opnieuwBesloten(Long besluitbezwaarId, Besluit besluit, String toelichting, Tlvregel.Gegevens tlv) {
        Besluitbezwaar b = vind(besluitbezwaarId);
        Arrangement a = arrangement(b);
        String deel = ArrangementService.ONDERWIJS;
        if (toelichting != null && !toelichting.isBlank()) {
            a.toelichting(deel, "Nieuw besluit na gegrond bezwaar: " + toelichting.trim());
        }
        a.besluit(deel, besluit, vandaag());
        if (besluit == Besluit.TOEGEKEND && a.getOnderwijsSoort() == Onderwijsdeel.TLV) {
            if (b.getNieuwDossier() == null) {
                throw new NietMogelijkException("Het dossier van de leerling bij de nieuwe school is niet gevonden; de TLV "
                        + "kan nergens worden vastgelegd. Meld dit aan procesbeheer.");
            }
            tlvs.verleen(b.getNieuwDossier(), a.getId(), tlv, java.util.stream.Stream.of(a.deskundige(1),
                    a.deskundige(2)).filter(java.util.Objects::nonNull).toList(),
                    dossiers.identiteit(a.getDossierNummer()).schoolBrin());
        }
    }

    /**
     * Step "Nieuwe school hoort de uitkomst": the new school (its zorgcoördinatoren) and the dossier's zorgcoördinator,
     * the parents' contact at school, hear the outcome and what it means for the pupil there.
     */
    public void meldUitkomst(Long besluitbezwaarId) {
        Besluitbezwaar b = vind(besluitbezwaarId);
        Arrangement a = arrangement(b);
        String deel = ArrangementService.ONDERWIJS;
        Arrangement.Bezwaaruitkomst uitkomst = a.bezwaarUitkomst(deel);
        boolean tlv = a.getOnderwijsSoort() == Onderwijsdeel.TLV;
        String gevolg;
        if (uitkomst != Arrangement.Bezwaaruitkomst.GEGROND) {
            gevolg = (uitkomst == Arrangement.Bezwaaruitkomst.INGETROKKEN ? "De ouders hebben het bezwaar ingetrokken"
                    : "Het samenwerkingsverband heeft het bezwaar ongegrond verklaard") + ": de afwijzing blijft. Bij uw "
                    + "school verandert niets." + (uitkomst == Arrangement.Bezwaaruitkomst.ONGEGROND ? " Tegen deze "
                    + "beslissing kunnen de ouders binnen 6 weken beroep instellen bij de rechtbank (Awb art. 8:1, 6:7)."
                    : "");
        } else if (a.getOnderwijsBesluit() == Besluit.TOEGEKEND && tlv) {
            gevolg = "Het bezwaar is gegrond en het samenwerkingsverband heeft de TLV alsnog toegekend. Zij staat in het "
                    + "dossier van uw school (de leerling heeft één TLV: een TLV die nog liep, is hierdoor opgevolgd) en "
                    + "volgt het proces tlv bij uw school.";
        } else if (a.getOnderwijsBesluit() == Besluit.TOEGEKEND) {
            gevolg = "Het bezwaar is gegrond en het samenwerkingsverband heeft het arrangement alsnog toegekend, op de "
                    + "aanvraag van de vorige school. Het lopende arrangement bij uw school verandert daardoor niet "
                    + "vanzelf: neem dit besluit mee in uw eigen aanvraag (taak Aanvraag arrangement opstellen) of "
                    + "bespreek met het samenwerkingsverband hoe de ondersteuning bij uw school verder gaat.";
        } else {
            gevolg = "Het bezwaar is gegrond, maar het samenwerkingsverband heeft na heroverweging opnieuw afgewezen. Bij "
                    + "uw school verandert niets. Tegen deze beslissing kunnen de ouders binnen 6 weken beroep instellen "
                    + "bij de rechtbank (Awb art. 8:1, 6:7).";
        }
        meldNieuweSchool(b, "Uitkomst bezwaar tegen een besluit van " + b.getSwv(), "Over het bezwaar van de ouders "
                + "(ontvangen op " + b.getOntvangenOp() + ") tegen de afwijzing van " + omschrijving(a) + " door "
                + b.getSwv() + " is beslist. " + gevolg);
    }

    /** A dossier past its retention: the objections against its decisions go with it (before its arrangements). */
    void verwijder(String dossierNummer) {
        bezwaren.deleteAll(bezwaren.findByDossierNummer(dossierNummer));
        bezwaren.flush();
    }

    /**
     * The new school's zorgcoördinatoren, and the zorgcoördinator of the pupil's dossier there (the parents' contact at
     * school). Only that the objection runs and its outcome: the objection's text stays with the SWV and the arrangement.
     */
    private void meldNieuweSchool(Besluitbezwaar b, String onderwerp, String tekst) {
        if (b.getNieuwDossier() != null) {
            meldNieuweSchool(b.getNieuwDossier(), onderwerp, tekst);
        }
    }

    /**
     * The same two notices for any outcome the new school hears after a school change: also the home gemeente's final
     * decision on jeugdhulp (JeugdhulpbesluitService.meldBesluit). No content of the decision or the objection.
     */
    void meldNieuweSchool(String nieuwDossier, String onderwerp, String tekst) {
        Leerlingidentiteit nieuw = dossiers.identiteit(nieuwDossier);
        String titel = onderwerp + " (dossier " + nieuw.dossierNummer() + ")";
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.ZORGCOORDINATOR, nieuw.schoolBrin(),
                titel, tekst, nieuw.dossierNummer(), null));
        if (nieuw.zorgcoordinator() != null) {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, nieuw.zorgcoordinator(), titel,
                    tekst + " U bent het aanspreekpunt van de ouders: licht hen in.", nieuw.dossierNummer(), null));
        }
    }

    private static String omschrijving(Arrangement a) {
        return (a.getOnderwijsSoort() == Onderwijsdeel.TLV ? "de toelaatbaarheidsverklaring" : "het arrangement")
                + " (aanvraag " + a.getId() + ")";
    }

    private Besluitbezwaar vind(Long id) {
        return bezwaren.findById(id).orElseThrow(() -> new IllegalStateException("Geen bezwaar " + id + "."));
    }

    private Arrangement arrangement(Long besluitbezwaarId) {
        return arrangement(vind(besluitbezwaarId));
    }

    private Arrangement arrangement(Besluitbezwaar b) {
        return arrangementen.findById(b.getArrangementId()).orElseThrow(
                () -> new IllegalStateException("Geen arrangement " + b.getArrangementId() + "."));
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), NL);
    }
}
