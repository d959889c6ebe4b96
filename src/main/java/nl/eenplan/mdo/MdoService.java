package nl.eenplan.mdo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.dossier.AfspraakMetDossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.groeidocument.GroeidocumentService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.NieuwDoel;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Grondslagbesluit;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.mdo.proces.Plannen;
import nl.eenplan.mdo.proces.Verslag;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MDO: planning with the right participants (parents and pupil always; jeugdhulp only with
 * consent; leerplicht when verzuim plays a role), invitations, the report with the plan's goals and
 * agreements, following up each agreement, and the evaluation.
 */
@Service
@Transactional
public class MdoService {

    /** A dossier past its retention: its MDOs and their participants go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        mdos.deleteAll(mdos.findByDossierNummerOrderById(verwijderd.nummer()));
    }

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WANNEER = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));

    private final MdoRepository mdos;
    private final DossierService dossiers;
    private final ToestemmingService toestemmingen;
    private final GebruikerService gebruikers;
    private final MeldingService meldingen;
    private final GroeidocumentService groeidocumenten;
    private final Clock clock;
    private final Period voorstellenBinnen;
    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;
    private final Verzetproces proces;

    MdoService(MdoRepository mdos, DossierService dossiers, ToestemmingService toestemmingen,
               GebruikerService gebruikers, MeldingService meldingen, GroeidocumentService groeidocumenten,
               Clock clock, @Value("${eenplan.mdo.voorstellen-binnen:P8W}") Period voorstellenBinnen,
               org.springframework.context.ApplicationEventPublisher gebeurtenissen, Verzetproces proces) {
        this.gebeurtenissen = gebeurtenissen;
        this.proces = proces;
        this.clock = clock;
        this.voorstellenBinnen = voorstellenBinnen;
        this.groeidocumenten = groeidocumenten;
        this.mdos = mdos;
        this.dossiers = dossiers;
        this.toestemmingen = toestemmingen;
        this.gebruikers = gebruikers;
        this.meldingen = meldingen;
    }

    /** The MDO planned: its id and when it is. */
    public record Gepland(Long mdoId, Instant datum) {
    }

    /**
     * Plans the next MDO of this process: checks date (by {@code uiterlijk}, the planning's deadline, if any) and
     * participants ({@code verzuim}: leerplicht may come), invites the ones that are always there.
     */
    public Gepland plan(String instantie, String nummer, boolean verzuim, Instant uiterlijk, Plannen.Invoer p,
                        String door) {
        Instant wanneer = p.datum().atZone(NL).toInstant();
        List<Veldfout> fouten = new ArrayList<>();
        if (!wanneer.isAfter(nu())) {
            fouten.add(new Veldfout("datum", "Het MDO moet in de toekomst liggen."));
        } else if (uiterlijk != null && wanneer.isAfter(uiterlijk)) {
            fouten.add(new Veldfout("datum", "Het MDO moet uiterlijk op "
                    + LocalDate.ofInstant(uiterlijk, NL) + " zijn: de termijn na de aanmelding."));
        }
        List<Plannen.Deelnemer> gevraagd = p.deelnemers() == null ? List.of() : p.deelnemers();
        for (int i = 0; i < gevraagd.size(); i++) {
            controleerDeelnemer("deelnemers[" + i + "]", nummer, gevraagd.get(i), verzuim).ifPresent(fouten::add);
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }

        DossierView dossier = dossiers.haalOp(nummer);
        int cyclus = mdos.findByProcesInstantieIdOrderByCyclus(instantie).size() + 1;
        Mdo mdo = new Mdo(nummer, instantie, cyclus, wanneer, p.duurMinuten() == null ? 60 : p.duurMinuten(),
                p.locatie().trim(), door, clock.instant());
        // Met ouders, niet over ouders: parents and pupil are always invited. Not a parent without gezag (they have
        // the right to information on request, BW art. 1:377c, not a seat in the MDO) nor one a court order limits.
        List<DossierView.OuderView> ouders = dossier.leerling().ouders().stream()
                .filter(o -> !Boolean.FALSE.equals(o.gezag()) && !o.informatieBeperkt()).toList();
        if (ouders.isEmpty()) {
            mdo.nodigUit(new MdoDeelnemer(Rol.OUDERS, "Ouders/verzorgers", null, null, null));
        }
        ouders.forEach(o -> mdo.nodigUit(new MdoDeelnemer(Rol.OUDERS, o.naam(), null, null, o.email())));
        mdo.nodigUit(new MdoDeelnemer(Rol.LEERLING, dossier.leerling().voornaam() + " (leerling)", null, null, null));
        if (gevraagd.stream().noneMatch(d -> d.rol() == Rol.MENTOR)) {
            mdo.nodigUit(new MdoDeelnemer(Rol.MENTOR, "Mentor", null, Rol.MENTOR.groep(), null));
        }
        // Leerplicht hears care details in an MDO: only on the basis the table names (consent), never by default.
        if (verzuim && gevraagd.stream().noneMatch(d -> d.rol() == Rol.LEERPLICHT)
                && toestemmingen.mag(nummer, Gegevensstroom.LEERPLICHT_MDO).mag()) {
            mdo.nodigUit(opGrondslag(nummer, new MdoDeelnemer(Rol.LEERPLICHT, "Leerplicht", null,
                    Rol.LEERPLICHT.groep(), null), Gegevensstroom.LEERPLICHT_MDO));
        }
        for (Plannen.Deelnemer d : gevraagd) {
            String groep = d.gebruiker() == null && d.groep() == null ? d.rol().groep() : d.groep();
            String naam = d.naam() != null ? d.naam() : d.gebruiker() != null ? d.gebruiker() : d.rol().name().toLowerCase();
            MdoDeelnemer deelnemer = new MdoDeelnemer(d.rol(), naam, d.gebruiker(), groep, d.email());
            Gegevensstroom stroom = stroom(d);
            mdo.nodigUit(stroom == null ? deelnemer : opGrondslag(nummer, deelnemer, stroom));
        }
        mdos.save(mdo);
        gebeurtenissen.publishEvent(new MdoGepland(nummer, mdo.getId()));
        return new Gepland(mdo.getId(), wanneer);
    }

