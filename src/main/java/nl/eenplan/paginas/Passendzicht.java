package nl.eenplan.paginas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.arrangement.ArrangementView;
import nl.eenplan.arrangement.Besluit;
import nl.eenplan.arrangement.Onderwijsdeel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.groeidocument.GroeidocumentService;
import nl.eenplan.groeidocument.GroeidocumentView;
import nl.eenplan.groeidocument.Secties;
import nl.eenplan.groeidocument.Tekenwijze;
import nl.eenplan.opp.Instemming;
import nl.eenplan.opp.OppService;
import nl.eenplan.opp.OppView;
import nl.eenplan.security.Groepen;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelService;
import nl.eenplan.thuiszitterstafel.ThuiszitterstafelView;
import nl.eenplan.tlv.Tlv;
import nl.eenplan.tlv.TlvService;
import nl.eenplan.tlv.TlvView;
import nl.eenplan.toelating.Toelating;
import nl.eenplan.toelating.ToelatingService;
import nl.eenplan.toelating.ToelatingView;
import nl.eenplan.verwijspunten.Verwijspunten;
import nl.eenplan.web.NietGevondenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the pupil's page shows of passend onderwijs (issue #23): the admission, the groeidocument, the pupil's
 * thuiszitterstafel and where the parents can go. Part of {@link Leerlingzicht}'s decision, asked after it (so its
 * checks hold: the pupil at one of the user's schools), with the rules of each API exactly:
 * <ul>
 *   <li>admission ({@code /api/dossiers/{nr}/toelatingen}): the school's zorgcoördinator, who starts one and works its
 *   tasks;</li>
 *   <li>groeidocument ({@code /api/dossiers/{nr}/groeidocument}): zorgcoördinator and mentor read it and save a new
 *   version, the zorgcoördinator records a parent's signature; the SWV reads only the version a request attached,
 *   through that request, never here;</li>
 *   <li>thuiszitterstafel ({@code GET /api/dossiers/{nr}/thuiszitterstafel}): zorgcoördinator and mentor read the
 *   pupil's tables, the zorgcoördinator signals one; the parties of the gemeente have their own pages
 *   ({@link ThuiszittersPagina});</li>
 *   <li>the OPP ({@code GET /api/dossiers/{nr}/opp}): zorgcoördinator and mentor; its tasks (instemming) for those who
 *   work them;</li>
 *   <li>the TLVs ({@code GET /api/dossiers/{nr}/tlvs}): the school (zorgcoördinator, mentor) and the SWV on its
 *   statutory task; terug naar regulier ({@code POST /api/tlvs/{id}/terug-naar-regulier}) the zorgcoördinator;</li>
 *   <li>the referral points: for the school's staff who write to the parents (zorgcoördinator and mentor), and after
 *   each refusal of an arrangement request (which the page shows them already) what the letter must contain, and the
 *   parents' objection, which the zorgcoördinator registers ({@code POST /api/arrangementen/{id}/bezwaar}).</li>
 * </ul>
 * A part that is null is not for this user.
 */
@Service
@Transactional(readOnly = true)
class Passendzicht {

    /** The process of an admission, as the models name it. */
    static final String TOELATINGPROCES = "toelating";

