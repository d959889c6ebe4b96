package nl.eenplan.gezin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.arrangement.ArrangementService;
import nl.eenplan.arrangement.ArrangementView;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.PlanVoorOuders;
import nl.eenplan.engine.Klok;
import nl.eenplan.gezin.Gezinsregel.Inzage;
import nl.eenplan.gezin.Gezinsregel.Onderdeel;
import nl.eenplan.gezin.Gezinsweergave.Afspraakregel;
import nl.eenplan.gezin.Gezinsweergave.Besluitregel;
import nl.eenplan.gezin.Gezinsweergave.Doelregel;
import nl.eenplan.gezin.Gezinsweergave.Gebeurtenis;
import nl.eenplan.gezin.Gezinsweergave.Kind;
import nl.eenplan.gezin.Gezinsweergave.Kindpagina;
import nl.eenplan.gezin.Gezinsweergave.Mdoregel;
import nl.eenplan.gezin.Gezinsweergave.Overstapregel;
import nl.eenplan.gezin.Gezinsweergave.Toestemmingregel;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.MdoView;
import nl.eenplan.mdo.Rol;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a family member sees of their child (or a pupil of herself): the one place that builds it, as paginas.Leerlingzicht
 * does for staff. Every lookup starts at the signed-in account's bindings in force, read per request with the
 * guardian's gezag of today (a withdrawn binding or a changed gezag works at once); another child's id is "not found"
 * (404), as is a part this person may not see. What may be seen is {@link Gezinsregel}'s; the data comes from the
 * capabilities' public services and is copied field by field into {@link Gezinsweergave}'s records.
 */
@Service
@Transactional(readOnly = true)
class Gezinszicht {

