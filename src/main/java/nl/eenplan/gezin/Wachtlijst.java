package nl.eenplan.gezin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.eenplan.arrangement.Enqueteservice;
import nl.eenplan.engine.Klok;
import nl.eenplan.gezin.Gezinsregel.Handeling;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.opp.OppService;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.taak.TaakService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wat wacht op u" (issue #24, plan §5) on {@code /gezin}: computed live per request for this account and its bindings
 * in force, only what {@link Gezinsregel} and the action's own rule give THIS person today, each with its deadline: the
 * waiting task's due date (read through {@link TaakService#vervaltOp}) or the domain's own date. Nothing here is
 * stored; the pages of the actions themselves still check everything again when the person acts.
 */
@Service
@Transactional(readOnly = true)
class Wachtlijst {

    /** What waits; the message key is {@code gezin.wacht.<soort lower case>}. */
    enum Soort {
        /** The school asks agreement on the OPP's handelingsdeel (WPO art. 40a). Deadline: task instemmingVastleggen. */
        OPP,
        /** The overstapdossier waits for the parents' view (WPO art. 42). Deadline: task oudersLatenZien. */
        OVERSTAP,
        /** An MDO date to answer. Deadline: the MDO itself. */
        MDO,
        /** The closing survey of an arrangement. Deadline: the last day of its window. */
        ENQUETE,
        /** Input to an evaluation with the family. Deadline: task evalueren. */
        EVALUATIE,
        /** The school asks consent (task toestemmingVragen open) that this person gives and has not given. */
        TOESTEMMING,
        /** An AVG request answered since the previous sign-in. No deadline. */
        AVG
    }

    /** One thing waiting: what, the page to act on, the last day (null: none). */
    record Item(Soort soort, String pad, LocalDate uiterlijk) {

