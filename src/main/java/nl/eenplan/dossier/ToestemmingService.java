package nl.eenplan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this flow of a pupil's data happen now, and on what basis?" ({@link #mag}), by the
 * basis table {@link Gegevensstroom}: a statutory task or duty needs no consent; a flow on consent needs, on the
 * pupil's age today, the consent of every guardian with gezag, of the pupil, or of both ({@link Leeftijdsregel}).
 * While the gezag of a guardian is not confirmed, flows on consent that need the parents wait. Records consent with
 * its proof and its withdrawal; withdrawal takes effect at once and tells the running routes.
 */
@Service
@Transactional
public class ToestemmingService {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final DossierService dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToestemmingService(DossierService dossiers, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<DossierView.ToestemmingView> lijst(String nummer) {
        return dossiers.haalOp(nummer).toestemmingen();
    }

    /**
     * The consents of a pupil with their proof for the inzage; empty when the dossier was removed after its
     * retention (its consents went with it).
     */
    @Transactional(readOnly = true)
    public List<DossierView.ToestemmingView> bewijs(String nummer) {
        return dossiers.bestaat(nummer) ? lijst(nummer) : List.of();
    }

    /**
     * The proof of a consent the person gives or withdraws online themself (AVG art. 7 lid 1): the language and the
     * version of the {@link Toestemmingsinformatie} text that was shown to them, and how they were signed in (method,
     * level and moment, in words).
     */
    public record Bewijs(String taal, String informatieVersie, String aanmelding) {
    }

    /** Consent recorded: the consent in force, and whether this request recorded it or found it. */
    public record Gegeven(DossierView.ToestemmingView toestemming, boolean nieuw) {
    }

    // ---- may this flow happen?

    /** May this flow of this pupil's data happen today, and on what basis (or why not)? */
    @Transactional(readOnly = true)
    public Grondslagbesluit mag(String nummer, Gegevensstroom stroom) {
        return mag(dossiers.vindDossier(nummer), stroom, vandaag());
    }

    /**
     * The flow happens now: refused (409, with the reason) when it may not; otherwise recorded with the basis used, in
     * the audit log of the request and as a flow of its own ({@link GegevensGedeeld}) in this transaction.
     */
    public Grondslagbesluit deel(String nummer, Gegevensstroom stroom, String wat) {
        Grondslagbesluit besluit = mag(nummer, stroom);
        if (!besluit.mag()) {
            throw new NietMogelijkException(besluit.reden());
        }
        Audit.opGrondslag(besluit.auditregel());
        events.publishEvent(new GegevensGedeeld(nummer, besluit, wat));
        return besluit;
    }

    /**
     * A flow in a request that only reads (an export, a page, what a receiver reads later): may it happen? When it may,
     * the request's audit entry records the basis used.
     */
    @Transactional(readOnly = true)
    public Grondslagbesluit leest(String nummer, Gegevensstroom stroom) {
        Grondslagbesluit besluit = mag(nummer, stroom);
        if (besluit.mag()) {
            Audit.opGrondslag(besluit.auditregel());
        }
        return besluit;
    }

    /** As {@link #leest}, refused (409, with the reason) when the flow may not happen. */
    @Transactional(readOnly = true)
    public Grondslagbesluit inVerzoek(String nummer, Gegevensstroom stroom) {
        Grondslagbesluit besluit = leest(nummer, stroom);
        if (!besluit.mag()) {
            throw new NietMogelijkException(besluit.reden());
        }
        return besluit;
    }

    static Grondslagbesluit mag(Dossier d, Gegevensstroom stroom, LocalDate dag) {
        Gegevensstroom.Grondslag g = stroom.grondslag();
        if (!g.opToestemming()) {
            return Grondslagbesluit.ja(stroom, g.inWoorden());
        }
        List<String> ontbreekt = new ArrayList<>();
        List<String> gegeven = new ArrayList<>();
        Set<Toestemming.GegevenDoor> wie = g.scope().leeftijdsregel().wie(d.getLeerling().getGeboortedatum(), dag);
        if (wie.contains(Toestemming.GegevenDoor.OUDERS)) {
            List<Ouder> ouders = d.getLeerling().getOuders();
            List<Ouder> onbekend = ouders.stream().filter(o -> o.getGezag() == null).toList();
            List<Ouder> gezaghebbenden = ouders.stream().filter(Ouder::heeftGezag).toList();
            if (!onbekend.isEmpty()) {
                ontbreekt.add("het gezag van " + namen(onbekend) + " is nog niet bevestigd");
            } else if (gezaghebbenden.isEmpty()) {
                ontbreekt.add("er is geen ouder of voogd met gezag vastgelegd");
            }
            for (Ouder o : gezaghebbenden) {
                Optional<Toestemming> t = geldig(d, g.scope(), dag, x -> x.vanOuder(o));
                if (t.isPresent()) {
                    gegeven.add(o.getNaam() + " op " + t.get().getGegevenOp());
                } else {
                    ontbreekt.add(o.getNaam() + " (gezag) gaf geen toestemming");
                }
            }
        }
        if (wie.contains(Toestemming.GegevenDoor.LEERLING)) {
            Optional<Toestemming> t = geldig(d, g.scope(), dag, Toestemming::vanLeerling);
            if (t.isPresent()) {
                gegeven.add("de leerling op " + t.get().getGegevenOp());
            } else {
                ontbreekt.add("de leerling gaf geen toestemming");
            }
        }
        if (!ontbreekt.isEmpty()) {
            return Grondslagbesluit.nee(stroom, "Geen toestemming voor " + g.scope().omschrijving() + ": "
                    + String.join("; ", ontbreekt) + ". Op deze leeftijd beslist " + Leeftijdsregel.omschrijving(wie)
                    + " (" + g.scope().leeftijdsregel().bron() + ").");
        }
        return Grondslagbesluit.ja(stroom, "toestemming (" + g.bron() + ") van " + String.join(", ", gegeven));
    }

    // ---- consent for a scope

    @Transactional(readOnly = true)
    public boolean inWerking(String nummer, Toestemming.Scope scope) {
        return inWerking(dossiers.vindDossier(nummer), scope, vandaag());
    }

    /** The scopes on consent for which consent is in force today. */
    @Transactional(readOnly = true)
    public Set<Toestemming.Scope> inWerking(String nummer) {
        return inWerking(dossiers.vindDossier(nummer), vandaag());
    }

    static Set<Toestemming.Scope> inWerking(Dossier d, LocalDate dag) {
        Set<Toestemming.Scope> scopes = EnumSet.noneOf(Toestemming.Scope.class);
        for (Toestemming.Scope s : Toestemming.Scope.values()) {
            if (inWerking(d, s, dag)) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    private static boolean inWerking(Dossier d, Toestemming.Scope scope, LocalDate dag) {
        return Gegevensstroom.opToestemming(scope).map(s -> mag(d, s, dag).mag()).orElse(false);
    }

    /** Per scope on consent, who must consent today for this pupil, in words with names. */
    @Transactional(readOnly = true)
    public java.util.Map<Toestemming.Scope, String> wieBeslist(String nummer) {
        Dossier d = dossiers.vindDossier(nummer);
        java.util.Map<Toestemming.Scope, String> wie = new java.util.EnumMap<>(Toestemming.Scope.class);
        for (Toestemming.Scope s : Toestemming.Scope.values()) {
            if (s.opToestemming()) {
                wie.put(s, wieBeslist(d, s, vandaag()));
            }
        }
        return wie;
    }

    private static String wieBeslist(Dossier d, Toestemming.Scope scope, LocalDate dag) {
        Set<Toestemming.GegevenDoor> wie = scope.leeftijdsregel().wie(d.getLeerling().getGeboortedatum(), dag);
        List<String> delen = new ArrayList<>();
        if (wie.contains(Toestemming.GegevenDoor.OUDERS)) {
            List<Ouder> gezag = d.getLeerling().getOuders().stream().filter(Ouder::heeftGezag).toList();
            delen.add(gezag.isEmpty() ? "de ouders met gezag (nog niet vastgelegd)"
                    : "de ouders met gezag (" + namen(gezag) + ")");
        }
        if (wie.contains(Toestemming.GegevenDoor.LEERLING)) {
            delen.add("de leerling");
        }
        return String.join(" en ", delen);
    }

    /** Why consent for this scope cannot be recorded for everyone who must consent today; empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> kanNietVastleggen(String nummer, Toestemming.Scope scope) {
        Dossier d = dossiers.vindDossier(nummer);
        if (!scope.opToestemming()) {
            return Optional.of(geenToestemmingNodig(scope));
        }
        Set<Toestemming.GegevenDoor> wie = scope.leeftijdsregel().wie(d.getLeerling().getGeboortedatum(), vandaag());
        if (wie.contains(Toestemming.GegevenDoor.OUDERS)) {
            return gezagBekend(d);
        }
        return Optional.empty();
    }

    /**
     * Records consent for a scope from everyone who must consent at the pupil's age today: each guardian with gezag
     * and/or the pupil, given in the same way (as ticked in the task form after a meeting); people whose consent is
     * already there are skipped.
     */
    public void geefNodige(String nummer, Toestemming.Scope scope, Toestemming.Vorm vorm, String gebruiker) {
        kanNietVastleggen(nummer, scope).ifPresent(reden -> {
            throw new OngeldigeInvoerException("gegeven", reden);
        });
        Dossier d = dossiers.vindDossier(nummer);
        LocalDate dag = vandaag();
        Toestemmingsinformatie informatie = Toestemmingsinformatie.huidige(scope).orElseThrow();
        Set<Toestemming.GegevenDoor> wie = scope.leeftijdsregel().wie(d.getLeerling().getGeboortedatum(), dag);
        List<Ouder> personen = new ArrayList<>();
        if (wie.contains(Toestemming.GegevenDoor.OUDERS)) {
            personen.addAll(d.getLeerling().getOuders().stream().filter(Ouder::heeftGezag).toList());
        }
        if (wie.contains(Toestemming.GegevenDoor.LEERLING)) {
            personen.add(null);
        }
        for (Ouder persoon : personen) {
            if (actief(d, scope, persoon).isEmpty()) {
                d.voegToestemmingToe(new Toestemming(persoon, scope, dag, vorm, informatie, null, gebruiker));
            }
        }
        dossiers.bewaar(d);
    }

    /**
     * Records one person's consent. Refused when the scope needs no consent, when that person does not decide at
     * this age, or when a guardian has no (confirmed) gezag. Given again while not withdrawn, it answers the consent
     * that is there (idempotent: no second record, the first date stays).
     */
    public Gegeven geef(String nummer, NieuweToestemming nieuw, String gebruiker) {
        return geef(nummer, nieuw, gebruiker, null);
    }

    /**
     * As {@link #geef(String, NieuweToestemming, String)}, given online by the person themself ({@code bewijs} not null):
     * the text recorded is the one shown, in the language shown. Refused (409) when the text shown is no longer the
     * current version: the person consents to what they read, so they read the new text first.
     */
    public Gegeven geef(String nummer, NieuweToestemming nieuw, String gebruiker, Bewijs bewijs) {
        Dossier d = dossiers.vindDossier(nummer);
        Toestemming.Scope scope = nieuw.scope();
        if (!scope.opToestemming()) {
            throw new OngeldigeInvoerException("scope", geenToestemmingNodig(scope));
        }
        LocalDate dag = nieuw.gegevenOp() == null ? vandaag() : nieuw.gegevenOp();
        if (nieuw.geldigTot() != null && nieuw.geldigTot().isBefore(dag)) {
            throw new OngeldigeInvoerException("geldigTot", "De toestemming kan niet eindigen vóór ze is gegeven ("
                    + dag + ").");
        }
        Set<Toestemming.GegevenDoor> wie = scope.leeftijdsregel().wie(d.getLeerling().getGeboortedatum(), dag);
        if (!wie.contains(nieuw.gegevenDoor())) {
            throw new OngeldigeInvoerException("gegevenDoor", "Voor " + scope.omschrijving() + " geeft op " + dag + " "
                    + Leeftijdsregel.omschrijving(wie) + " toestemming, niet "
                    + (nieuw.gegevenDoor() == Toestemming.GegevenDoor.OUDERS ? "de ouders" : "de leerling") + " ("
                    + scope.leeftijdsregel().bron() + ").");
        }
        Ouder persoon = nieuw.gegevenDoor() == Toestemming.GegevenDoor.LEERLING ? geenOuder(nieuw)
                : ouderMetGezag(d, nieuw.ouderId());
        Optional<Toestemming> bestaand = actief(d, scope, persoon);
        if (bestaand.isPresent()) {
            return new Gegeven(DossierView.ToestemmingView.van(bestaand.get()), false);
        }
        Toestemmingsinformatie informatie = Toestemmingsinformatie.huidige(scope).orElseThrow();
        Toestemming t;
        if (bewijs == null) {
            t = new Toestemming(persoon, scope, dag, nieuw.vorm(), informatie, nieuw.geldigTot(), gebruiker);
        } else {
            if (!informatie.versie().equals(bewijs.informatieVersie())) {
                throw new NietMogelijkException("De uitleg over " + scope.omschrijving() + " is veranderd (nu versie "
                        + informatie.versie() + "). Lees de nieuwe uitleg en geef dan toestemming.");
            }
            String taal = Toestemmingsinformatie.TALEN.contains(bewijs.taal()) ? bewijs.taal() : "nl";
            t = new Toestemming(persoon, scope, dag, nieuw.vorm(), informatie, taal, bewijs.aanmelding(),
                    nieuw.geldigTot(), gebruiker);
        }
        d.voegToestemmingToe(t);
        // A request at the same moment that recorded the same consent first: the unique key refuses this one here.
        dossiers.bewaar(d);
        return new Gegeven(DossierView.ToestemmingView.van(t), true);
    }

    /**
     * Withdraws one person's consent from today on, with how it was withdrawn; when the scope is no longer in force,
     * routes and tasks that need it are told in the same transaction.
     */
    public void trekIn(String nummer, Long id, Intrekking intrekking, String gebruiker) {
        trekIn(nummer, id, intrekking, gebruiker, null);
    }

    /**
     * As {@link #trekIn(String, Long, Intrekking, String)}, withdrawn online by the person themself, with how they were
     * signed in ({@code bewijs}, null when the school records it).
     */
    public void trekIn(String nummer, Long id, Intrekking intrekking, String gebruiker, String bewijs) {
        Dossier d = dossiers.vindDossier(nummer);
        Toestemming t = d.getToestemmingen().stream().filter(x -> x.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NietGevondenException("Dossier " + nummer + " heeft geen toestemming " + id + "."));
        if (t.getIngetrokkenOp() != null) {
            throw new NietMogelijkException("Deze toestemming is al ingetrokken op " + t.getIngetrokkenOp() + ".");
        }
        LocalDate dag = vandaag();
        Set<Toestemming.Scope> voor = inWerking(d, dag);
        t.trekIn(dag, intrekking.vorm(), gebruiker, bewijs);
        meldWatStopt(nummer, voor, inWerking(d, dag));
    }

    /**
     * Consent that ended overnight without a withdrawal (its period ran out, or the pupil turned 12 or 16 and now
     * decides too or alone): the routes that needed it stop, as with a withdrawal. Answers whether any scope ended.
     */
    public boolean meldVerlopen(String nummer, LocalDate vandaag) {
        Dossier d = dossiers.vindDossier(nummer);
        Set<Toestemming.Scope> gisteren = inWerking(d, vandaag.minusDays(1));
        Set<Toestemming.Scope> nu = inWerking(d, vandaag);
        meldWatStopt(nummer, gisteren, nu);
        return !nu.containsAll(gisteren);
    }

    /** Scopes in force before a change and not after: their routes stop (withdrawal, or gezag newly known). */
    void meldWatStopt(String nummer, Set<Toestemming.Scope> voor, Set<Toestemming.Scope> na) {
        for (Toestemming.Scope s : voor) {
            if (!na.contains(s)) {
                events.publishEvent(new ToestemmingIngetrokken(nummer, s));
            }
        }
    }

    /** The scopes in force today for this dossier (for {@link GezagService}, before and after a change of gezag). */
    Set<Toestemming.Scope> inWerking(Dossier d) {
        return inWerking(d, vandaag());
    }

    private static String geenToestemmingNodig(Toestemming.Scope scope) {
        Gegevensstroom stroom = scope == Toestemming.Scope.SWV ? Gegevensstroom.SWV : Gegevensstroom.ONTVANGENDE_SCHOOL;
        return "Voor " + scope.omschrijving() + " is geen toestemming nodig: dit is een "
                + stroom.grondslag().inWoorden() + ".";
    }

    private static Ouder geenOuder(NieuweToestemming nieuw) {
        if (nieuw.ouderId() != null) {
            throw new OngeldigeInvoerException("ouderId", "Noem geen ouder als de leerling zelf toestemming gaf.");
        }
        return null;
    }

    /** The guardian named, or the only guardian with gezag; refused when they have no (confirmed) gezag. */
    private static Ouder ouderMetGezag(Dossier d, Long ouderId) {
        List<Ouder> ouders = d.getLeerling().getOuders();
        if (ouderId == null) {
            Optional<String> onbekend = gezagBekend(d);
            if (onbekend.isPresent()) {
                throw new OngeldigeInvoerException("ouderId", onbekend.get());
            }
            List<Ouder> gezag = ouders.stream().filter(Ouder::heeftGezag).toList();
            if (gezag.size() != 1) {
                throw new OngeldigeInvoerException("ouderId", "Kies welke ouder of voogd toestemming gaf: "
                        + gezag.stream().map(o -> o.getNaam() + " (ouderId " + o.getId() + ")")
                        .collect(Collectors.joining(", ")) + ". Ieder van hen geeft apart toestemming.");
            }
            return gezag.get(0);
        }
        Ouder o = ouders.stream().filter(x -> x.getId().equals(ouderId)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("ouderId", "Deze leerling heeft geen ouder of voogd "
                        + ouderId + "."));
        if (o.getGezag() == null) {
            throw new OngeldigeInvoerException("ouderId", "Het gezag van " + o.getNaam() + " is nog niet bevestigd. "
                    + "Leg eerst vast of " + o.getNaam() + " het gezag heeft.");
        }
        if (!o.heeftGezag()) {
            throw new OngeldigeInvoerException("ouderId", o.getNaam() + " heeft geen gezag en kan geen toestemming "
                    + "geven. Een ouder zonder gezag heeft recht op informatie over belangrijke zaken (BW art. 1:377c), "
                    + "niet op beslissen.");
        }
        return o;
    }

    /** Empty when gezag is known for every guardian and at least one has it; otherwise what the school must do. */
    private static Optional<String> gezagBekend(Dossier d) {
        List<Ouder> ouders = d.getLeerling().getOuders();
        List<Ouder> onbekend = ouders.stream().filter(o -> o.getGezag() == null).toList();
        if (!onbekend.isEmpty()) {
            return Optional.of("Het gezag van " + namen(onbekend) + " is nog niet bevestigd. Leg eerst vast wie het "
                    + "gezag heeft.");
        }
        if (ouders.stream().noneMatch(Ouder::heeftGezag)) {
            return Optional.of("Er is geen ouder of voogd met gezag vastgelegd. Voeg die eerst toe aan het dossier.");
        }
        return Optional.empty();
    }

    private static String namen(List<Ouder> ouders) {
        return ouders.stream().map(Ouder::getNaam).collect(Collectors.joining(" en "));
    }

    /** This person's consent for this scope that is not withdrawn: there is at most one. */
    private static Optional<Toestemming> actief(Dossier d, Toestemming.Scope scope, Ouder persoon) {
        return d.getToestemmingen().stream().filter(t -> t.isActief() && t.zelfde(scope, persoon)).findFirst();
    }

    private static Optional<Toestemming> geldig(Dossier d, Toestemming.Scope scope, LocalDate dag,
                                                java.util.function.Predicate<Toestemming> van) {
        return d.getToestemmingen().stream().filter(t -> t.getScope() == scope && t.geldigOp(dag) && van.test(t))
                .findFirst();
    }

    /** Engine time, so the scenario tests' clock applies here too. */
    LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), NL);
    }
}
