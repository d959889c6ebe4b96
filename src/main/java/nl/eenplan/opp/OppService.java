package nl.eenplan.opp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.DossierWordtGesloten;
import nl.eenplan.dossier.VertegenwoordigerService;
import nl.eenplan.dossier.Vertegenwoordiging;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.opp.proces.Oppproces;
import nl.eenplan.verwijspunten.Verwijspunten;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupil's OPP (ontwikkelingsperspectief; WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (voorheen WVO art. 26)): versions with the OOGO,
 * uitstroomprofiel, handelingsdeel and the parents' instemming on it, and the evaluations with the parents. Process
 * {@code opp} runs it (docs/processen/opp.md); its steps call the methods here with plain values, so a parent's own
 * answer (issue 24) can call {@link #instemming} the same way.
 */
@Service
@Transactional
public class OppService {

    private final OppRepository versies;
    private final OppevaluatieRepository evaluaties;
    private final OppantwoordRepository antwoorden;
    private final OnlineOuders onlineOuders;
    /** With several parents with gezag, whose agreement is needed: {@link Instemmingsregel#uitkomst}. */
    private final Instemmingsregel.Meerdere meerdere;
    private final DossierService dossiers;
    private final MeldingService meldingen;
    private final Oppproces proces;
    private final Verwijspunten verwijspunten;
    private final VertegenwoordigerService vertegenwoordigers;
    /** Whether a mentor (BW art. 1:450) answers for the pupil of age: {@link Instemmingsregel}. */
    private final boolean mentorStemtIn;
    private final Clock clock;

    OppService(OppRepository versies, OppevaluatieRepository evaluaties, OppantwoordRepository antwoorden,
               DossierService dossiers, MeldingService meldingen, Oppproces proces, Verwijspunten verwijspunten,
               VertegenwoordigerService vertegenwoordigers, OnlineOuders onlineOuders,
               @Value("${eenplan.opp.mentor-stemt-in:true}") boolean mentorStemtIn,
               @Value("${eenplan.opp.instemming:IEDERE_GEZAGHEBBENDE}") Instemmingsregel.Meerdere meerdere,
               Clock clock) {
        this.antwoorden = antwoorden;
        this.onlineOuders = onlineOuders;
        this.meerdere = meerdere;
        this.vertegenwoordigers = vertegenwoordigers;
        this.mentorStemtIn = mentorStemtIn;
        this.versies = versies;
        this.evaluaties = evaluaties;
        this.dossiers = dossiers;
        this.meldingen = meldingen;
        this.proces = proces;
        this.verwijspunten = verwijspunten;
        this.clock = clock;
    }

    /** Who starts or changes an OPP: the dossier and the routing facts of the process that asks. */
    public record Aanvrager(String dossierNummer, String school, String onderwijssoort, String zorgcoordinator) {
    }

    // ---- from the arrangement

    /**
     * The arrangement started (the pupil is placed): an OPP within 6 weeks, after OOGO with the parents. The first
     * version starts from the arrangement's OPP (perspective and goals); a pupil who already has an OPP gets a new
     * version of it. Process {@code opp} starts, or, when one runs, is asked to change it ({@link #bijstellen}).
     */
    public void start(Aanvrager aanvrager, String perspectief, List<String> doelen) {
        Optional<Oppversie> laatste = versies.findFirstByDossierNummerOrderByVersieDesc(aanvrager.dossierNummer());
        if (proces.loopt(aanvrager.dossierNummer())) {
            bijstellen(aanvrager);
            return;
        }
        if (laatste.isEmpty()) {
            versies.save(new Oppversie(aanvrager.dossierNummer(), 1, Oppversie.Aanleiding.START, perspectief, doelen,
                    null, null, nu()));
        } else if (laatste.get().getStatus() != Oppversie.Status.CONCEPT) {
            versies.save(laatste.get().volgende(Oppversie.Aanleiding.START, nu()));
        }
        proces.start(aanvrager.dossierNummer(), aanvrager.school(), aanvrager.onderwijssoort(),
                aanvrager.zorgcoordinator());
    }

    /**
     * The arrangement's evaluation chose "bijstellen": a change to the handelingsdeel is a new version that asks the
     * parents' instemming again, after a new OOGO. While a version is still being drawn up or waits for the parents'
     * answer, that one takes the change; the zorgcoördinator hears so.
     */
    public void bijstellen(Aanvrager aanvrager) {
        String nummer = aanvrager.dossierNummer();
        if (!proces.loopt(nummer)) {
            start(aanvrager, null, null);
            return;
        }
        Oppversie laatste = laatste(nummer);
        if (laatste.getStatus() == Oppversie.Status.CONCEPT
                || laatste.getStatus() == Oppversie.Status.INSTEMMING_GEVRAAGD || !proces.bijstellen(nummer)) {
            meld(aanvrager.zorgcoordinator(), nummer, "OPP bijstellen (dossier " + nummer + ")",
                    "Het arrangement wordt bijgesteld, maar versie " + laatste.getVersie() + " van het OPP wordt nog "
                            + "opgesteld of wacht op het antwoord van de ouders. Neem de bijstelling daarin mee, of stel "
                            + "het OPP na hun antwoord opnieuw bij.");
            return;
        }
        versies.save(laatste.volgende(Oppversie.Aanleiding.BIJSTELLING, nu()));
    }

    /** The arrangement ended or the dossier closes: the OPP's process ends; its versions stay in the dossier. */
    public void beeindig(String dossierNummer) {
        proces.beeindig(dossierNummer, "Arrangement afgesloten");
    }

    /**
     * Task "OPP vaststellen" of an arrangement still on its version before process opp: its perspective is kept as a
     * version of the OPP "vastgesteld vóór instemming was vastgelegd", as V39 did for the OPPs before the upgrade.
     */
    public void overgenomen(String dossierNummer, String perspectief, List<String> doelen) {
        int volgende = versies.findFirstByDossierNummerOrderByVersieDesc(dossierNummer).map(Oppversie::getVersie)
                .orElse(0) + 1;
        Oppversie v = new Oppversie(dossierNummer, volgende, Oppversie.Aanleiding.OVERGENOMEN, perspectief, doelen,
                null, null, nu());
        v.overgenomen();
        versies.save(v);
    }

    // ---- the steps of process opp

    /** Task opstellen: the OOGO held, the OPP drafted; the parents' instemming on its handelingsdeel is asked next. */
    public void opgesteld(String dossierNummer, Opstelling o, String door) {
        Oppversie v = laatste(dossierNummer);
        if (v.getStatus() != Oppversie.Status.CONCEPT) {
            throw new NietMogelijkException("Versie " + v.getVersie() + " van het OPP is al opgesteld.");
        }
        Uitstroomprofiel profiel = o.uitstroomprofiel();
        DossierView.LeerlingView leerling = dossiers.haalOp(dossierNummer).leerling();
        var soort = leerling.onderwijssoort();
        // The OOGO is with the parents (or with the pupil of age, Instemmingsregel): name one as the dossier has them.
        if (!Instemmingsregel.leerlingBeslist(leerling.geboortedatum(), o.oogoOp()) && !leerling.ouders().isEmpty()
                && leerling.ouders().stream().noneMatch(ouder -> o.oogoMet().toLowerCase(Locale.ROOT)
                .contains(ouder.naam().toLowerCase(Locale.ROOT)))) {
            throw new OngeldigeInvoerException("oogoMet", "Het overleg is met de ouders: noem ten minste één ouder of "
                    + "voogd zoals die bij de leerling staat (" + String.join(", ", leerling.ouders().stream()
                    .map(DossierView.OuderView::naam).toList()) + ").");
        }
        if (!profiel.past(soort)) {
            throw new OngeldigeInvoerException("uitstroomprofiel", "Het uitstroomprofiel " + profiel
                    + " past niet bij een leerling in het " + soort.name().toLowerCase(Locale.ROOT) + "; kies uit "
                    + Uitstroomprofiel.voor(soort) + ".");
        }
        v.opgesteld(o.oogoOp(), o.oogoMet().strip(), o.oogoNamensSchool().strip(), profiel, o.onderbouwing().strip(),
                o.doelen().stream().map(String::strip).toList(), o.aanpak().strip(), door, nu());
    }


    /**
     * Who answers for this pupil on {@code dag} (Instemmingsregel with the dossier's curator or mentor and this
     * installation's mentor setting), and the representative when one does: for a page to ask the right person.
     */
    public Optional<Vertegenwoordiging> vertegenwoordigerOp(String dossierNummer, LocalDate geboortedatum, LocalDate dag) {
        return Instemmingsregel.vertegenwoordiger(geboortedatum, dag, vertegenwoordigers.lijst(dossierNummer),
                mentorStemtIn);
    }
    /**
     * The parents' answer on the handelingsdeel of the version that asks it, as the school records it (task
     * instemmingVastleggen): true when they agreed, and the handelingsdeel is vastgesteld. Who may answer:
     * {@link Instemmingsregel}. A refusal names its reason. The answer counts for the person named; with several parents
     * with gezag ({@link Instemmingsregel#uitkomst}) it is refused (400) while another parent with gezag who can answer
     * online has not agreed yet: their own answer then ends the task ({@link #instemmingOnline}).
     */
    public boolean instemming(String dossierNummer, Instemming i, String vastgelegdDoor) {
        Oppversie v = laatste(dossierNummer);
        if (v.getStatus() != Oppversie.Status.INSTEMMING_GEVRAAGD) {
            throw new NietMogelijkException("Versie " + v.getVersie() + " van het OPP vraagt geen instemming.");
        }
        if (i.uitkomst() == Instemming.Uitkomst.GEWEIGERD && (i.reden() == null || i.reden().isBlank())) {
            throw new OngeldigeInvoerException("reden", "Vul de reden in waarom de ouders niet instemmen.");
        }
        if (v.getOogoOp() != null && i.datum().isBefore(v.getOogoOp())) {
            throw new OngeldigeInvoerException("datum", "Het antwoord kan niet van vóór het overleg met de ouders ("
                    + v.getOogoOp() + ") zijn.");
        }
        DossierView.LeerlingView leerling = dossiers.haalOp(dossierNummer).leerling();
        List<Vertegenwoordiging> lijst = vertegenwoordigers.lijst(dossierNummer);
        Instemmingsregel.Wie wie = Instemmingsregel.wie(leerling.geboortedatum(), i.datum(), lijst, mentorStemtIn);
        String naam;
        Long ouderId = null;
        if (i.door() == Instemming.Door.LEERLING) {
            if (wie == Instemmingsregel.Wie.OUDER) {
                throw new OngeldigeInvoerException("door", "De leerling is nog geen " + Instemmingsregel.MEERDERJARIG
                        + ": een ouder of voogd met gezag beslist over het handelingsdeel.");
            }
            if (wie == Instemmingsregel.Wie.VERTEGENWOORDIGER) {
                throw new OngeldigeInvoerException("door", "De leerling heeft op " + i.datum() + " een "
                        + vertegenwoordiger(leerling, i, lijst).omschrijving() + " die voor de leerling beslist over het "
                        + "handelingsdeel; kies VERTEGENWOORDIGER.");
            }
            naam = "de leerling";
        } else if (i.door() == Instemming.Door.VERTEGENWOORDIGER) {
            if (wie != Instemmingsregel.Wie.VERTEGENWOORDIGER) {
                throw new OngeldigeInvoerException("door", wie == Instemmingsregel.Wie.OUDER
                        ? "De leerling is nog geen " + Instemmingsregel.MEERDERJARIG + ": een ouder of voogd met gezag "
                        + "beslist over het handelingsdeel (een curator of mentor pas vanaf " + Instemmingsregel.MEERDERJARIG
                        + ")."
                        : "Er staat op " + i.datum() + " geen curator" + (mentorStemtIn ? " of mentor" : "") + " bij de "
                        + "leerling die voor de leerling beslist; de leerling beslist zelf, kies LEERLING.");
            }
            Vertegenwoordiging wv = vertegenwoordiger(leerling, i, lijst);
            if (i.ouder() != null && !i.ouder().isBlank() && !wv.naam().equalsIgnoreCase(i.ouder().strip())) {
                throw new OngeldigeInvoerException("ouder", "De " + wv.soort().omschrijving() + " van de leerling is "
                        + wv.naam() + "; vul die naam in of laat het veld leeg.");
            }
            naam = wv.omschrijving();
        } else {
            if (wie != Instemmingsregel.Wie.OUDER) {
                throw new OngeldigeInvoerException("door", "De leerling is " + Instemmingsregel.MEERDERJARIG
                        + " of ouder; " + (wie == Instemmingsregel.Wie.LEERLING
                        ? "de leerling beslist zelf over het handelingsdeel; kies LEERLING."
                        : "de " + vertegenwoordiger(leerling, i, lijst).omschrijving() + " beslist voor de leerling; "
                        + "kies VERTEGENWOORDIGER."));
            }
            if (i.ouder() == null || i.ouder().isBlank()) {
                throw new OngeldigeInvoerException("ouder", "Vul de naam in van de ouder of voogd met gezag die antwoordde.");
            }
            DossierView.OuderView ouder = leerling.ouders().stream()
                    .filter(o -> o.naam().equalsIgnoreCase(i.ouder().strip())).findFirst()
                    .orElseThrow(() -> new OngeldigeInvoerException("ouder", "Er is geen ouder of voogd '"
                            + i.ouder().strip() + "' in het dossier; vul de naam in zoals die bij de leerling staat."));
            if (!Boolean.TRUE.equals(ouder.gezag())) {
                throw new OngeldigeInvoerException("ouder", ouder.naam() + " heeft " + (ouder.gezag() == null
                        ? "nog geen bevestigd gezag: leg eerst het gezag vast." : "geen gezag en kan niet voor de "
                        + "leerling instemmen of weigeren."));
            }
            naam = ouder.naam();
            ouderId = ouder.id();
        }
        String gever = Instemmingsregel.gever(i.door(), ouderId);
        antwoorden.findByDossierNummerAndVersie(dossierNummer, v.getVersie()).stream()
                .filter(a -> a.getGever().equals(gever)).forEach(antwoorden::delete);
        antwoorden.flush();
        Optional<Boolean> uitkomst = vastleggen(v, gever, naam, i, vastgelegdDoor, wie, leerling);
        if (uitkomst.isEmpty()) {
            throw new OngeldigeInvoerException("ouder", "Ook " + String.join(" en ", nogNodig(v, leerling))
                    + " (gezag) moet instemmen en kan zelf antwoorden in EenPlan. De taak sluit vanzelf als die online "
                    + "instemt; weigert die, dan gaat de route bij weigering verder. Of leg diens antwoord hier vast als "
                    + "u het hebt (iedere ouder met gezag stemt in: eenplan.opp.instemming).");
        }
        return uitkomst.get();
    }

    /** How a family member's answer online ended: the version decided, or waiting for another parent with gezag. */
    public enum Antwoordstatus { INGESTEMD, GEWEIGERD, WACHT_OP_ANDERE_OUDER }

    /**
     * A family member's own answer on the handelingsdeel (issue 24), given online today: a parent ({@code ouderId}) or
     * the pupil herself ({@code ouderId} null), as the family's binding says, never as the request says. Who may answer
     * is {@link Instemmingsregel}'s (a parent with gezag under 18; the pupil of 18 without curator or mentor); refused
     * (409) otherwise, when the version asks nothing, when this person answered already, or when the process does not
     * wait for an answer online (an instance on the model before this step existed: the school records it). When the
     * answers together decide ({@link Instemmingsregel#uitkomst}), the version is vastgesteld or refused and the school's
     * waiting task ends by message, as when the school records it; otherwise the answer waits for the other parent.
     */
    public Antwoordstatus instemmingOnline(String dossierNummer, Long ouderId, Instemming.Uitkomst uitkomst,
                                           String toelichting, String door) {
        Oppversie v = laatste(dossierNummer);
        if (v.getStatus() != Oppversie.Status.INSTEMMING_GEVRAAGD) {
            throw new NietMogelijkException("Versie " + v.getVersie() + " van het OPP vraagt geen instemming.");
        }
        if (!proces.wachtOpInstemmingOnline(dossierNummer)) {
            throw new NietMogelijkException("De school legt het antwoord op deze versie van het OPP vast.");
        }
        LocalDate vandaag = LocalDate.ofInstant(nu(), java.time.ZoneId.of("Europe/Amsterdam"));
        DossierView.LeerlingView leerling = dossiers.haalOp(dossierNummer).leerling();
        Instemmingsregel.Wie wie = Instemmingsregel.wie(leerling.geboortedatum(), vandaag,
                vertegenwoordigers.lijst(dossierNummer), mentorStemtIn);
        String naam;
        Instemming.Door wieAntwoordt;
        if (ouderId != null) {
            DossierView.OuderView ouder = leerling.ouders().stream().filter(o -> o.id().equals(ouderId)).findFirst()
                    .orElseThrow(() -> new NietMogelijkException("Deze ouder staat niet (meer) bij de leerling."));
            if (wie != Instemmingsregel.Wie.OUDER || !Boolean.TRUE.equals(ouder.gezag())) {
                throw new NietMogelijkException("Alleen een ouder met gezag van een leerling onder de "
                        + Instemmingsregel.MEERDERJARIG + " stemt in met het handelingsdeel.");
            }
            naam = ouder.naam();
            wieAntwoordt = Instemming.Door.OUDER;
        } else {
            if (wie != Instemmingsregel.Wie.LEERLING) {
                throw new NietMogelijkException("De leerling stemt zelf in vanaf " + Instemmingsregel.MEERDERJARIG
                        + ", als er geen curator of mentor voor de leerling beslist.");
            }
            naam = "de leerling";
            wieAntwoordt = Instemming.Door.LEERLING;
        }
        String gever = Instemmingsregel.gever(wieAntwoordt, ouderId);
        if (antwoorden.findByDossierNummerAndVersie(dossierNummer, v.getVersie()).stream()
                .anyMatch(a -> a.getGever().equals(gever))) {
            throw new NietMogelijkException("U hebt al geantwoord op versie " + v.getVersie() + " van het OPP.");
        }
        Instemming i = new Instemming(uitkomst, vandaag, wieAntwoordt, naam, Instemming.Wijze.DIGITAAL,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
        Optional<Boolean> besluit = vastleggen(v, gever, naam, i, door, wie, leerling);
        if (besluit.isEmpty()) {
            return Antwoordstatus.WACHT_OP_ANDERE_OUDER;
        }
        proces.instemmingOntvangen(dossierNummer, besluit.get());
        return besluit.get() ? Antwoordstatus.INGESTEMD : Antwoordstatus.GEWEIGERD;
    }

    /**
     * What the family is asked to agree to: the handelingsdeel (goals and what the school does) of the version that
     * asks instemming, with the OOGO's date; whether an answer online ends the school's step (the process waits for it),
     * and who answered already (givers: {@code OUDER-<id>}, {@code LEERLING}). Empty when no version asks.
     */
    @Transactional(readOnly = true)
    public Optional<Instemmingsvraag> instemmingGevraagd(String dossierNummer) {
        return versies.findFirstByDossierNummerOrderByVersieDesc(dossierNummer)
                .filter(v -> v.getStatus() == Oppversie.Status.INSTEMMING_GEVRAAGD)
                .map(v -> new Instemmingsvraag(v.getVersie(), v.getDoelen(), v.getAanpak(), v.getOogoOp(),
                        proces.wachtOpInstemmingOnline(dossierNummer),
                        antwoorden.findByDossierNummerAndVersie(dossierNummer, v.getVersie()).stream()
                                .collect(java.util.stream.Collectors.toMap(Oppantwoord::getGever,
                                        Oppantwoord::getUitkomst))));
    }

    /** The handelingsdeel a version asks instemming on, for the family's page ({@link #instemmingGevraagd}). */
    public record Instemmingsvraag(int versie, List<String> doelen, String aanpak, LocalDate oogoOp, boolean online,
                                   java.util.Map<String, Instemming.Uitkomst> antwoorden) {
    }

    /**
     * Records one person's answer on the version and, when the answers together decide ({@link Instemmingsregel}), the
     * version's instemming with this last answer: the decision, or empty while another parent with gezag who can answer
     * online must still agree.
     */
    private Optional<Boolean> vastleggen(Oppversie v, String gever, String naam, Instemming i, String vastgelegdDoor,
                                         Instemmingsregel.Wie wie, DossierView.LeerlingView leerling) {
        antwoorden.saveAndFlush(new Oppantwoord(v.getDossierNummer(), v.getVersie(), gever, naam, i, vastgelegdDoor,
                nu()));
        java.util.Map<String, Instemming.Uitkomst> alle = new java.util.HashMap<>();
        antwoorden.findByDossierNummerAndVersie(v.getDossierNummer(), v.getVersie())
                .forEach(a -> alle.put(a.getGever(), a.getUitkomst()));
        java.util.Set<String> moeten = wie == Instemmingsregel.Wie.OUDER
                ? new java.util.HashSet<>(onlineGezaghebbenden(v.getDossierNummer(), leerling).keySet())
                : java.util.Set.of();
        Optional<Boolean> uitkomst = Instemmingsregel.uitkomst(alle, moeten, meerdere);
        uitkomst.ifPresent(ingestemd -> v.instemming(i, naam, vastgelegdDoor));
        return uitkomst;
    }

    /** The parents with gezag who can answer online, by giver, with their names. */
    private java.util.Map<String, String> onlineGezaghebbenden(String nummer, DossierView.LeerlingView leerling) {
        java.util.Set<Long> metAccount = onlineOuders.metAccount(nummer);
        java.util.Map<String, String> gezag = new java.util.LinkedHashMap<>();
        leerling.ouders().stream().filter(o -> Boolean.TRUE.equals(o.gezag()) && metAccount.contains(o.id()))
                .forEach(o -> gezag.put(Instemmingsregel.gever(Instemming.Door.OUDER, o.id()), o.naam()));
        return gezag;
    }

    /** The names of the parents with gezag who can answer online and did not agree to this version yet. */
    private List<String> nogNodig(Oppversie v, DossierView.LeerlingView leerling) {
        java.util.Set<String> beantwoord = antwoorden.findByDossierNummerAndVersie(v.getDossierNummer(), v.getVersie())
                .stream().map(Oppantwoord::getGever).collect(java.util.stream.Collectors.toSet());
        return onlineGezaghebbenden(v.getDossierNummer(), leerling).entrySet().stream()
                .filter(e -> !beantwoord.contains(e.getKey())).map(java.util.Map.Entry::getValue).toList();
    }

    /**
     * Step "De route bij weigering": the parents refused. The handelingsdeel of that version is not carried out; the
     * OPP's other parts stand. The school and parents talk again (a new OOGO and a new version); where the parents can
     * go besides (onderwijsconsulenten, the Geschillencommissie passend onderwijs, the SWV's ouder- en jeugdsteunpunt)
     * is the one text of {@link Verwijspunten}.
     */
    public void weigering(String dossierNummer, String zorgcoordinator) {
        Oppversie v = laatste(dossierNummer);
        versies.save(v.volgende(Oppversie.Aanleiding.WEIGERING, nu()));
        meld(zorgcoordinator, dossierNummer, "Ouders stemmen niet in met het OPP (dossier " + dossierNummer + ")",
                "De ouders stemden niet in met het handelingsdeel van versie " + v.getVersie() + " van het OPP. Dat "
                        + "handelingsdeel wordt niet uitgevoerd; de andere delen van het OPP blijven staan. Voer opnieuw "
                        + "op overeenstemming gericht overleg en leg een nieuwe versie vast. Laat de ouders schriftelijk "
                        + "weten waar zij terecht kunnen."
                        + verwijspunten.alineaVoorMelding(Verwijspunten.Soort.OPP_GEEN_INSTEMMING,
                        dossiers.identiteit(dossierNummer).schoolBrin()));
    }

    /** Task evalueren: the yearly evaluation with the parents; true when the handelingsdeel is to change. */
    public boolean evaluatie(String dossierNummer, LocalDate op, String metWie, String bevindingen, boolean wijzigen,
                             String door) {
        Oppversie v = laatste(dossierNummer);
        evaluaties.save(new Oppevaluatie(dossierNummer, v.getVersie(), op, metWie.strip(), bevindingen.strip(),
                wijzigen, door, nu()));
        if (wijzigen) {
            versies.save(v.volgende(Oppversie.Aanleiding.EVALUATIE, nu()));
        }
        return wijzigen;
    }

    // ---- reading

    /** The pupil's OPP, for the pupil's school (dossier.DossierToegang); 404 when there is none. */
    @Transactional(readOnly = true)
    public OppView haalOp(String nummer) {
        return vanDossier(nummer).orElseThrow(() -> new NietGevondenException("Dossier " + nummer
                + " heeft (nog) geen OPP."));
    }

    /**
     * As {@link #haalOp}, empty when the pupil has no OPP yet: for the pupil's page, which reads it in its own
     * transaction (a refusal there would roll that back). 404 still for a pupil of another school.
     */
    @Transactional(readOnly = true)
    public Optional<OppView> vanDossier(String nummer) {
        dossiers.controleerToegang(nummer);
        List<Oppversie> alle = versies.findByDossierNummerOrderByVersieDesc(nummer);
        if (alle.isEmpty()) {
            return Optional.empty();
        }
        Integer geldend = alle.stream().filter(v -> v.getStatus() == Oppversie.Status.INGESTEMD
                        || v.getStatus() == Oppversie.Status.VOOR_INSTEMMINGSRECHT)
                .map(Oppversie::getVersie).findFirst().orElse(null);
        List<OppView.Versie> lijst = alle.stream().map(OppView.Versie::van).toList();
        return Optional.of(new OppView(nummer, lijst.get(0), geldend, lijst,
                evaluaties.findByDossierNummerOrderById(nummer).stream().map(OppView.Evaluatie::van).toList()));
    }

    // ---- the dossier's life

    @EventListener
    void sluit(DossierWordtGesloten sluit) {
        proces.beeindig(sluit.dossierNummer(), "Dossier gesloten");
    }

    /**
     * A confirmed school change: the new school's board sets its own OPP. The bevoegd gezag of the school where the
     * pupil is enrolled sets the OPP within 6 weeks after the enrolment, after OOGO with the parents, and the
     * handelingsdeel needs their instemming (WPO art. 40a lid 1 en 3, WEC art. 41a lid 1 en 3, WVO 2020 art. 2.44
     * lid 1-2 en 4); nothing carries the old board's OPP or the instemming given to it over to another board. So the
     * versions, with the OOGO's, the instemmingen and the evaluations, move to the new school's dossier as the pupil's
     * read-only history (the old school no longer reads them: dossier.DossierToegang); only a version the new school
     * draws up changes. When an OPP process ran at the old school, it ends there and at the new school the process
     * starts at opstellen, its 6 weeks counted from the enrolment date there (Oppproces.opnieuwOpstellen), on a new
     * version (aanleiding SCHOOLWISSEL) that begins as a copy of the last: the previous OPP as the starting point, the
     * parents asked again for instemming on its handelingsdeel. Until then the handelingsdeel they agreed to stays the
     * one shown as in force: the pupil is not left without support. Versions the new school drew up itself follow the
     * moved ones; when it runs its own process already, that one goes on and the old one ends.
     */
    @EventListener
    void gewisseld(nl.eenplan.dossier.LeerlingGewisseld w) {
        String van = w.oud().dossierNummer();
        String naar = w.nieuw().dossierNummer();
        Optional<Oppversie> laatste = versies.findFirstByDossierNummerOrderByVersieDesc(van);
        if (laatste.isPresent()) {
            int aantal = laatste.get().getVersie();
            if (versies.hernummerNegatief(naar, aantal) > 0) {
                versies.hernummerPositief(naar);
                evaluaties.hernummer(naar, aantal);
            }
            if (antwoorden.hernummerNegatief(naar, aantal) > 0) {
                antwoorden.hernummerPositief(naar);
            }
            versies.verplaats(van, naar);
            evaluaties.verplaats(van, naar);
            antwoorden.verplaats(van, naar);
        }
        if (proces.opnieuwOpstellen(van, w.oud().schoolBrin(), w.nieuw(), w.ingeschrevenOp(), w.reden())) {
            versies.findFirstByDossierNummerOrderByVersieDesc(naar).ifPresent(v ->
                    versies.save(v.volgende(Oppversie.Aanleiding.SCHOOLWISSEL, nu())));
        }
    }

    /** A dossier past its retention: its OPP goes with it. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        evaluaties.deleteAll(evaluaties.findByDossierNummerOrderById(verwijderd.nummer()));
        antwoorden.deleteAll(antwoorden.findByDossierNummer(verwijderd.nummer()));
        versies.deleteAll(versies.findByDossierNummerOrderByVersieDesc(verwijderd.nummer()));
    }

    private Vertegenwoordiging vertegenwoordiger(DossierView.LeerlingView leerling, Instemming i,
                                                 List<Vertegenwoordiging> lijst) {
        return Instemmingsregel.vertegenwoordiger(leerling.geboortedatum(), i.datum(), lijst, mentorStemtIn)
                .orElseThrow();
    }

    private Oppversie laatste(String nummer) {
        return versies.findFirstByDossierNummerOrderByVersieDesc(nummer)
                .orElseThrow(() -> new NietGevondenException("Dossier " + nummer + " heeft (nog) geen OPP."));
    }

    private void meld(String zorgcoordinator, String nummer, String onderwerp, String tekst) {
        if (zorgcoordinator == null) {
            return;
        }
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator, onderwerp, tekst, nummer,
                null));
    }

    private Instant nu() {
        return clock.instant();
    }
}