    /**
     * For someone from outside the school, the invitation says on what basis they come (the basis table's row, without
     * the names of who consented: those stay with the school).
     */
    private static String opGrondVan(MdoDeelnemer d) {
        Gegevensstroom stroom = d.getStroom();
        return stroom == null ? "" : " Je bent uitgenodigd op grond van " + stroom.grondslag().inWoorden() + ".";
    }

    /** The invitation of someone from outside the school is a flow: recorded with its basis, shown on the invitation. */
    private MdoDeelnemer opGrondslag(String nummer, MdoDeelnemer deelnemer, Gegevensstroom stroom) {
        deelnemer.opGrondslag(stroom, toestemmingen.deel(nummer, stroom, "uitnodiging voor het MDO met de gegevens van de "
                + "leerling").grondslag());
        return deelnemer;
    }

    /**
     * The flow a requested participant's presence is: who receives the invitation counts, whatever the role is called
     * (jeugdhulp named as a deskundige is still jeugdhulp); null for the school's own people.
     */
    private Gegevensstroom stroom(Plannen.Deelnemer d) {
        boolean jeugdhulp = "jeugdhulp".equals(d.groep())
                || (d.gebruiker() != null && gebruikers.isLidVan(d.gebruiker(), "jeugdhulp"));
        return jeugdhulp ? Gegevensstroom.JEUGDHULP : d.rol().stroom();
    }

    private java.util.Optional<Veldfout> controleerDeelnemer(String veld, String nummer, Plannen.Deelnemer d,
                                                             boolean verzuim) {
        if (d.rol() == Rol.OUDERS || d.rol() == Rol.LEERLING) {
            return java.util.Optional.of(new Veldfout(veld + ".rol",
                    "Ouders en leerling worden altijd uitgenodigd; noem ze niet apart."));
        }
        Gegevensstroom stroom = stroom(d);
        if (stroom != null) {
            Grondslagbesluit besluit = toestemmingen.mag(nummer, stroom);
            if (!besluit.mag()) {
                return java.util.Optional.of(new Veldfout(veld + ".rol", besluit.reden()
                        + " Deze deelnemer wordt niet uitgenodigd en krijgt geen gegevens."));
            }
        }
        if (d.rol() == Rol.LEERPLICHT && !verzuim) {
            return java.util.Optional.of(new Veldfout(veld + ".rol",
                    "Leerplicht schuift alleen aan als verzuim een rol speelt."));
        }
        if (d.gebruiker() != null && !gebruikers.bestaat(d.gebruiker())) {
            return java.util.Optional.of(new Veldfout(veld + ".gebruiker", "Er is geen gebruiker '" + d.gebruiker() + "'."));
        }
        if (d.groep() != null && !gebruikers.groepBestaat(d.groep())) {
            return java.util.Optional.of(new Veldfout(veld + ".groep", "Er is geen groep '" + d.groep() + "'."));
        }
        if ((d.rol() == Rol.SCHOOL || d.rol() == Rol.DESKUNDIGE) && d.naam() == null && d.gebruiker() == null) {
            return java.util.Optional.of(new Veldfout(veld + ".naam", "Vul de naam van de deelnemer in."));
        }
        return java.util.Optional.empty();
    }