    /** Groups the pages name by what they do (messages gezin.groep.*); any other is "de school". */
    private static final Set<String> GROEPEN = Set.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR, Groepen.JEUGDHULP,
            Groepen.SWV, Groepen.GEMEENTE, Groepen.LEERPLICHT);

    private final Gezinsregister register;
    private final Gezinsregel regel;
    private final DossierService dossiers;
    private final MdoService mdos;
    private final ArrangementService arrangementen;
    private final OverstapService overstappen;
    private final GebruikerService gebruikers;
    private final Clock clock;

    Gezinszicht(Gezinsregister register, Gezinsregel regel, DossierService dossiers, MdoService mdos,
                ArrangementService arrangementen, OverstapService overstappen, GebruikerService gebruikers,
                Clock clock) {
        this.register = register;
        this.regel = regel;
        this.dossiers = dossiers;
        this.mdos = mdos;
        this.arrangementen = arrangementen;
        this.overstappen = overstappen;
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    /** The children (or the pupil herself) this account is bound to: first names only. */
    List<Kind> kinderen(Gezinslid wie) {
        return register.koppelingen(wie.accountId()).stream()
                .filter(k -> dossiers.bestaat(k.dossierNummer()))
                .map(k -> new Kind(k.publiekId(), dossiers.haalOp(k.dossierNummer()).leerling().voornaam(),
                        k.rol().name()))
                .toList();
    }

    /**
     * One child's page, for one part ({@code null}: the first this person may see). Refuses (404) another account's
     * binding and a part this person may not see. The read is audited with the dossier named.
     */
    Kindpagina kind(Gezinslid wie, String publiekId, Onderdeel gevraagd) {
        Gezinsregister.Koppeling k = register.koppeling(wie.accountId(), publiekId)
                .filter(b -> dossiers.bestaat(b.dossierNummer()))
                .orElseThrow(Gezinszicht::nietGevonden);
        Audit.betreftDossier(k.dossierNummer());
        DossierView d = dossiers.haalOp(k.dossierNummer());
        Inzage inzage = regel.inzage(wieIs(k, d), d.leerling().geboortedatum(), Klok.vandaag(clock));
        List<String> onderdelen = inzage.onderdelen().stream().filter(o -> o != Onderdeel.ZORGDEEL)
                .map(o -> o == Onderdeel.DOELEN || o == Onderdeel.AFSPRAKEN ? "plan" : o.name().toLowerCase())
                .distinct().toList();
        if (gevraagd != null && !inzage.ziet(gevraagd)) {
            throw nietGevonden();
        }
        Onderdeel deel = gevraagd != null ? gevraagd
                : inzage.onderdelen().stream().filter(o -> o != Onderdeel.ZORGDEEL).findFirst().orElse(null);
        String nummer = k.dossierNummer();
        PlanVoorOuders plan = PlanVoorOuders.van(d, gebruikers::naamVan);
        boolean planDeel = deel == Onderdeel.DOELEN || deel == Onderdeel.AFSPRAKEN;
        // Nothing to see (a court order, no gezag confirmed, 18 or older): not even where the child goes to school.
        return new Kindpagina(publiekId, d.leerling().voornaam(), inzage.niets() ? null : d.leerling().school().naam(),
                d.status() != Dossier.Status.OPEN, inzage.uitleg(), inzage.grondslag(), onderdelen,
                inzage.niets() ? null : plan.contactpersoon(),
                planDeel && inzage.ziet(Onderdeel.DOELEN) ? doelen(plan) : null,
                planDeel && inzage.ziet(Onderdeel.AFSPRAKEN) ? afspraken(d, plan, inzage) : null,
                deel == Onderdeel.MDO ? mdos(nummer, k) : null,
                deel == Onderdeel.BESLUITEN ? besluiten(nummer, inzage) : null,
                deel == Onderdeel.OVERSTAP ? overstappen(nummer) : null,
                deel == Onderdeel.TIJDLIJN ? tijdlijn(d, nummer, inzage) : null,
                deel == Onderdeel.TOESTEMMINGEN ? toestemmingen(d) : null, inzage.handelingen());
    }

    /**
     * The one way in for a family action: the account's binding to this child (else 404, as for reading), the dossier,
     * and the rule's answer for this person today; an action the rule does not give them is refused (403, with the
     * row's explanation). The action is audited with the dossier named. The domain rule of the action itself (who
     * gives which consent, who agrees to the OPP) is asked by the action after this.
     */
    Gezinshandeling handeling(Gezinslid wie, String publiekId, Gezinsregel.Handeling handeling) {
        Gezinsregister.Koppeling k = register.koppeling(wie.accountId(), publiekId)
                .filter(b -> dossiers.bestaat(b.dossierNummer()))
                .orElseThrow(Gezinszicht::nietGevonden);
        Audit.betreftDossier(k.dossierNummer());
        DossierView d = dossiers.haalOp(k.dossierNummer());
        Inzage inzage = regel.inzage(wieIs(k, d), d.leerling().geboortedatum(), Klok.vandaag(clock));
        if (!inzage.mag(handeling)) {
            throw new GezinMagDitNiet(inzage.uitleg());
        }
        return new Gezinshandeling(k, d, inzage, wie.getName());
    }

    /**
     * Every binding of this account in force, each with what the rule gives this person today: for "Wat wacht op u",
     * which asks each action's own rule after this. Audited with every dossier named.
     */
    List<Gezinshandeling> gebonden(Gezinslid wie) {
        return gebonden(wie.accountId(), wie.getName());
    }

    /** The same for an account that is not signed in now (the e-mail after an event: GezinMailer). */
    List<Gezinshandeling> gebonden(long accountId, String door) {
        List<Gezinshandeling> gebonden = new ArrayList<>();
        for (Gezinsregister.Koppeling k : register.koppelingen(accountId)) {
            if (dossiers.bestaat(k.dossierNummer())) {
                Audit.betreftDossier(k.dossierNummer());
                DossierView d = dossiers.haalOp(k.dossierNummer());
                gebonden.add(new Gezinshandeling(k, d, regel.inzage(wieIs(k, d), d.leerling().geboortedatum(),
                        Klok.vandaag(clock)), door));
            }
        }
        return gebonden;
    }

    /** Who this binding is today: the pupil, or the guardian with their gezag and court order as the school records it. */
    private static Gezinsregel.Wie wieIs(Gezinsregister.Koppeling k, DossierView d) {
        if (k.rol() == Gezinsregister.Rol.LEERLING) {
            return Gezinsregel.Wie.deLeerling();
        }
        return d.leerling().ouders().stream().filter(o -> o.id().equals(k.ouderId())).findFirst()
                .map(o -> Gezinsregel.Wie.ouder(o.gezag(), o.informatieBeperkt()))
                // The guardian is no longer in the dossier: nothing (as a court order would give).
                .orElse(Gezinsregel.Wie.ouder(null, true));
    }

    private static List<Doelregel> doelen(PlanVoorOuders plan) {
        return plan.doelen().stream().map(d -> new Doelregel(d.omschrijving(), d.status())).toList();
    }

    /**
     * "Wat u doet": the plan's agreements made with the family (plan §3; the school's own agreements are the school's
     * work, not the family's); jeugdhulp's (the care part) only for whom the rule gives the care part.
     */
    private List<Afspraakregel> afspraken(DossierView d, PlanVoorOuders plan, Inzage inzage) {
        Set<Long> zorg = d.afspraken().stream().filter(a -> mdos.vanJeugdhulp(a.eigenaar(), a.eigenaarIsGroep()))
                .map(DossierView.AfspraakView::id).collect(Collectors.toSet());
        return plan.afspraken().stream()
                .filter(PlanVoorOuders.Afspraakregel::metGezin)
                .filter(a -> inzage.ziet(Onderdeel.ZORGDEEL) || !zorg.contains(a.id()))
                .map(a -> new Afspraakregel(a.wat(), a.naam(), GROEPEN.contains(a.groep()) ? a.groep() : null,
                        a.klaarOp(), a.status(), zorg.contains(a.id())))
                .toList();
    }

    /**
     * The MDOs with a date: when, whether held, the summary for the family once held (never the report itself), and
     * this person's own answer to the date (a guardian's by their id, the pupil's as the pupil's; none for
     * {@code k} null).
     */
    private List<Mdoregel> mdos(String nummer, Gezinsregister.Koppeling k) {
        return mdos.vanDossier(nummer).stream().filter(m -> m.datum() != null)
                .map(m -> new Mdoregel(m.id(), m.datum().atZone(Klok.NL).toLocalDateTime(), m.verslag() != null,
                        m.verslag() != null ? m.verslagVoorGezin() : null,
                        MdoService.wachtOpReactie(m, clock.instant()), k == null ? null : eigenReactie(m, k)))
                .toList();
    }

    /** This person's own answer to the MDO's date: a guardian's by their id, the pupil's as the pupil's. */
    static Gezinsweergave.Mdoreactie eigenReactie(MdoView m, Gezinsregister.Koppeling k) {
        boolean leerling = k.rol() == Gezinsregister.Rol.LEERLING;
        // An answer to a date the MDO was moved from is not an answer to its date now: that one is open again.
        return m.reactiesVanGezin().stream().filter(r -> !r.overEerdereDatum())
                .filter(r -> leerling ? r.rol() == Rol.LEERLING : k.ouderId().equals(r.ouderId()))
                .findFirst().map(r -> new Gezinsweergave.Mdoreactie(r.akkoord(), r.voorstellen().stream()
                        .map(v -> v.atZone(Klok.NL).toLocalDateTime()).toList())).orElse(null);
    }

    /** Outcomes only; the care part's decision only for whom the rule gives the care part. */
    private List<Besluitregel> besluiten(String nummer, Inzage inzage) {
        List<Besluitregel> besluiten = new ArrayList<>();
        for (ArrangementView a : arrangementen.vanDossier(nummer)) {
            if (a.onderwijsdeel() != null) {
                besluiten.add(new Besluitregel("onderwijs", a.onderwijsBesluit(), a.startdatum()));
            }
            if (a.zorg() != null && inzage.ziet(Onderdeel.ZORGDEEL)) {
                besluiten.add(new Besluitregel("zorg", a.zorgBesluit(), a.startdatum()));
            }
        }
        return besluiten;
    }

    /**
     * The transfers: the school year and the school it goes to; with the overstapdossier's id and whether the school
     * waits for the family to see it (the page offers that only to whom the rule gives OVERSTAP_ZIENSWIJZE).
     */
    private List<Overstapregel> overstappen(String nummer) {
        java.util.Map<Long, OverstapService.VoorGezin> dossiers = overstappen.voorGezin(nummer).stream()
                .collect(Collectors.toMap(OverstapService.VoorGezin::id, v -> v));
        return overstappen.vanDossier(nummer).stream()
                .map(o -> {
                    OverstapService.VoorGezin v = dossiers.get(o.id());
                    return new Overstapregel(o.id(), o.schooljaar(), o.ontvangendeSchool(),
                            v != null && v.wachtOpZienswijze(), v != null && v.gezienOp() != null);
                }).toList();
    }

    /** From the dossier's own records, newest first: never the engine's history, which names tasks and people. */
    private List<Gebeurtenis> tijdlijn(DossierView d, String nummer, Inzage inzage) {
        List<Gebeurtenis> tijdlijn = new ArrayList<>();
        tijdlijn.add(new Gebeurtenis(dag(d.aangemaaktOp()), "gezin.tijdlijn.geopend", null));
        mdos(nummer, null).stream().filter(Mdoregel::gehouden)
                .forEach(m -> tijdlijn.add(new Gebeurtenis(m.datum().toLocalDate(), "gezin.tijdlijn.mdo", null)));
        besluiten(nummer, inzage).stream().filter(b -> b.besluit() != null && b.startdatum() != null)
                .forEach(b -> tijdlijn.add(new Gebeurtenis(b.startdatum(), "gezin.tijdlijn.besluit." + b.deel(), null)));
        if (inzage.ziet(Onderdeel.TOESTEMMINGEN)) {
            for (Toestemmingregel t : toestemmingen(d)) {
                tijdlijn.add(new Gebeurtenis(t.gegevenOp(), "gezin.tijdlijn.toestemming", t.scope().name()));
                if (t.ingetrokkenOp() != null) {
                    tijdlijn.add(new Gebeurtenis(t.ingetrokkenOp(), "gezin.tijdlijn.ingetrokken", t.scope().name()));
                }
            }
        }
        if (d.geslotenOp() != null) {
            tijdlijn.add(new Gebeurtenis(dag(d.geslotenOp()), "gezin.tijdlijn.gesloten", null));
        }
        tijdlijn.sort(Comparator.comparing(Gebeurtenis::op, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
        return tijdlijn;
    }

    private static List<Toestemmingregel> toestemmingen(DossierView d) {
        return d.toestemmingen().stream().map(t -> new Toestemmingregel(t.scope(), t.gegevenDoor(), t.gegevenOp(),
                t.ingetrokkenOp())).toList();
    }

    private static LocalDate dag(java.time.Instant moment) {
        return moment == null ? null : moment.atZone(Klok.NL).toLocalDate();
    }

    /** Now, on the one clock (the pages' "can this still be answered"). */
    java.time.Instant nu() {
        return clock.instant();
    }

    private static NietGevondenException nietGevonden() {
        return new NietGevondenException("gezin.niet-gevonden");
    }

    /** The parts a URL may name, by their lower-case name ("plan" is the goals and agreements). */
    static Onderdeel onderdeel(String naam) {
        if (naam == null) {
            return null;
        }
        if (naam.equals("plan")) {
            return Onderdeel.DOELEN;
        }
        for (Onderdeel o : Set.of(Onderdeel.MDO, Onderdeel.BESLUITEN, Onderdeel.OVERSTAP, Onderdeel.TIJDLIJN,
                Onderdeel.TOESTEMMINGEN)) {
            if (o.name().toLowerCase().equals(naam)) {
                return o;
            }
        }
        throw nietGevonden();
    }
}