        public String sleutel() {
            return "gezin.wacht." + soort.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One child (or the pupil herself) with what waits for this person; {@code ouderEmail}: the address the school has
     * in the dossier for the guardian this binding names (empty for the pupil, or without one), for GezinMailer.
     */
    record Kind(String publiekId, String dossierNummer, String voornaam, boolean leerling, List<String> ouderEmail,
                List<Item> items) {
    }

    private final Gezinszicht zicht;
    private final Gezinsregister register;
    private final GezinOppPagina opp;
    private final GezinToestemmingPagina toestemmingen;
    private final GezinEvaluatie evaluaties;
    private final OppService opps;
    private final OverstapService overstappen;
    private final MdoService mdos;
    private final Enqueteservice enquetes;
    private final AvgVerzoeken avg;
    private final TaakService taken;
    private final Clock clock;

    Wachtlijst(Gezinszicht zicht, Gezinsregister register, GezinOppPagina opp, GezinToestemmingPagina toestemmingen,
               GezinEvaluatie evaluaties, OppService opps, OverstapService overstappen, MdoService mdos,
               Enqueteservice enquetes, AvgVerzoeken avg, TaakService taken, Clock clock) {
        this.zicht = zicht;
        this.register = register;
        this.opp = opp;
        this.toestemmingen = toestemmingen;
        this.evaluaties = evaluaties;
        this.opps = opps;
        this.overstappen = overstappen;
        this.mdos = mdos;
        this.enquetes = enquetes;
        this.avg = avg;
        this.taken = taken;
        this.clock = clock;
    }

    /** Per bound child, what waits for this person today, the nearest deadline first. */
    List<Kind> voor(Gezinslid wie) {
        return voor(wie.accountId(), wie.getName());
    }

    /** The same for an account that is not signed in now (GezinMailer, after an event). */
    List<Kind> voor(long accountId, String door) {
        Instant vorigeKeer = register.vorigeAanmelding(accountId).orElse(null);
        List<Kind> kinderen = new ArrayList<>();
        for (Gezinshandeling h : zicht.gebonden(accountId, door)) {
            List<Item> items = items(h, vorigeKeer);
            items.sort(Comparator.comparing(Item::uiterlijk, Comparator.nullsLast(Comparator.naturalOrder())));
            kinderen.add(new Kind(h.koppeling().publiekId(), h.dossierNummer(), h.dossier().leerling().voornaam(),
                    h.leerling(), emailVan(h), items));
        }
        return kinderen;
    }

    private List<Item> items(Gezinshandeling h, Instant vorigeKeer) {
        String nummer = h.dossierNummer();
        String kind = "/gezin/kind/" + h.koppeling().publiekId();
        List<Item> items = new ArrayList<>();
        if (h.inzage().mag(Handeling.OPP_INSTEMMING) && GezinOppPagina.antwoordtZelf(h, opp.wieAntwoordt(h))) {
            opps.instemmingGevraagd(nummer).filter(OppService.Instemmingsvraag::online)
                    .filter(v -> !v.antwoorden().containsKey(GezinOppPagina.gever(h)))
                    .ifPresent(v -> items.add(new Item(Soort.OPP, kind + "/opp",
                            dag(taken.vervaltOp(nummer, "opp", "instemmingVastleggen")))));
        }
        if (h.inzage().mag(Handeling.OVERSTAP_ZIENSWIJZE)) {
            overstappen.voorGezin(nummer).stream().filter(OverstapService.VoorGezin::wachtOpZienswijze)
                    .forEach(o -> items.add(new Item(Soort.OVERSTAP, kind + "/overstap/" + o.id() + "/zienswijze",
                            dag(taken.vervaltOp(nummer, "overstap", "oudersLatenZien")))));
        }
        if (h.inzage().mag(Handeling.MDO_REACTIE)) {
            for (MdoView m : mdos.vanDossier(nummer)) {
                if (MdoService.wachtOpReactie(m, clock.instant()) && Gezinszicht.eigenReactie(m, h.koppeling()) == null) {
                    items.add(new Item(Soort.MDO, kind + "/mdo/" + m.id() + "/reactie", dag(Optional.of(m.datum()))));
                }
            }
        }
        if (h.inzage().mag(Handeling.ENQUETE)) {
            enquetes.open(nummer, GezinEnquete.gever(h)).stream().filter(e -> e.antwoord() == null)
                    .forEach(e -> items.add(new Item(Soort.ENQUETE, kind + "/enquete", e.openTot())));
        }
        if (h.inzage().mag(Handeling.EVALUATIE)) {
            evaluaties.open(h).stream().filter(e -> e.eerder().isEmpty())
                    .forEach(e -> items.add(new Item(Soort.EVALUATIE, kind + "/evaluatie",
                            dag(taken.vervaltOp(nummer, GezinEvaluatie.PROCES.get(
                                    nl.eenplan.dossier.Evaluatieinbrengservice.Onderwerp.valueOf(e.onderwerp().toUpperCase(java.util.Locale.ROOT))),
                                    GezinEvaluatie.TAAK)))));
        }
        if (h.inzage().mag(Handeling.TOESTEMMING) && taken.openTaak(nummer, "aanmelding", "toestemmingVragen").isPresent()
                && !toestemmingen.nogTeGeven(h).isEmpty()) {
            items.add(new Item(Soort.TOESTEMMING, kind + "/toestemmingen/geven",
                    dag(taken.vervaltOp(nummer, "aanmelding", "toestemmingVragen"))));
        }
        if (vorigeKeer != null) {
            LocalDate sinds = vorigeKeer.atZone(Klok.NL).toLocalDate();
            avg.vanAccount(nummer, h.koppeling().accountId()).stream()
                    .filter(v -> v.beantwoordOp() != null && !v.beantwoordOp().isBefore(sinds))
                    .findFirst().ifPresent(v -> items.add(new Item(Soort.AVG, kind + "/verzoeken", null)));
        }
        return items;
    }

    /** The e-mail address the school has in the dossier for the guardian this binding names (none for the pupil). */
    private static List<String> emailVan(Gezinshandeling h) {
        return h.leerling() ? List.of() : h.dossier().leerling().ouders().stream()
                .filter(o -> o.id().equals(h.ouderId()) && o.email() != null && !o.email().isBlank())
                .map(nl.eenplan.dossier.DossierView.OuderView::email).toList();
    }

    private static LocalDate dag(Optional<Instant> moment) {
        return moment.map(m -> m.atZone(Klok.NL).toLocalDate()).orElse(null);
    }
}