    /**
     * Sends the invitations: a notification per participant with an account; the zorgcoördinator (user
     * {@code zorgcoordinator} of the process) invites the others.
     */
    public void nodigUit(String procesInstantieId, String zorgcoordinator) {
        Mdo mdo = mdos.laatsteVan(procesInstantieId)
                .filter(m -> m.getDeelnemers().stream().allMatch(d -> d.getUitgenodigdOp() == null))
                .orElseThrow(() -> new OngeldigeInvoerException("datum",
                        "Plan het MDO eerst in EenPlan (datum, locatie, deelnemers) via de takenlijst."));
        String wanneer = WANNEER.format(mdo.getDatum().atZone(NL));
        stuurUitnodigingen(mdo, zorgcoordinator, "Uitnodiging MDO " + wanneer,
                "Je bent uitgenodigd voor het MDO van dossier " + mdo.getDossierNummer() + " op " + wanneer,
                "Nodig uit voor het MDO " + wanneer);
    }

    /**
     * Step "Nieuwe datum overnemen en opnieuw uitnodigen" after the school moved the MDO ({@link #verzet}): everyone
     * invited hears "MDO verzet naar …" by the same rules as the first invitation (a participant from outside the
     * school only while its basis is still in force: without it they hear nothing, and the zorgcoördinator is told);
     * the family may answer the new date. {@code procesDatum}: the date the process has now ({@code mdoDatum}); the
     * record must have another, or nobody moved it here (a message from elsewhere sends nothing). The MDO's new date,
     * for the process.
     */
    public Instant nodigOpnieuwUit(String procesInstantieId, String zorgcoordinator, Instant procesDatum) {
        Mdo mdo = mdos.laatsteVan(procesInstantieId)
                .filter(m -> m.getVerzetOp() != null && m.getDatum() != null && !m.getDatum().equals(procesDatum))
                .orElseThrow(() -> new NietMogelijkException("Verzet het MDO in EenPlan, bij het MDO op de pagina van "
                        + "de leerling; er is niets verstuurd."));
        String wanneer = WANNEER.format(mdo.getDatum().atZone(NL));
        stuurUitnodigingen(mdo, zorgcoordinator, "MDO verzet naar " + wanneer,
                "Het MDO van dossier " + mdo.getDossierNummer() + " is verzet naar " + wanneer,
                "Nodig opnieuw uit: MDO verzet naar " + wanneer);
        gebeurtenissen.publishEvent(new MdoGepland(mdo.getDossierNummer(), mdo.getId()));
        return mdo.getDatum();
    }

