package nl.eenplan.paginas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.ArrangementView;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.meldcode.MeldcodeService;
import nl.eenplan.meldcode.MeldcodeView;
import nl.eenplan.meldcode.Meldingsoort;
import nl.eenplan.meldcode.VervolgVeiligThuis;
import nl.eenplan.security.Groepen;
import nl.eenplan.taak.Procesverloop;
import nl.eenplan.verzuim.AfwezigheidService;
import nl.eenplan.verzuim.Afwezigheidsviews.VerlofView;
import nl.eenplan.verzuim.Afwezigheidsviews.VrijstellingView;
import nl.eenplan.verzuim.Afwezigheidsviews.ZiekmeldingView;
import nl.eenplan.verzuim.Beslisser;
import nl.eenplan.verzuim.Verlofsoort;
import nl.eenplan.verzuim.VerzuimOverzicht;
import nl.eenplan.verzuim.VerzuimService;
import nl.eenplan.verzuim.Vrijstellingsgrond;
import nl.eenplan.web.Audit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees what of a pupil on the pupil's page: the one place that decides it, per signed-in user. The page and its
 * template show what is in the {@link Weergave} and nothing else; the rules are the API's (docs/privacy.md,
 * "Need-to-know"):
 * <ul>
 *   <li>zorgcoördinator, mentor and aandachtsfunctionaris of the pupil's school: the whole dossier, as
 *   {@code /api/dossiers/{nr}}; the meldcode (its process and steps) only the zorgcoördinator and the
 *   aandachtsfunctionaris;</li>
 *   <li>jeugdhulp, only while consent for jeugdhulp is in force (the same answer of {@link ToestemmingService} that
 *   lets the MDO give them an agreement and ends their tasks when it is withdrawn): the care part of the one plan
 *   (goals, agreements), the MDO and arrangement that run for the pupil, and that consent; not the parents, the
 *   history, the referral (intake, meldcode), absence or leerplicht, which rest on other grounds than that consent;</li>
 *   <li>SWV and gemeente: the pupil's arrangements as {@code /api/arrangementen/{id}} gives each to them
 *   ({@link ArrangementService#voorBeslisser(String, boolean, boolean)}: the request and OPP for the SWV on its
 *   statutory task, the care part for the gemeente with consent for jeugdhulp), nothing of the dossier;</li>
 *   <li>all of them: their own open tasks for the pupil.</li>
 * </ul>
 * Admission, groeidocument, thuiszitterstafel and the referral points (issue #23) are decided by {@link Passendzicht},
 * after this class's checks, with the same rules as their APIs.
 * Who the pupil is (name, birth date, school) only with a reason in the work: the school, jeugdhulp with consent, an
 * arrangement to decide on or a task for the pupil. Without one the page refuses (403) with a Dutch explanation and
 * without the name, so nobody collects the names of the pupils with a dossier in their gemeente by trying numbers.
 * Leerplicht never sees the page (it has the escalation page), nor procesbeheer or admin (403); a user of another
 * school, gemeente or SWV finds no pupil (404: dossier.DossierToegang on the path, and here again).
 */
@Service("leerlingzicht")
@Transactional(readOnly = true)
class Leerlingzicht {

    /** The school's groups: the whole dossier (as the dossier API allows). */
    static final Set<String> SCHOOL = Set.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR, Groepen.AANDACHTSFUNCTIONARIS);

    /**
     * Who sees that a meldcode runs and what happened in it: the school's zorgcoördinator and aandachtsfunctionaris.
     * A mentor (who may start one) does not see it on the pupil's page: the protective reading of need-to-know.
     */
    static final Set<String> MELDCODE = Set.of(Groepen.ZORGCOORDINATOR, Groepen.AANDACHTSFUNCTIONARIS);

    /**
     * Who sees the pupil's absence, reports and thuiszitter signal, leave, exemptions and ziekmeldingen (as the verzuim
     * API allows).
     */
    static final Set<String> VERZUIM = Set.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR);

    /** The process of the meldcode, as the models name it. */
    static final String MELDCODEPROCES = "meldcode";

    /** The groups that may open a pupil's page at all (what each sees is decided in {@link #voor}). */
    static final Set<String> OPENEN = Set.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR, Groepen.AANDACHTSFUNCTIONARIS,
            Groepen.JEUGDHULP, Groepen.SWV, Groepen.GEMEENTE);

    /** The processes jeugdhulp sees running, with consent: the plan's care work they take part in. */
    static final Set<String> PROCESSEN_JEUGDHULP = Set.of("mdo", "arrangement");

    /** Who the pupil is, as the page's heading and side show it. */
    record Leerling(String naam, LocalDate geboortedatum, String school, String onderwijs, String zorgcoordinator) {
    }

    /**
     * What the page shows: {@code null} (or {@code false}) for a part the user does not see. {@code school}: the whole
     * dossier, with what the school does with it (the plan as PDF, consents); {@code acties}: the school's work on an
     * open dossier. {@code uitleg} says in Dutch what is not shown and why.
     */
    record Weergave(String nummer, Leerling leerling, boolean school, boolean plan, List<DossierView.DoelView> doelen,
                    List<DossierView.AfspraakView> afspraken, List<DossierView.OuderView> ouders,
                    List<DossierView.ToestemmingView> toestemmingen, List<Procesverloop.LopendProces> processen,
                    List<Procesverloop.Gebeurtenis> tijdlijn, List<ArrangementView> arrangementen,
                    List<Werkregel> taken, boolean acties, Gesloten gesloten, List<String> uitleg,
                    List<Meldcoderegel> meldcodes, VerzuimOverzicht verzuim, Afwezigheid afwezigheid,
                    List<Mdoregel> mdos) {
    }

    /**
     * An MDO on the school's page: when, whether held, and the family's answers to the date (issue #24), each as "who:
     * what" in Dutch (a guardian by name, the pupil as "De leerling"; moments in Dutch time; an answer to a date the
     * MDO was moved from says so). {@code verzetten}: the zorgcoördinator may move it now (the API checks again);
     * {@code voorstellen}: the moments the family proposed for its present date, each a button that fills the form.
     */
    record Mdoregel(Long id, Instant datum, boolean gehouden, List<String> reactiesVanGezin, boolean verzetten,
                    List<Voorstel> voorstellen, int keerVerzet) {

        /** A moment the family proposed: as the form's field takes it ({@code waarde}) and in Dutch words. */
        record Voorstel(String waarde, String tekst) {
        }

        static Mdoregel van(MdoView m, List<DossierView.OuderView> ouders, boolean zorgcoordinator, Instant nu) {
            java.time.format.DateTimeFormatter moment = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMMM yyyy HH:mm", java.util.Locale.forLanguageTag("nl-NL"));
            List<String> reacties = m.reactiesVanGezin().stream().map(r -> {
                String wie = r.ouderId() == null ? "De leerling" : ouders.stream()
                        .filter(o -> o.id().equals(r.ouderId())).map(DossierView.OuderView::naam).findFirst()
                        .orElse("Een ouder");
                String over = r.overEerdereDatum()
                        ? " (over de eerdere datum " + moment.format(r.overDatum().atZone(nl.eenplan.engine.Klok.NL)) + ")"
                        : "";
                return wie + over + (r.akkoord() ? ": de datum past" : ": de datum past niet, stelt voor: "
                        + String.join("; ", r.voorstellen().stream()
                        .map(v -> moment.format(v.atZone(nl.eenplan.engine.Klok.NL))).toList()));
            }).toList();
            List<Voorstel> voorstellen = m.reactiesVanGezin().stream()
                    .filter(r -> !r.overEerdereDatum()).flatMap(r -> r.voorstellen().stream())
                    .filter(v -> v.isAfter(nu)).distinct().sorted()
                    .map(v -> v.atZone(nl.eenplan.engine.Klok.NL))
                    .map(v -> new Voorstel(v.toLocalDateTime().toString(), moment.format(v))).toList();
            boolean verzetten = zorgcoordinator && MdoService.wachtOpReactie(m, nu);
            return new Mdoregel(m.id(), m.datum(), m.verslag() != null, reacties, verzetten, voorstellen, m.keerVerzet());
        }
    }

    /**
     * The pupil's leave, exemptions and ziekmeldingen (as {@code /api/dossiers/{nr}/verlof}, {@code /vrijstellingen}
     * and {@code /ziekmeldingen} give them to the school), with the choices of the forms: each kind of leave and each
     * ground of exemption with its article, and who may decide on leave.
     */
    record Afwezigheid(List<VerlofView> verlof, List<VrijstellingView> vrijstellingen,
                       List<ZiekmeldingView> ziekmeldingen, Map<String, String> verlofsoorten,
                       Map<String, String> beslissers, Map<String, String> vrijstellingsgronden) {
    }

    /**
     * A meldcode in words, for the school's zorgcoördinator and aandachtsfunctionaris only (null for everyone else):
     * where it started, where it stands, the decision, the report to Veilig Thuis and its feedback, the help agreed.
     */
    record Meldcoderegel(Long id, String aanleiding, Instant gestartOp, String gestartDoor, String status,
                         String signaal, String besluit, String melding, String hulp) {

        static Meldcoderegel van(MeldcodeView m) {
            String besluit = m.stap5() == null || m.stap5().meldenNoodzakelijk() == null ? null
                    : "Melden " + (m.stap5().meldenNoodzakelijk() ? "noodzakelijk" : "niet noodzakelijk") + "; hulp "
                    + (Boolean.TRUE.equals(m.stap5().hulpMogelijk()) ? "mogelijk" : "niet mogelijk") + ".";
            String melding = m.melding() == null || m.melding().op() == null ? null
                    : (m.melding().soort() == Meldingsoort.MELDING ? "Gemeld bij Veilig Thuis" : "Advies gevraagd aan "
                    + "Veilig Thuis") + " op " + m.melding().op()
                    + (m.melding().vervolg() == null ? "; terugkoppeling nog niet vastgelegd."
                    : "; terugkoppeling: " + vervolg(m.melding().vervolg()) + ".");
            String hulp = m.hulp() == null || m.hulp().wat() == null ? null
                    : "Hulp: " + m.hulp().wat() + (m.hulp().metWie() == null ? "" : " (met " + m.hulp().metWie() + ")")
                    + (m.hulp().evaluatieOp() == null ? "" : "; evalueren op " + m.hulp().evaluatieOp()) + ".";
            return new Meldcoderegel(m.id(), switch (m.aanleiding()) {
                case INTAKE -> "de intake";
                case MDO -> "een MDO";
                case VERZUIM -> "verzuim";
                case SIGNAAL -> "een signaal";
            }, m.gestartOp(), m.gestartDoor(), switch (m.status()) {
                case LOPEND -> "loopt";
                case HULP -> "hulp in plaats van melden, wordt gevolgd";
                case GEMELD -> "gemeld bij Veilig Thuis";
                case AFGESLOTEN -> "afgesloten";
            }, m.signaal(), besluit, melding, hulp);
        }

        private static String vervolg(VervolgVeiligThuis v) {
            return switch (v) {
                case ONDERZOEK -> "Veilig Thuis doet onderzoek";
                case OVERDRACHT_LOKAAL_TEAM -> "overgedragen aan het lokale team";
                case VOORWAARDEN_EN_HULP -> "voorwaarden en hulp";
                case GEEN_VERVOLG -> "geen vervolg";
            };
        }
    }

    /** A closed dossier: when, and why (the school's words). */
    record Gesloten(Instant op, String reden) {
    }

    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final ArrangementService arrangementen;
    private final Procesverloop processen;
    private final Werkoverzicht werk;
    private final MeldcodeService meldcodes;
    private final VerzuimService verzuim;
    private final AfwezigheidService afwezigheid;

    private final MdoService mdos;
    private final java.time.Clock klok;

    Leerlingzicht(DossierService dossiers, ToestemmingService toestemmingen, ArrangementService arrangementen,
                  Procesverloop processen, Werkoverzicht werk, MeldcodeService meldcodes, VerzuimService verzuim,
                  AfwezigheidService afwezigheid, MdoService mdos, java.time.Clock klok) {
        this.klok = klok;
        this.afwezigheid = afwezigheid;
        this.mdos = mdos;
        this.meldcodes = meldcodes;
        this.verzuim = verzuim;
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.arrangementen = arrangementen;
        this.processen = processen;
        this.werk = werk;
    }

    /** Whether the user's groups may open a pupil's page (for the page's own check and for links to it). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    boolean magOpenen(Collection<String> groepen) {
        return groepen.stream().anyMatch(OPENEN::contains);
    }

    /**
     * For {@code @PreAuthorize("@leerlingzicht.magOpenen(authentication)")} and the page heading's link: the user's
     * groups only, so no transaction of its own (the class's read-only one cost a commit per call, twice a page).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean magOpenen(Authentication gebruiker) {
        return gebruiker != null
                && magOpenen(gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** What this user sees of this pupil; refuses (404 another school's pupil, 403 nothing to see) otherwise. */
    Weergave voor(Aangemeld wie, String nummer) {
        if (!magOpenen(wie.groepen())) {
            throw new AccessDeniedException("Geen groep die de pagina van een leerling mag openen.");
        }
        dossiers.controleerToegang(nummer);
        List<Werkregel> taken = werk.vanLeerling(wie, nummer);
        DossierView d = dossiers.haalOp(nummer);
        if (wie.groepen().stream().anyMatch(SCHOOL::contains)) {
            Set<String> verborgen = wie.groepen().stream().anyMatch(MELDCODE::contains) ? Set.of()
                    : Set.of(MELDCODEPROCES);
            if (d.overgestapt() != null) {
                return overgestapt(wie, nummer, d, verborgen, taken);
            }
            return new Weergave(nummer, leerling(d), true, true, d.doelen(), d.afspraken(), d.leerling().ouders(),
                    d.toestemmingen(), // with their proof, withdrawn ones too (AVG art. 7 lid 1)
                    processen.lopend(nummer).stream().filter(p -> !verborgen.contains(p.proces())).toList(),
                    processen.verloop(nummer, verborgen), arrangementen.vanDossier(nummer), taken,
                    d.status() == Dossier.Status.OPEN,
                    d.status() == Dossier.Status.OPEN ? null : new Gesloten(d.geslotenOp(), d.sluitreden()), List.of(),
                    verborgen.isEmpty() ? meldcodes.vanDossier(nummer).stream().map(Meldcoderegel::van).toList() : null,
                    // Absence, its DUO reports and the thuiszitter signal: as /api/dossiers/{nr}/verzuim, for
                    // zorgcoördinator and mentor.
                    wie.groepen().stream().anyMatch(VERZUIM::contains) ? verzuim.overzicht(nummer) : null,
                    wie.groepen().stream().anyMatch(VERZUIM::contains) ? afwezigheid(nummer) : null,
                    // The MDOs with the family's answers to the date (issue #24): the school's own.
                    mdos.vanDossier(nummer).stream().filter(m -> m.datum() != null)
                            .map(m -> Mdoregel.van(m, d.leerling().ouders(), d.status() == Dossier.Status.OPEN
                                    && wie.groepen().contains(Groepen.ZORGCOORDINATOR), klok.instant())).toList());
        }

        List<String> uitleg = new ArrayList<>();
        boolean jeugdhulp = wie.groepen().contains(Groepen.JEUGDHULP);
        boolean betrokken = betrokken(wie, taken, d);
        var besluit = jeugdhulp ? toestemmingen.mag(nummer, Gegevensstroom.JEUGDHULP) : null;
        boolean toestemming = besluit != null && besluit.mag();
        boolean plan = toestemming && betrokken;
        if (plan) {
            // Jeugdhulp reading the plan is a flow on consent: the request's audit entry names the consent used.
            Audit.opGrondslag(besluit.auditregel());
            uitleg.add("Je ziet het plan omdat er toestemming voor jeugdhulp is. Het dossier zelf (ouders, verslagen, "
                    + "verzuim) blijft bij de school. Wordt de toestemming ingetrokken, dan zie je het plan niet meer.");
        } else if (jeugdhulp && !toestemming) {
            uitleg.add("Er is voor deze leerling geen toestemming voor jeugdhulp (meer). Zonder die toestemming laat "
                    + "EenPlan jeugdhulp niets van het plan zien. Neem zo nodig contact op met de zorgcoördinator van "
                    + "de school.");
        } else if (jeugdhulp) {
            uitleg.add("Jeugdhulp ziet het plan van een leerling als jeugdhulp eraan werkt: een taak of een afspraak "
                    + "voor jeugdhulp in het plan. Die is er voor deze leerling niet.");
        }
        boolean swv = wie.groepen().contains(Groepen.SWV);
        boolean gemeente = wie.groepen().contains(Groepen.GEMEENTE);
        List<ArrangementView> aanvragen = swv || gemeente ? arrangementen.voorBeslisser(nummer, swv, gemeente)
                : List.of();
        if (swv) {
            uitleg.add("Het samenwerkingsverband ziet wat het voor zijn besluit nodig heeft: de aanvraag en het OPP, "
                    + "voor zijn wettelijke taak (WPO art. 18a, WVO 2020 art. 2.47); niet het dossier of het zorgdeel.");
        }
        if (gemeente) {
            uitleg.add("De gemeente ziet wat ze voor haar besluit nodig heeft: het zorgdeel van een aanvraag, zolang "
                    + "er toestemming voor jeugdhulp is; niet het dossier of het onderwijsdeel.");
        }
        if (!plan && aanvragen.isEmpty() && taken.isEmpty()) {
            uitleg.add("Je hebt voor deze leerling geen taak" + (swv || gemeente
                    ? " en er is geen aanvraag die je voor een besluit mag inzien" : "")
                    + ". EenPlan laat je daarom niets over deze leerling zien.");
            throw new GeenInzage(String.join(" ", uitleg));
        }
        return new Weergave(nummer, leerling(d), false, plan, plan ? d.doelen() : null, plan ? d.afspraken() : null, null,
                plan ? d.toestemmingen().stream().filter(t -> t.ingetrokkenOp() == null
                        && t.scope() == Toestemming.Scope.JEUGDHULP).map(Leerlingzicht::zonderNamen).toList() : null,
                plan ? processen.lopend(nummer).stream().filter(p -> PROCESSEN_JEUGDHULP.contains(p.proces())).toList()
                        : null,
                null, aanvragen, taken, false, null, uitleg, null, null, null, null);
    }

    /**
     * Whether {@link #voor} gives this user the pupil's page (200) instead of refusing it (403, 404), by the same checks
     * and without reading or auditing the pupil's data: the one answer for every link to a pupil's page (a
     * notification's, Meldinglinks).
     */
    boolean opent(Aangemeld wie, String nummer) {
        if (!magOpenen(wie.groepen()) || !dossiers.toegankelijk(nummer)) {
            return false;
        }
        if (wie.groepen().stream().anyMatch(SCHOOL::contains)) {
            return true;
        }
        List<Werkregel> taken = werk.vanLeerling(wie, nummer);
        if (!taken.isEmpty()) {
            return true;
        }
        if (wie.groepen().contains(Groepen.JEUGDHULP)
                && toestemmingen.mag(nummer, Gegevensstroom.JEUGDHULP).mag()
                && betrokken(wie, taken, dossiers.haalOp(nummer))) {
            return true;
        }
        return arrangementen.heeftVoorBeslisser(nummer, wie.groepen().contains(Groepen.SWV),
                wie.groepen().contains(Groepen.GEMEENTE));
    }

    /**
     * Consent alone is not a reason to look: jeugdhulp sees a pupil's plan when it works on it (a task for the pupil, or
     * an agreement of theirs in the plan), so trying dossier numbers shows no one else's plan.
     */
    private static boolean betrokken(Aangemeld wie, List<Werkregel> taken, DossierView d) {
        return !taken.isEmpty() || d.afspraken().stream().anyMatch(a -> a.eigenaarIsGroep()
                ? wie.groepen().contains(a.eigenaar()) : wie.naam().equals(a.eigenaar()));
    }

    /**
     * The school a pupil left (package nl.eenplan.schoolwissel) sees what it keeps, as dossier.DossierToegang lets the
     * API give it: who the pupil is, why the dossier closed ("Overgestapt naar ..."), its own absence and reports, a
     * meldcode of its own and its tasks in what runs on there; no plan, parents, consents or history, and no forms.
     */
    private Weergave overgestapt(Aangemeld wie, String nummer, DossierView d, Set<String> verborgen,
                                 List<Werkregel> taken) {
        boolean verzuimZien = wie.groepen().stream().anyMatch(VERZUIM::contains);
        return new Weergave(nummer, leerling(d), false, false, null, null, null, null,
                processen.lopend(nummer).stream().filter(p -> !verborgen.contains(p.proces())).toList(), null,
                List.of(), taken, false, new Gesloten(d.geslotenOp(), d.sluitreden()),
                List.of("Deze leerling is overgestapt: het plan ging mee naar de nieuwe school, die het verder bijhoudt. "
                        + "Uw school leest alleen nog wat zij moet bewaren (de inschrijving en het verzuim) en kan niets "
                        + "meer wijzigen."),
                verborgen.isEmpty() ? meldcodes.vanDossier(nummer).stream().map(Meldcoderegel::van).toList() : null,
                verzuimZien ? verzuim.overzicht(nummer) : null, verzuimZien ? afwezigheid(nummer) : null, null);
    }

    private Afwezigheid afwezigheid(String nummer) {
        Map<String, String> soorten = new LinkedHashMap<>();
        for (Verlofsoort v : Verlofsoort.values()) {
            soorten.put(v.name(), v.omschrijving() + " (" + v.artikel() + ")");
        }
        Map<String, String> beslissers = new LinkedHashMap<>();
        for (Beslisser b : Beslisser.values()) {
            beslissers.put(b.name(), b.omschrijving());
        }
        Map<String, String> gronden = new LinkedHashMap<>();
        for (Vrijstellingsgrond g : Vrijstellingsgrond.values()) {
            gronden.put(g.name(), Character.toUpperCase(g.omschrijving().charAt(0)) + g.omschrijving().substring(1)
                    + " (" + g.artikel() + " Leerplichtwet 1969)");
        }
        return new Afwezigheid(afwezigheid.verlof(nummer), afwezigheid.vrijstellingen(nummer),
                afwezigheid.ziekmeldingen(nummer), soorten, beslissers, gronden);
    }

    private static Leerling leerling(DossierView d) {
        DossierView.LeerlingView l = d.leerling();
        String naam = String.join(" ", Stream.of(l.voornaam(), l.tussenvoegsel(), l.achternaam())
                .filter(s -> s != null && !s.isBlank()).toList());
        return new Leerling(naam, l.geboortedatum(), l.school().naam(), l.onderwijssoort() + ", leerjaar " + l.leerjaar(),
                d.zorgcoordinator());
    }

    /** Nothing of this pupil to see for this user: a page that says why, without the pupil's name (403). */
    static final class GeenInzage extends AccessDeniedException {

        GeenInzage(String uitleg) {
            super(uitleg);
        }
    }

    /** Jeugdhulp sees that consent is in force and on what, not the parents' names or who recorded it. */
    private static DossierView.ToestemmingView zonderNamen(DossierView.ToestemmingView t) {
        return new DossierView.ToestemmingView(t.id(), t.gegevenDoor(), null,
                t.gegevenDoor() == Toestemming.GegevenDoor.OUDERS ? "een ouder met gezag" : "de leerling", t.scope(),
                t.gegevenOp(), t.geldigTot(), t.vorm(), t.informatieVersie(), t.informatieTekst(), null, null, null, null,
                t.informatieTaal(), null, null);
    }
}