    /** Who reads and writes the groeidocument and reads the pupil's thuiszitterstafel (as their APIs allow). */
    static final Set<String> SCHOOLTEAM = Set.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR);

    /** What the pupil's page shows of passend onderwijs; null for a part the user does not see. */
    record Passend(Toelatingen toelating, Groeidocument groeidocument, Tafels thuiszitterstafel,
                   List<Verwijspunten.Verwijspunt> verwijspunten, String samenwerkingsverband,
                   List<Afwijzing> afwijzingen, Opp opp, Tlvs tlvs) {
    }

    /**
     * A refused part of an arrangement request: what the letter to the parents must contain, who sends it (the SWV for
     * the education part, the gemeente for the care part), its part as the objection API names it (ONDERWIJS, ZORG), the
     * letter and objection so far, and whether the user may register the parents' objection here.
     */
    record Afwijzing(Long arrangement, String wat, String brief, String afzender, String deel,
                     ArrangementView.Bezwaarstappen stappen, boolean bezwaarRegistreren, String geenBezwaar) {
    }

    /**
     * The pupil's OPP (null: none yet), the OPP's tasks for this user (the instemming among them), and after a refusal
     * of the parents what the letter to them must contain.
     */
    record Opp(OppView opp, List<Werkregel> taken, String brief) {
    }

    /** The pupil's TLVs, newest first, and the TLV's tasks for this user (herindicatie). */
    record Tlvs(List<Tlvregel> lijst, List<Werkregel> taken) {
    }

    /**
     * One TLV with the deskundigen of the request that granted it, its state in words, and whether the user may record
     * the pupil's return to regular education (a running TLV, the zorgcoördinator, as the API allows).
     */
    record Tlvregel(TlvView t, List<ArrangementView.Deskundige> deskundigen, String status, boolean terug) {
    }

    /**
     * The admissions, newest first, each with what the letter to the parents must contain after its decision,
     * extension or temporary enrolment; whether one may start (none runs, the dossier is open); the admission's tasks.
     */
    record Toelatingen(List<Toelatingregel> lijst, boolean starten, List<Werkregel> taken) {
    }

    /** One admission as the page shows it, with its current deadline and the letter's referral points (or null). */
    record Toelatingregel(ToelatingView t, String status, java.time.LocalDate termijn, String brief) {
    }

    /**
     * The groeidocument: every version in full (newest first) with its parts in words, the parts of the form (filled
     * with the newest version: a new version starts from the last); whether the user may save, and sign.
     */
    record Groeidocument(List<Versieregel> versies, List<Deel> formulier, boolean schrijven, boolean ondertekenen,
                         Map<String, String> tekenwijzen) {
    }

    /** One version with its parts. */
    record Versieregel(GroeidocumentView.Versie v, List<Deel> delen) {
    }

    /** A part of the groeidocument: its field in the API, its question in plain Dutch, its text. */
    record Deel(String naam, String vraag, String tekst) {
    }

    /** The parts of a groeidocument (groeidocument.Secties) as the page asks them. */
    static List<Deel> delen(Secties s) {
        Secties x = s == null ? new Secties(null, null, null, null, null, null, null) : s;
        return List.of(new Deel("sterkeKanten", "Wat gaat goed (sterke kanten)", x.sterkeKanten()),
                new Deel("belemmerendeFactoren", "Wat maakt het moeilijk (belemmerende factoren)",
                        x.belemmerendeFactoren()),
                new Deel("onderwijsbehoeften", "Wat heeft de leerling nodig (onderwijsbehoeften)",
                        x.onderwijsbehoeften()),
                new Deel("ondernomen", "Wat heeft de school al gedaan, en wat werkte", x.ondernomen()),
                new Deel("hulpvraag", "Wat is de vraag (hulpvraag)", x.hulpvraag()),
                new Deel("visieOuders", "Wat vinden de ouders", x.visieOuders()),
                new Deel("visieLeerling", "Wat vindt de leerling", x.visieLeerling()));
    }

    /** The pupil's thuiszitterstafels (newest first) and whether the user may signal one. */
    record Tafels(List<ThuiszitterstafelView> lijst, boolean melden) {
    }

    private final ToelatingService toelatingen;
    private final GroeidocumentService groeidocumenten;
    private final ThuiszitterstafelService tafels;
    private final Verwijspunten verwijspunten;
    private final DossierService dossiers;
    private final OppService opp;
    private final TlvService tlvs;
    /** A read that may answer 404 runs in its own transaction: its refusal must not roll back the page's. */
    private final TransactionTemplate apart;
    private final ToestemmingService toestemmingen;

    Passendzicht(ToelatingService toelatingen, GroeidocumentService groeidocumenten, ThuiszitterstafelService tafels,
                 Verwijspunten verwijspunten, DossierService dossiers, OppService opp,
                 TlvService tlvs, PlatformTransactionManager transacties, ToestemmingService toestemmingen) {
        this.toestemmingen = toestemmingen;
        this.apart = new TransactionTemplate(transacties);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.apart.setReadOnly(true);
        this.dossiers = dossiers;
        this.opp = opp;
        this.tlvs = tlvs;
        this.toelatingen = toelatingen;
        this.groeidocumenten = groeidocumenten;
        this.tafels = tafels;
        this.verwijspunten = verwijspunten;
    }

    /**
     * For a user {@link Leerlingzicht#voor} let see this pupil ({@code w}): only the school's staff see anything here.
     */
    Passend voor(Aangemeld wie, Leerlingzicht.Weergave w) {
        if (!w.school()) {
            // The SWV reads the pupil's TLVs on its statutory task (the API checks the same consent); no one else.
            Tlvs tlv = wie.groepen().contains(Groepen.SWV) ? tlvs(wie, w, false) : null;
            return new Passend(null, null, null, null, null, null, null, tlv);
        }
        String nummer = w.nummer();
        boolean zc = wie.groepen().contains(Groepen.ZORGCOORDINATOR);
        boolean team = wie.groepen().stream().anyMatch(SCHOOLTEAM::contains);
        // The pupil's school's SWV: its own ouder- en jeugdsteunpunt (an admission is at the pupil's school too).
        String swv = verwijspunten.samenwerkingsverband(dossiers.identiteit(nummer).schoolBrin());
        Toelatingen toelating = null;
        if (zc) {
            List<ToelatingView> lijst = nieuwsteEerst(toelatingen.vanDossier(nummer));
            toelating = new Toelatingen(lijst.stream().map(t -> regel(t, swv)).toList(),
                    w.acties() && lijst.stream().noneMatch(t -> t.status() == Toelating.Status.LOPEND),
                    Werkoverzicht.vanProces(w.taken(), TOELATINGPROCES));
        }
        Groeidocument groeidocument = null;
        Tafels tafel = null;
        if (team) {
            List<Versieregel> versies = groeidocumenten.haalOp(nummer).versies().stream()
                    .map(v -> groeidocumenten.versie(nummer, v.versie()))
                    .map(v -> new Versieregel(v, delen(v.secties()))).toList();
            Map<String, String> wijzen = new LinkedHashMap<>();
            wijzen.put(Tekenwijze.OP_PAPIER.name(), "op papier");
            wijzen.put(Tekenwijze.DIGITAAL.name(), "digitaal");
            groeidocument = new Groeidocument(versies, delen(versies.isEmpty() ? null : versies.get(0).v().secties()),
                    w.acties(), w.acties() && zc, wijzen);
            tafel = new Tafels(nieuwsteEerst(tafels.vanDossier(nummer)), w.acties() && zc);
        }
        Opp oppdeel = null;
        Tlvs tlv = null;
        if (team) {
            // The page checked the pupil is at the user's school: in its transaction (null: no OPP yet, the section says so).
            OppView view = opp.vanDossier(nummer).orElse(null);
            boolean geweigerd = view != null && view.versies().stream()
                    .anyMatch(v -> v.instemming() != null && v.instemming().uitkomst() == Instemming.Uitkomst.GEWEIGERD);
            oppdeel = new Opp(view, Werkoverzicht.vanProces(w.taken(), OPPPROCES),
                    geweigerd ? verwijspunten.voorBrief(Verwijspunten.Soort.OPP_GEEN_INSTEMMING, swv) : null);
            tlv = tlvs(wie, w, true);
        }
        return new Passend(toelating, groeidocument, tafel, team ? verwijspunten.alle(swv) : null, swv,
                team ? afwijzingen(w.arrangementen(), swv, w.acties() && zc, nummer) : null, oppdeel, tlv);
    }

    /** The process of the OPP and of a TLV, as the models name them. */
    static final String OPPPROCES = "opp";
    static final String TLVPROCES = "tlv";

    /** The pupil's TLVs as GET /api/dossiers/{nr}/tlvs gives them to this user; null when it gives them nothing. */
    private Tlvs tlvs(Aangemeld wie, Leerlingzicht.Weergave w, boolean school) {
        // The school reads them as the API gives them (the page checked the pupil is theirs): in the page's transaction.
        // The SWV may be refused (no statutory task for this pupil): apart, so the refusal does not end the page's.
        List<TlvView> gelezen = school ? tlvs.vanDossier(w.nummer(), false)
                : apart(() -> tlvs.vanDossier(w.nummer(), true));
        if (gelezen == null) {
            return null;
        }
        List<TlvView> lijst = nieuwsteEerst(gelezen);
        boolean terug = school && w.acties() && wie.groepen().contains(Groepen.ZORGCOORDINATOR);
        // The deskundigen are kept with the TLV (V57): also one that came with the pupil from another school shows them.
        return new Tlvs(lijst.stream().map(t -> new Tlvregel(t, t.deskundigen().stream()
                        .map(d -> new ArrangementView.Deskundige(d.naam(), d.discipline(), d.organisatie(), d.datum()))
                        .toList(),
                        tlvstatus(t.status()), terug && (t.status() == Tlv.Status.GELDIG
                        || t.status() == Tlv.Status.HERINDICATIE_AANGEVRAAGD))).toList(),
                Werkoverzicht.vanProces(w.taken(), TLVPROCES));
    }

    /** What {@code lezen} gives, or null where its API answers 404 (nothing there, or not for this user). */
    private <T> T apart(java.util.function.Supplier<T> lezen) {
        try {
            return apart.execute(status -> lezen.get());
        } catch (NietGevondenException nietVoorDezeGebruiker) {
            return null;
        }
    }

    private static String tlvstatus(Tlv.Status status) {
        return switch (status) {
            case GELDIG -> "geldig";
            case HERINDICATIE_AANGEVRAAGD -> "geldig; herindicatie aangevraagd";
            case TERUG_NAAR_REGULIER -> "beëindigd: terug naar regulier onderwijs";
            case VERLOPEN -> "verlopen";
            case OPGEVOLGD -> "opgevolgd door een nieuwe TLV";
        };
    }

    /**
     * Each refused part of the pupil's arrangement requests: the SWV's (arrangement or TLV), the gemeente's; the
     * decision letter comes from who decided (the SWV for the education part, the gemeente for the care part).
     */
    private List<Afwijzing> afwijzingen(List<ArrangementView> aanvragen, String swv, boolean registreren,
                                        String nummer) {
        List<Afwijzing> lijst = new java.util.ArrayList<>();
        for (ArrangementView a : aanvragen == null ? List.<ArrangementView>of() : aanvragen) {
            if (a.onderwijsBesluit() == Besluit.AFGEWEZEN) {
                boolean tlv = a.onderwijsdeel() == Onderwijsdeel.TLV;
                lijst.add(new Afwijzing(a.id(), "Het samenwerkingsverband wees " + (tlv
                        ? "de toelaatbaarheidsverklaring (TLV)" : "het arrangement") + " af", verwijspunten.voorBrief(
                        tlv ? Verwijspunten.Soort.TLV_AFGEWEZEN : Verwijspunten.Soort.ARRANGEMENT_AFGEWEZEN, swv),
                        "het samenwerkingsverband", "ONDERWIJS", a.onderwijsBezwaar(),
                        registreren && bezwaarMogelijk(a.onderwijsBezwaar()), null));
            }
            if (a.zorgBesluit() == Besluit.AFGEWEZEN) {
                boolean mogelijk = registreren && bezwaarMogelijk(a.zorgBezwaar());
                // The API refuses the care part's objection without consent for jeugdhulp (409): the page does not
                // offer what it would refuse, and says why instead.
                boolean toestemming = !mogelijk || toestemmingen.inWerking(nummer, Toestemming.Scope.JEUGDHULP);
                lijst.add(new Afwijzing(a.id(), "De gemeente wees het zorgdeel af", verwijspunten.voorBrief(
                        Verwijspunten.Soort.ZORGDEEL_AFGEWEZEN, swv), "de gemeente", "ZORG", a.zorgBezwaar(),
                        mogelijk && toestemming, toestemming ? null : GEEN_BEZWAAR_ZONDER_TOESTEMMING));
            }
        }
        return lijst;
    }

    /** Why the page offers no objection form for the care part when consent for jeugdhulp is withdrawn. */
    static final String GEEN_BEZWAAR_ZONDER_TOESTEMMING = "Een bezwaar tegen het zorgdeel kan hier niet worden "
            + "vastgelegd: er is geen toestemming voor jeugdhulp (meer). Zonder die toestemming gaat het zorgdeel niet "
            + "meer naar de gemeente; het besluit erover is in EenPlan vervallen. De ouders kunnen hun bezwaarschrift "
            + "rechtstreeks bij de gemeente indienen. Is er weer zorg nodig, vraag dan met nieuwe toestemming een nieuw "
            + "arrangement aan.";

    /**
     * Whether the page offers to register an objection: the letter went out and no objection is being handled. The
     * API decides the rest (the term, the parents, the process waiting for it) and answers at the field.
     */
    private static boolean bezwaarMogelijk(ArrangementView.Bezwaarstappen b) {
        return b != null && b.briefOp() != null && (b.bezwaarOntvangenOp() == null || b.uitkomst() != null);
    }

    private static <T> List<T> nieuwsteEerst(List<T> oudsteEerst) {
        List<T> lijst = new java.util.ArrayList<>(oudsteEerst);
        java.util.Collections.reverse(lijst);
        return lijst;
    }

    private Toelatingregel regel(ToelatingView t, String swv) {
        String status = switch (t.status()) {
            case LOPEND -> t.tijdelijkIngeschrevenOp() != null ? "loopt; de leerling is tijdelijk ingeschreven"
                    : t.verlengdTot() != null ? "loopt, verlengd" : "loopt";
            case TOEGELATEN -> "toegelaten";
            case PLAATS_ELDERS -> "plaats op een andere school";
            case GEWEIGERD -> "geweigerd";
            case BEEINDIGD -> t.beeindigd() != null ? t.beeindigd() : "beëindigd zonder besluit";
        };
        Verwijspunten.Soort soort = switch (t.status()) {
            case GEWEIGERD, PLAATS_ELDERS -> Verwijspunten.Soort.TOELATING_GEWEIGERD;
            case TOEGELATEN, BEEINDIGD -> null;
            case LOPEND -> t.tijdelijkIngeschrevenOp() != null ? Verwijspunten.Soort.TIJDELIJK_INGESCHREVEN
                    : t.verlengdTot() != null ? Verwijspunten.Soort.TOELATING_VERLENGD : null;
        };
        return new Toelatingregel(t, status, t.verlengdTot() != null ? t.verlengdTot() : t.beslistermijn(),
                soort == null ? null : verwijspunten.voorBrief(soort, swv));
    }
}