    /**
     * The one way an MDO's participants are invited: a notification per participant with an account ({@code onderwerp},
     * {@code zin} with place and agenda item), one to the zorgcoördinator with whom she invites herself
     * ({@code onderwerpZorgcoordinator}). A participant from outside the school only while the basis they were invited
     * on is still in force.
     */
    private void stuurUitnodigingen(Mdo mdo, String zorgcoordinator, String onderwerpKort, String zin,
                                    String onderwerpZorgcoordinator) {
        String nummer = mdo.getDossierNummer();
        String onderwerp = onderwerpKort + " (dossier " + nummer + ")";
        String tekst = zin + ", " + mdo.getLocatie() + ". Zet het in je agenda met het agenda-item: "
                + uitnodigingOpPagina(nummer, mdo.getId());
        List<String> zonderAccount = new ArrayList<>();
        List<String> zonderGrondslag = new ArrayList<>();
        for (MdoDeelnemer d : mdo.getDeelnemers()) {
            if (d.getStroom() != null && d.getUitgenodigdOp() != null) {
                // Invited again: a new flow of the pupil's data, on a basis that must still be in force.
                if (!toestemmingen.mag(nummer, d.getStroom()).mag()) {
                    zonderGrondslag.add(d.getNaam());
                    continue;
                }
                toestemmingen.deel(nummer, d.getStroom(), "nieuwe datum van het MDO met de gegevens van de leerling");
            }
            d.uitgenodigd(nu());
            String voorDeze = tekst + opGrondVan(d);
            if (d.getGebruiker() != null) {
                meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, d.getGebruiker(), onderwerp,
                        voorDeze, mdo.getDossierNummer(), null));
            } else if (d.getGroep() != null) {
                meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, d.getGroep(),
                        dossiers.routeringsgegevens(mdo.getDossierNummer()).schoolBrin(), onderwerp, voorDeze,
                        mdo.getDossierNummer(), null));
            } else {
                zonderAccount.add(d.getNaam() + (d.getEmail() == null ? "" : " <" + d.getEmail() + ">"));
            }
        }
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator,
                onderwerpZorgcoordinator + " (dossier " + nummer + ")",
                "Stuur de uitnodiging met het agenda-item (" + uitnodigingOpPagina(nummer, mdo.getId())
                        + ", te downloaden op de pagina van de leerling in EenPlan) aan: "
                        + String.join(", ", zonderAccount) + "."
                        + (zonderGrondslag.isEmpty() ? "" : " Niet opnieuw uitgenodigd, omdat de grondslag (toestemming) "
                        + "er niet meer is: " + String.join(", ", zonderGrondslag) + "."),
                nummer, null));
    }

    /** The school's new date for an MDO: when, and optionally where. */
    public record Verzetting(LocalDateTime datum, String locatie) {
    }

    /** Whether and why an MDO's process can take a new date now (see mdo.proces.Mdoproces). */
    public interface Verzetproces {

        /** Null when the instance waits in its preparation for the date; else the Dutch reason it cannot. */
        String waaromNiet(String procesInstantieId);

        /** Message "mdoVerzet" to the instance: step verzetten takes the new date over and invites again. */
        void verzet(String procesInstantieId);
    }

    /**
     * The school moves MDO {@code mdoId} of dossier {@code nummer} (another school's pupil or MDO: not found) to a new
     * date: only before it began (409), only on a model version that can (409 naming the older version, see
     * docs/beheer.md), the new date in the future and within the same window the family may propose
     * ({@link #nietVanaf}); the location optional. The record changes here, the process takes it over (message
     * {@code mdoVerzet}, step verzetten: notifications, timers and the groeidocument's term on the new date), all in
     * this transaction.
     */
    public MdoView verzet(String nummer, Long mdoId, Verzetting invoer, String door) {
        Supplier<NietGevondenException> nietGevonden =
                () -> new NietGevondenException("Dossier " + nummer + " heeft geen MDO " + mdoId + ".");
        dossiers.controleerToegang(nummer, nietGevonden);
        Mdo mdo = mdos.findById(mdoId).filter(m -> m.getDossierNummer().equals(nummer)).orElseThrow(nietGevonden);
        Instant nu = nu();
        if (!nogNietBegonnen(mdo.getDatum(), mdo.getVerslag(), nu)) {
            throw new NietMogelijkException("Het MDO is al begonnen (" + (mdo.getDatum() == null ? "geen datum"
                    : WANNEER.format(mdo.getDatum().atZone(NL))) + "); verzetten kan niet meer. Leg het verslag vast; "
                    + "een volgend MDO plant u bij de evaluatie.");
        }
        String waaromNiet = proces.waaromNiet(mdo.getProcesInstantieId());
        if (waaromNiet != null) {
            throw new NietMogelijkException(waaromNiet);
        }
        List<Veldfout> fouten = new ArrayList<>();
        Instant wanneer = invoer == null || invoer.datum() == null ? null : invoer.datum().atZone(NL).toInstant();
        if (wanneer == null) {
            fouten.add(new Veldfout("datum", "Vul de nieuwe datum en tijd van het MDO in."));
        } else if (!wanneer.isAfter(nu)) {
            fouten.add(new Veldfout("datum", "Het MDO moet in de toekomst liggen."));
        } else if (!wanneer.isBefore(nietVanaf(nu))) {
            fouten.add(new Veldfout("datum", "Kies een datum uiterlijk op "
                    + LocalDate.ofInstant(nietVanaf(nu), NL).minusDays(1) + ": binnen " + voorstellenBinnen.getDays() / 7
                    + " weken, zoals het gezin ook mag voorstellen."));
        } else if (wanneer.equals(mdo.getDatum())) {
            fouten.add(new Veldfout("datum", "Dit is de datum die het MDO al heeft."));
        }
        String locatie = invoer == null ? null : leegAlsNull(invoer.locatie());
        if (locatie != null && locatie.length() > 200) {
            fouten.add(new Veldfout("locatie", "Gebruik voor de locatie hoogstens 200 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        mdo.verzet(wanneer, locatie, door, nu);
        mdos.saveAndFlush(mdo);
        proces.verzet(mdo.getProcesInstantieId());
        return MdoView.van(mdo, List.of());
    }

    /** The report: who came, the plan's goals, the agreements (in the dossier's plan). */
    public void legVerslagVast(String instantie, Verslag.Invoer v, String door) {
        Mdo mdo = mdos.laatsteVan(instantie).orElseThrow(() -> new IllegalStateException("Geen MDO bij " + instantie));
        String nummer = mdo.getDossierNummer();
        List<NieuweAfspraak> afspraken = v.afspraken() == null ? List.of() : v.afspraken();
        Set<Toestemming.Scope> inWerking = toestemmingen.inWerking(nummer);
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        List<Veldfout> fouten = new ArrayList<>();
        IntStream.range(0, afspraken.size()).forEach(i -> {
            NieuweAfspraak a = afspraken.get(i);
            String veld = "afspraken[" + i + "]";
            boolean groep = Boolean.TRUE.equals(a.groep());
            if (groep && !gebruikers.groepBestaat(a.eigenaar())) {
                fouten.add(new Veldfout(veld + ".eigenaar", "Er is geen groep '" + a.eigenaar() + "'."));
            } else if (!groep && !gebruikers.bestaat(a.eigenaar())) {
                fouten.add(new Veldfout(veld + ".eigenaar", "Er is geen gebruiker '" + a.eigenaar() + "'."));
            } else if (vanJeugdhulp(a.eigenaar(), groep) && !inWerking.contains(Toestemming.Scope.JEUGDHULP)) {
                fouten.add(new Veldfout(veld + ".eigenaar", "Er is geen toestemming voor jeugdhulp: jeugdhulp kan "
                        + "geen eigenaar van een afspraak zijn."));
            }
            if (a.deadline().isBefore(vandaag)) {
                fouten.add(new Veldfout(veld + ".deadline", "De datum van de afspraak ligt in het verleden."));
            }
        });
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (v.nieuweDoelen() != null && !v.nieuweDoelen().isEmpty()) {
            dossiers.voegDoelenToe(nummer, NieuwDoel.omschrijvingen(v.nieuweDoelen()));
        }
        if (v.doelen() != null) {
            v.doelen().forEach(d -> dossiers.wijzigDoel(nummer, d.id(), d.status()));
        }
        dossiers.voegAfsprakenToe(nummer, afspraken, herkomst(mdo));
        mdo.verslag(v.verslag(), leegAlsNull(v.verslagVoorGezin()), v.oudersAanwezig(), v.leerlingAanwezig(), door, nu());
    }

    // ---- the family's answer to the date (issue #24)

    /** The most moments a family member may propose instead of the planned date. */
    public static final int MAX_VOORSTELLEN = 3;

    /** What can be wrong with a family member's answer to the date; each has its Dutch text for /api and logs. */
    public enum Reactiefout {
        KEUZE("Kies of de datum past of dat u andere momenten voorstelt."),
        GEEN_VOORSTEL("Stel ten minste één ander moment voor."),
        VERLEDEN("Kies een moment in de toekomst."),
        TE_LAAT("Kies een moment binnen de komende weken."),
        DUBBEL("U noemde dit moment al."),
        TE_VEEL("Stel hoogstens drie momenten voor."),
        GEEN_DATUM_MEER("Dit overleg is al geweest of niet meer gepland; u kunt er niet meer op reageren.");

        private final String tekst;

        Reactiefout(String tekst) {
            this.tekst = tekst;
        }

        public String tekst() {
            return tekst;
        }
    }

    /** A wrong field of the family's answer: {@code veld} is "keuze" or "voorstel1" .. "voorstel3". */
    public record Reactieveldfout(String veld, Reactiefout fout) {
    }

    /**
     * The one window for an MDO's new date, for the family's proposals and for the school's move alike: moments before
     * the answer are from the start of the day after "today" (Dutch date, the engine's clock) plus
     * {@code eenplan.mdo.voorstellen-binnen} (default 8 weeks), so the last day of the window counts whole.
     */
    Instant nietVanaf(Instant nu) {
        return LocalDate.ofInstant(nu, NL).plus(voorstellenBinnen).plusDays(1).atStartOfDay(NL).toInstant();
    }

    /** Whether the family can still answer this MDO's date: it is planned, in the future and not yet held. */
    public static boolean wachtOpReactie(MdoView mdo, Instant nu) {
        return nogNietBegonnen(mdo.datum(), mdo.verslag(), nu);
    }

    /** Planned, in the future and not yet held: the family can answer the date, and the school can move it. */
    private static boolean nogNietBegonnen(Instant datum, String verslag, Instant nu) {
        return datum != null && datum.isAfter(nu) && verslag == null;
    }

    /**
     * Checks a family member's answer to the date of MDO {@code mdo} (the one rule, also for the family's form, which
     * shows the result per field in the family's language): a choice; with "other moments" one to three of them, each
     * in the future, within {@code eenplan.mdo.voorstellen-binnen} (default 8 weeks) from now, none twice. Answers the
     * wrong fields; empty when right.
     */
    public List<Reactieveldfout> controleerReactie(MdoView mdo, Boolean akkoord, List<LocalDateTime> voorstellen) {
        List<Reactieveldfout> fouten = new ArrayList<>();
        Instant nu = nu();
        if (!wachtOpReactie(mdo, nu)) {
            fouten.add(new Reactieveldfout("keuze", Reactiefout.GEEN_DATUM_MEER));
            return fouten;
        }
        if (akkoord == null) {
            fouten.add(new Reactieveldfout("keuze", Reactiefout.KEUZE));
            return fouten;
        }
        if (akkoord) {
            return fouten;
        }
        List<LocalDateTime> gegeven = voorstellen == null ? List.of() : voorstellen;
        if (gegeven.size() > MAX_VOORSTELLEN) {
            fouten.add(new Reactieveldfout("keuze", Reactiefout.TE_VEEL));
            return fouten;
        }
        if (gegeven.stream().allMatch(java.util.Objects::isNull)) {
            fouten.add(new Reactieveldfout("voorstel1", Reactiefout.GEEN_VOORSTEL));
            return fouten;
        }
        Instant uiterlijk = nietVanaf(nu);
        List<Instant> gezien = new ArrayList<>();
        for (int i = 0; i < gegeven.size(); i++) {
            if (gegeven.get(i) == null) {
                continue;
            }
            String veld = "voorstel" + (i + 1);
            Instant moment = gegeven.get(i).atZone(NL).toInstant();
            if (!moment.isAfter(nu)) {
                fouten.add(new Reactieveldfout(veld, Reactiefout.VERLEDEN));
            } else if (!moment.isBefore(uiterlijk)) {
                fouten.add(new Reactieveldfout(veld, Reactiefout.TE_LAAT));
            } else if (gezien.contains(moment)) {
                fouten.add(new Reactieveldfout(veld, Reactiefout.DUBBEL));
            }
            gezien.add(moment);
        }
        return fouten;
    }

    /**
     * A family member's answer to the date of MDO {@code mdoId} of dossier {@code nummer} (another dossier's MDO: not
     * found): the date suits ({@code akkoord}), or up to three other moments. Stored per person ({@code ouderId}, or
     * null for the pupil; a later answer replaces the earlier); {@code door} is the family account
     * ({@code gezin-<id>}), taken from the binding by the caller. Proposed moments reach the zorgcoördinator as a
     * notification: ids and moments only, no care details. Moving the date is the school's ({@link #verzet}).
     */
    public void reactieGezin(Long mdoId, String nummer, Long ouderId, Boolean akkoord, List<LocalDateTime> voorstellen,
                             String door) {
        Mdo mdo = mdos.findById(mdoId).filter(m -> m.getDossierNummer().equals(nummer))
                .orElseThrow(() -> new NietGevondenException("Er is geen MDO " + mdoId + "."));
        List<Reactieveldfout> fouten = controleerReactie(MdoView.van(mdo, List.of()), akkoord, voorstellen);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten.stream().map(f -> new Veldfout(f.veld(), f.fout().tekst()))
                    .toList());
        }
        List<Instant> momenten = Boolean.TRUE.equals(akkoord) ? List.of() : voorstellen.stream()
                .filter(java.util.Objects::nonNull).map(v -> v.atZone(NL).toInstant()).toList();
        mdo.reactie(new MdoReactie(ouderId, mdo.getDatum(), akkoord, momenten, door, nu()));
        mdos.save(mdo);
        if (!momenten.isEmpty()) {
            String wanneer = WANNEER.format(mdo.getDatum().atZone(NL));
            String wie = ouderId == null ? "De leerling" : "Een ouder";
            String onderwerp = "Het gezin stelt andere momenten voor het MDO voor (dossier " + nummer + ")";
            String tekst = wie + " kan niet op het MDO van " + wanneer + " en stelt voor: "
                    + String.join("; ", momenten.stream().map(m -> WANNEER.format(m.atZone(NL))).toList())
                    + ". Kijk bij de MDO's van dossier " + nummer + ", spreek een datum af en verzet het MDO daar "
                    + "(MDO verzetten) als een ander moment past.";
            String zorgcoordinator = dossiers.haalOp(nummer).zorgcoordinator();
            meldingen.stuur(zorgcoordinator != null
                    ? NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator, onderwerp, tekst, nummer, null)
                    : NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, "zorgcoordinator",
                    dossiers.routeringsgegevens(nummer).schoolBrin(), onderwerp, tekst, nummer, null));
        }
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }

    /** Whether jeugdhulp owns an agreement: the group itself, or one of its members. */
    public boolean vanJeugdhulp(String eigenaar, boolean groep) {
        return groep ? eigenaar.equals("jeugdhulp") : gebruikers.isLidVan(eigenaar, "jeugdhulp");
    }

    /**
     * Consent for jeugdhulp was withdrawn while jeugdhulp owned this agreement: its task is gone, the agreement lapses
     * with that reason in the plan, and the zorgcoördinator (user {@code zorgcoordinator} of the process) hears it.
     */
    public void afspraakVervalt(Long afspraakId, String zorgcoordinator, String door) {
        if (!isOpen(afspraakId)) {
            return;
        }
        String nummer = dossiers.afspraak(afspraakId).dossierNummer();
        dossiers.rondAfspraakAf(afspraakId, Afspraak.Status.GEANNULEERD,
                "Vervallen: toestemming voor jeugdhulp ingetrokken.", door, nu());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, zorgcoordinator,
                "Afspraak van jeugdhulp vervallen: toestemming ingetrokken (dossier " + nummer + ")",
                "De toestemming voor jeugdhulp is ingetrokken. Afspraak " + afspraakId + " uit het MDO had jeugdhulp als "
                        + "eigenaar en is vervallen; jeugdhulp ziet haar niet meer. Bespreek in het volgende MDO wie "
                        + "wat overneemt.", nummer, null));
    }

    /** The open agreements of the latest MDO of this process: one follow-up task each. */
    public List<Long> openAfspraken(String procesInstantieId) {
        Mdo mdo = mdos.laatsteVan(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen MDO bij " + procesInstantieId));
        if (mdo.getVerslag() == null) {
            throw new OngeldigeInvoerException("verslag",
                    "Leg eerst het verslag van het MDO vast in EenPlan (verslag, aanwezigheid, afspraken).");
        }
        return dossiers.haalOp(mdo.getDossierNummer()).afspraken().stream()
                .filter(a -> herkomst(mdo).equals(a.herkomst()) && a.status() == Afspraak.Status.OPEN)
                .map(DossierView.AfspraakView::id).toList();
    }

    public void afspraakAfgerond(Long afspraakId, String dossierNummer, Afspraak.Status uitkomst, String reden, String door) {
        if (uitkomst == Afspraak.Status.OPEN) {
            throw new OngeldigeInvoerException("uitkomst", "Kies GEDAAN of GEANNULEERD.");
        }
        if (uitkomst == Afspraak.Status.GEANNULEERD && (reden == null || reden.isBlank())) {
            throw new OngeldigeInvoerException("reden", "Geef de reden waarom de afspraak vervalt.");
        }
        // The task goes when consent for jeugdhulp is withdrawn; this is for a task of a model version without that.
        AfspraakMetDossier afspraak = dossiers.afspraak(afspraakId);
        // The agreement of this pupil's MDO only, whatever a variable says.
        if (!afspraak.dossierNummer().equals(dossierNummer)) {
            throw new NietMogelijkException("Deze afspraak hoort niet bij het dossier van deze taak; er is niets "
                    + "opgeslagen. Meld dit aan procesbeheer.");
        }
        if (vanJeugdhulp(afspraak.afspraak().eigenaar(), afspraak.afspraak().eigenaarIsGroep())
                && !toestemmingen.inWerking(afspraak.dossierNummer(), Toestemming.Scope.JEUGDHULP)) {
            throw new NietMogelijkException("Er is geen toestemming voor jeugdhulp (meer): jeugdhulp werkt deze afspraak "
                    + "niet meer af. De zorgcoördinator bespreekt in het volgende MDO wie haar overneemt.");
        }
        dossiers.rondAfspraakAf(afspraakId, uitkomst, reden, door, nu());
    }

    public boolean isOpen(Long afspraakId) {
        return dossiers.afspraak(afspraakId).afspraak().status() == Afspraak.Status.OPEN;
    }

    /**
     * Task groeidocument: done only when the groeidocument (package groeidocument, in the dossier) has a version
     * saved since this MDO was planned. An MDO planned before that was recorded (V36), or none known, takes any saved
     * version.
     */
    public void controleerGroeidocument(String nummer, Long mdoId) {
        Instant geplandOp = mdoId == null ? null : mdos.findById(mdoId).map(Mdo::getGeplandOp).orElse(null);
        if (!groeidocumenten.bijgewerktSinds(nummer, geplandOp)) {
            throw new OngeldigeInvoerException("groeidocument", "Het groeidocument is nog niet bijgewerkt sinds het MDO "
                    + "werd gepland. Sla op de pagina van de leerling (/leerlingen/" + nummer
                    + ") een nieuwe versie op en rond dan de taak af.");
        }
    }

    public void evaluatie(String procesInstantieId, Uitkomst uitkomst) {
        mdos.laatsteVan(procesInstantieId).orElseThrow().besloten(uitkomst);
    }

    @Transactional(readOnly = true)
    public List<MdoView> vanDossier(String nummer) {
        List<DossierView.AfspraakView> afspraken = dossiers.haalOp(nummer).afspraken();
        return mdos.findByDossierNummerOrderById(nummer).stream()
                .map(m -> MdoView.van(m, afspraken.stream().filter(a -> herkomst(m).equals(a.herkomst())).toList()))
                .toList();
    }

    /** Where a person downloads the invitation: under the pupil's page in EenPlan, not the API. */
    public static String uitnodigingOpPagina(String nummer, Long mdoId) {
        return "/leerlingen/" + nummer + "/mdo/" + mdoId + "/uitnodiging.ics";
    }

    /** The meeting as an iCalendar event (RFC 5545): time, place, and the dossier number; no care details. */
    @Transactional(readOnly = true)
    public String uitnodiging(String nummer, Long id, String gebruiker, Collection<String> groepen) {
        Supplier<NietGevondenException> nietGevonden =
                () -> new NietGevondenException("Dossier " + nummer + " heeft geen MDO " + id + ".");
        Mdo mdo = mdos.findById(id).filter(m -> m.getDossierNummer().equals(nummer)).orElseThrow(nietGevonden);
        // Only at the pupil's school (its staff, or a gemeente's leerplicht that sees that school) ...
        dossiers.controleerToegang(nummer, nietGevonden);
        // ... and only the school's own staff or whoever was invited.
        boolean school = groepen.contains("zorgcoordinator") || groepen.contains("mentor");
        boolean uitgenodigd = mdo.getDeelnemers().stream().anyMatch(d -> gebruiker.equals(d.getGebruiker())
                || (d.getGroep() != null && groepen.contains(d.getGroep())));
        if (!school && !uitgenodigd) {
            throw nietGevonden.get();
        }
        ZonedDateTime begin = mdo.getDatum().atZone(NL);
        VEvent event = new VEvent(begin, Duration.ofMinutes(mdo.getDuurMinuten()), "MDO dossier " + nummer);
        event.add(new Uid("mdo-" + mdo.getId() + "@eenplan"));
        // Moved: the same UID with a higher SEQUENCE, so a calendar replaces its item (RFC 5545 3.8.7.4).
        event.add(new net.fortuna.ical4j.model.property.Sequence(mdo.getVolgnummer()));
        event.add(new DtStamp(nu()));
        event.add(new Location(mdo.getLocatie()));
        event.add(new Description("Multidisciplinair overleg over dossier " + nummer + ", met ouders en leerling. "
                + "Het groeidocument en de agenda staan op de pagina van de leerling in EenPlan: /leerlingen/" + nummer
                + "."));
        Calendar kalender = new Calendar().withProdId("-//EenPlan//MDO//NL").withDefaults().withComponent(event)
                .getFluentTarget();
        return kalender.toString();
    }

    static String herkomst(Mdo mdo) {
        return "MDO " + mdo.getId();
    }

    /** The one clock (the engine's, so the scenario tests' clock applies here too). */
    Instant nu() {
        return clock.instant();
    }
}
