package nl.eenplan.leerplicht;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.leerplicht.proces.Leerplichtproces;
import nl.eenplan.melding.Melding;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.security.Groepen;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations to leerplicht: records them with the pupil's identity and the facts of the reason,
 * starts process "leerplichtEscalatie" for the assessment (its engine side: {@link Leerplichtproces}), and keeps the
 * leerplicht inbox.
 */
@Service
@Transactional
public class LeerplichtService {

    /**
     * Whether leerplicht has escalations of this pupil. They are absence data: when the dossier goes (2 years after
     * closing) they stay with the absence days, 5 years after uitschrijving (nl.eenplan.verzuim.Verzuimbewaring), and
     * {@link #verwijderEscalaties} removes them then.
     */
    @Transactional(readOnly = true)
    public boolean heeftEscalaties(String dossierNummer) {
        return !escalaties.findByDossierNummerOrderById(dossierNummer).isEmpty();
    }

    /** The retention of the pupil's absence data ended: its escalations go. */
    public void verwijderEscalaties(String dossierNummer) {
        escalaties.deleteAll(escalaties.findByDossierNummerOrderById(dossierNummer));
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final LeerplichtEscalatieRepository escalaties;
    private final DossierService dossiers;
    private final Leerplichtproces proces;
    private final MeldingService meldingen;
    private final Toegang toegang;
    private final Clock clock;

    private final ToestemmingService toestemmingen;
    private final Gemeenten gemeenten;

    LeerplichtService(LeerplichtEscalatieRepository escalaties, DossierService dossiers, Leerplichtproces proces,
                      MeldingService meldingen, Toegang toegang, ToestemmingService toestemmingen, Gemeenten gemeenten,
                      Clock clock) {
        this.gemeenten = gemeenten;
        this.clock = clock;
        this.toestemmingen = toestemmingen;
        this.escalaties = escalaties;
        this.dossiers = dossiers;
        this.proces = proces;
        this.meldingen = meldingen;
        this.toegang = toegang;
    }

    /**
     * Escalates a pupil to leerplicht: records the escalation and starts its assessment.
     *
     * @param feiten the facts of the reason (dates, hours, deadlines), never care details
     * @param bron   which process or part of EenPlan escalates
     */
    public LeerplichtEscalatie escaleer(String dossierNummer, Reden reden, String feiten, String bron) {
        return escaleer(dossierNummer, reden, feiten, bron, null, false);
    }

    /**
     * Escalates a school's report: as {@link #escaleer(String, Reden, String, String)}, with where the
     * report can be read and whether it came after the norm.
     *
     * @param verwijzing API path of the source record, e.g. /api/verzuimmeldingen/12
     * @param laatGemeld the school did not send it within the norm
     */
    public LeerplichtEscalatie escaleer(String dossierNummer, Reden reden, String feiten, String bron,
                                        String verwijzing, boolean laatGemeld) {
        return escaleer(dossierNummer, reden, feiten, bron, verwijzing, laatGemeld, null);
    }

    /**
     * As {@link #escaleer(String, Reden, String, String, String, boolean)}, with the first day of what the report is
     * about (the absence): the pupil's age for Halt and proces-verbaal counts on that day (MasRoute).
     */
    public LeerplichtEscalatie escaleer(String dossierNummer, Reden reden, String feiten, String bron,
                                        String verwijzing, boolean laatGemeld, LocalDate feitVanaf) {
        Leerlingidentiteit leerling = dossiers.identiteit(dossierNummer);
        // A statutory duty (Leerplichtwet art. 18 and 21): no consent asked; recorded with its basis.
        toestemmingen.deel(dossierNummer, Gegevensstroom.LEERPLICHT_VERZUIM, "escalatie: " + reden.omschrijving());
        LeerplichtEscalatie escalatie = new LeerplichtEscalatie(dossierNummer, leerling.naam(),
                leerling.geboortedatum(), leerling.bsn(), leerling.schoolBrin(), leerling.schoolNaam(),
                leerling.gemeente(), reden, feiten, bron, verwijzing, laatGemeld, leerling.zorgcoordinator(), nu());
        Escalatieroute route = Escalatieroute.voor(leerling, code -> gemeenten.inInstallatie(code).isPresent(),
                feitVanaf != null ? feitVanaf : LocalDate.ofInstant(nu(), NL));
        escalatie.gerouteerd(route);
        escalatie.feitVanaf(feitVanaf);
        escalaties.save(escalatie);
        if (route.inEenPlan()) {
            escalatie.gestart(proces.start(leerling, escalatie.getId(), reden,
                    route.soort() == Escalatieroute.Soort.SCHOOL ? null : route.eigenaar(), route.behandelaar()));
        }
        vertelSchoolWaarHetHeenging(escalatie, route);
        if (route.woongemeentecode() == null) {
            // Routed without the pupil's address: the school is asked for it, so the next one reaches the home gemeente.
            dossiers.woonadresNodig(dossierNummer);
        }
        return escalatie;
    }

    /**
     * The school hears where its report went when that is not simply the pupil's home gemeente in EenPlan: outside
     * EenPlan (it reaches that gemeente through DUO only), or to the school's own gemeente because the address is missing.
     */
    private void vertelSchoolWaarHetHeenging(LeerplichtEscalatie e, Escalatieroute route) {
        String tekst = switch (route.soort()) {
            case BUITEN_EENPLAN -> "De leerling woont in gemeente " + route.woongemeentecode() + ", die niet met deze "
                    + "EenPlan werkt. De melding '" + e.getReden().omschrijving() + "' bereikt de leerplichtambtenaar "
                    + "daar alleen via het verzuimregister van DUO: meld haar daar (als u dat nog niet deed). EenPlan "
                    + "heeft haar vastgelegd in het dossier; er gaat niets verloren.";
            case SCHOOLGEMEENTE_ZONDER_ADRES -> "Het woonadres van de leerling staat niet in EenPlan. De melding '"
                    + e.getReden().omschrijving() + "' gaat daarom voorlopig naar leerplicht van de gemeente van de "
                    + "school. Leg het woonadres van de leerling vast (taak 'Woonadres vastleggen' in Mijn werk), zodat "
                    + "volgende meldingen de gemeente bereiken waar de leerling woont.";
            default -> null;
        };
        if (tekst != null) {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, e.getContactpersoon(),
                    "Waar de melding heen ging (dossier " + e.getDossierNummer() + ")", tekst, e.getDossierNummer(),
                    null));
        }
    }

    /**
     * A school's verzuimmelding was not confirmed in DUO's verzuimregister within the norm (issue #22): leerplicht of the
     * gemeente that handles the pupil (Escalatieroute: where the pupil lives; RMC for a pupil of 18 to 23 without a
     * startkwalificatie) is told that a report is overdue, with facts only: the pupil's identity as an escalation has it,
     * the school, DUO's type and the period; never the presumed reason or anything of care. No escalation: the report
     * itself follows when the school submits it. Nothing for a pupil whose gemeente does not work with this EenPlan
     * (it learns of the report through DUO only).
     *
     * @param soort    DUO's name of the report's type
     * @param periode  the report's period in words
     * @param feitVanaf the first day of the absence: whose pupil it was then (leerplicht or RMC)
     */
    public java.util.Optional<Escalatieroute> meldTeLateMelding(String dossierNummer, String soort, String periode,
                                                                LocalDate feitVanaf) {
        Leerlingidentiteit leerling = dossiers.identiteit(dossierNummer);
        Escalatieroute route = Escalatieroute.voor(leerling, code -> gemeenten.inInstallatie(code).isPresent(),
                feitVanaf);
        if (!route.inEenPlan()) {
            return java.util.Optional.empty();
        }
        // A statutory duty (Leerplichtwet art. 21): no consent asked; recorded with its basis.
        toestemmingen.deel(dossierNummer, Gegevensstroom.LEERPLICHT_VERZUIM,
                "verzuimmelding niet binnen de norm bij DUO ingediend: " + soort);
        DateTimeFormatter datum = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, route.behandelaar(), route.eigenaar(),
                "Verzuimmelding te laat: " + leerling.naam() + " (dossier " + dossierNummer + ")",
                "De school " + leerling.schoolNaam() + " (" + leerling.schoolBrin() + ") heeft de verzuimmelding '"
                        + soort + "' voor " + leerling.naam() + " (geboren " + datum.format(leerling.geboortedatum())
                        + (leerling.bsn() == null ? "" : ", BSN " + leerling.bsn()) + "), " + periode + ", niet binnen "
                        + "de norm van 5 werkdagen bij DUO ingediend. De schoolleiding is ingelicht. Zodra de school de "
                        + "melding indient, komt zij als escalatie bij u binnen (gemarkeerd als te laat). Uw gemeente "
                        + "krijgt dit bericht als " + route.soort().omschrijving() + ".",
                dossierNummer, null));
        return java.util.Optional.of(route);
    }

    /**
     * The school withdrew a report after leerplicht was told it was overdue ({@link #meldTeLateMelding}): the same
     * leerplicht (the gemeente and team that got that notice) hears it was withdrawn, so it does not chase a report that
     * will not come (issue #22). Facts only: the pupil, the school, DUO's type, the period and the day; not the school's
     * reason, which can touch care (leerplicht asks the school when it wants to know).
     *
     * @param tenant the gemeente (CBS code, or the school's BRIN before gemeenten had codes) that got the notice
     * @param team   its team: leerplicht or rmc
     */
    public void meldTeLateMeldingIngetrokken(String dossierNummer, String tenant, String team, String soort,
                                             String periode, Instant ingetrokkenOp) {
        Leerlingidentiteit leerling = dossiers.identiteit(dossierNummer);
        // The same statutory duty as the notice it corrects (Leerplichtwet art. 21); recorded with its basis.
        toestemmingen.deel(dossierNummer, Gegevensstroom.LEERPLICHT_VERZUIM,
                "te late verzuimmelding ingetrokken door de school: " + soort);
        DateTimeFormatter datum = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, team, tenant,
                "Te late verzuimmelding ingetrokken: " + leerling.naam() + " (dossier " + dossierNummer + ")",
                "De school " + leerling.schoolNaam() + " (" + leerling.schoolBrin() + ") heeft de verzuimmelding '"
                        + soort + "' voor " + leerling.naam() + " (geboren " + datum.format(leerling.geboortedatum())
                        + (leerling.bsn() == null ? "" : ", BSN " + leerling.bsn()) + "), " + periode + ", op "
                        + datum.format(LocalDate.ofInstant(ingetrokkenOp, NL)) + " ingetrokken. U kreeg eerder bericht "
                        + "dat deze melding niet binnen de norm bij DUO was ingediend; zij komt niet meer bij u binnen. "
                        + "Wilt u weten waarom, neem dan contact op met de school.",
                dossierNummer, null));
    }

    /**
     * The school recorded the pupil's address (PUT /api/dossiers/{nr}/leerling/woonadres, or task "Woonadres vastleggen"
     * through any door): every open escalation follows the pupil ({@link #verhuis}).
     */
    @org.springframework.context.event.EventListener
    void woonadresVastgelegd(nl.eenplan.dossier.WoonadresVastgelegd vastgelegd) {
        verhuis(vastgelegd.dossierNummer());
    }

    /**
     * The escalation moves with the pupil (issue #22). The gemeente where the pupil lives is competent (Leerplichtwet
     * 1969 art. 21; Escalatieroute), also for a case that is open (not concluded) when the pupil moves, or when the
     * address becomes known of a pupil whose case the school's gemeente held meanwhile. For each open escalation whose
     * route now names another gemeente: the handover is recorded on the escalation (from, to, when, whose change), the
     * assessment ends in the old gemeente's tenant and starts again in the new one's at the step it had reached, with
     * the escalation and its work kept; both gemeenten hear it (facts only). A new gemeente outside this EenPlan gets it
     * through DUO only: the school is told as when a report is first routed there. The team (leerplicht or RMC) stays.
     */
    public void verhuis(String dossierNummer) {
        Leerlingidentiteit leerling = null;
        for (LeerplichtEscalatie e : escalaties.findByDossierNummerOrderById(dossierNummer)) {
            if (!e.isOpen()) {
                continue;
            }
            if (leerling == null) {
                leerling = dossiers.identiteit(dossierNummer);
            }
            Escalatieroute nu = Escalatieroute.voor(leerling, code -> gemeenten.inInstallatie(code).isPresent(),
                    feitdag(e));
            Escalatieroute route = new Escalatieroute(nu.soort(), nu.eigenaar(), nu.woongemeentecode(),
                    e.getBehandelaar());
            if (route.eigenaar().equals(e.getEigenaar())) {
                // The same gemeente (e.g. the address became known and it is the school's): only how it was routed.
                e.gerouteerd(route);
            } else {
                draagOver(e, leerling, route);
            }
        }
    }

    private void draagOver(LeerplichtEscalatie e, Leerlingidentiteit leerling, Escalatieroute naar) {
        String van = e.getEigenaar();
        boolean vanInEenPlan = e.getProcesInstantieId() != null;
        // Signed in at EenPlan's API, or at Tasklist's /engine-rest (the engine knows the user there).
        String door = toegang.gebruiker().or(proces::ingelogd).orElse("EenPlan");
        Audit.betreftDossier(e.getDossierNummer());
        e.overgedragen(naar, door, nu());
        String einde = "Overgedragen aan " + naam(naar.eigenaar()) + ": de leerling woont daar (Leerplichtwet 1969 "
                + "art. 21); wijziging van het woonadres door " + door + ".";
        e.gestart(proces.draagOver(e.getProcesInstantieId(), leerling, e.getId(), e.getReden(),
                naar.inEenPlan() ? naar.eigenaar() : null, e.getBehandelaar(),
                e.getStatus() == LeerplichtEscalatie.Status.IN_BEHANDELING, einde));
        DateTimeFormatter datum = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
        String wat = "de escalatie '" + e.getReden().omschrijving() + "' (" + status(e.getStatus()) + ", binnengekomen op "
                + datum.format(LocalDate.ofInstant(e.getOntvangenOp(), NL)) + ")";
        if (vanInEenPlan) {
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, e.getBehandelaar(), van,
                    "Escalatie overgedragen aan " + naam(naar.eigenaar()) + " (dossier " + e.getDossierNummer() + ")",
                    e.getLeerlingNaam() + " woont niet meer in uw gemeente maar in " + naam(naar.eigenaar())
                            + ". Daarom is " + wat + " op " + datum.format(LocalDate.ofInstant(nu(), NL))
                            + " overgedragen aan leerplicht daar (Leerplichtwet 1969 art. 21: de gemeente waar de "
                            + "leerling woont)" + (naar.inEenPlan() ? "" : "; die gemeente werkt niet met deze EenPlan "
                            + "en krijgt de melding via het verzuimregister van DUO") + ". U ziet haar niet meer in "
                            + "EenPlan.",
                    e.getDossierNummer(), null));
        }
        if (naar.inEenPlan()) {
            // A statutory duty (Leerplichtwet art. 21): no consent asked; recorded with its basis.
            toestemmingen.deel(e.getDossierNummer(), Gegevensstroom.LEERPLICHT_VERZUIM,
                    "escalatie overgedragen aan " + naar.eigenaar() + ": " + e.getReden().omschrijving());
            meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE, e.getBehandelaar(), naar.eigenaar(),
                    "Escalatie overgenomen van " + naam(van) + ": " + e.getLeerlingNaam() + " (dossier "
                            + e.getDossierNummer() + ")",
                    e.getLeerlingNaam() + " (geboren " + datum.format(e.getGeboortedatum())
                            + (e.getBsn() == null ? "" : ", BSN " + e.getBsn()) + ") van " + e.getSchoolNaam() + " ("
                            + e.getSchoolBrin() + ") woont nu in uw gemeente. Daarom is " + wat + " van " + naam(van)
                            + " aan u overgedragen" + (e.getRoute() == null ? "" : "; gekozen route: "
                            + e.getRoute().omschrijving()) + ". De feiten en de taak staan in EenPlan: "
                            + opPagina(e.getId()),
                    e.getDossierNummer(), null));
        } else {
            vertelSchoolWaarHetHeenging(e, naar);
        }
    }

    /** The first day of what the escalation is about; when not known, the day it arrived. */
    private static LocalDate feitdag(LeerplichtEscalatie e) {
        return e.getFeitVanaf() != null ? e.getFeitVanaf() : LocalDate.ofInstant(e.getOntvangenOp(), NL);
    }

    /**
     * A case this gemeente handed over because the pupil moved, as it may still see it: what it held until that day
     * (pupil, school, reason, received, the status then), to whom, when and why. Nothing newer: not the status now,
     * not the new gemeente's route or outcome, not a later handover onwards.
     */
    public record Overgedragen(Long escalatieId, String dossierNummer, String leerling, LocalDate geboortedatum,
                               String school, String reden, Instant ontvangenOp, LeerplichtEscalatie.Status statusToen,
                               String naar, Instant op, String waarom) {
    }

    /** Where an escalation came from, as the gemeente that has it now sees it on its page. */
    public record Herkomst(String van, String naar, Instant op, String waarom, LeerplichtEscalatie.Status statusToen) {
    }

    /**
     * The cases the user's gemeente handed over to another gemeente (Leerplichtwet 1969 art. 21), newest first; only
     * those of the user's team (leerplicht or RMC). A case that came back is in the inbox too.
     */
    @Transactional(readOnly = true)
    public List<Overgedragen> overgedragen() {
        Toegang.Zicht zicht = toegang.zicht();
        List<LeerplichtEscalatie> gevonden = zicht.alles()
                ? escalaties.findAll().stream().filter(e -> !e.getOverdrachten().isEmpty()).toList()
                : escalaties.overgedragenDoor(zicht.scholenVoorQuery());
        List<Overgedragen> lijst = new java.util.ArrayList<>();
        for (LeerplichtEscalatie e : gevonden) {
            if (!vanMijnTeam(e)) {
                continue;
            }
            for (EscalatieOverdracht o : e.getOverdrachten()) {
                if (zicht.alles() || zicht.omvat(o.getVan())) {
                    lijst.add(new Overgedragen(e.getId(), e.getDossierNummer(), e.getLeerlingNaam(),
                            e.getGeboortedatum(), e.getSchoolNaam(), e.getReden().omschrijving(), e.getOntvangenOp(),
                            o.getStatus(), naam(o.getNaar()), o.getOp(), waarom(o)));
                }
            }
        }
        lijst.sort(Comparator.comparing(Overgedragen::op).reversed());
        lijst.forEach(o -> Audit.betreftDossier(o.dossierNummer()));
        return lijst;
    }

    /** The handovers that brought an escalation the user may see to where it is, oldest first. */
    @Transactional(readOnly = true)
    public List<Herkomst> herkomst(Long id) {
        haalOp(id);
        return escalaties.findById(id).orElseThrow().getOverdrachten().stream()
                .map(o -> new Herkomst(naam(o.getVan()), naam(o.getNaar()), o.getOp(), waarom(o), o.getStatus()))
                .toList();
    }

    /** Why a case moved: the pupil lives elsewhere now (how the new gemeente was chosen), whose address change. */
    private String waarom(EscalatieOverdracht o) {
        return "het woonadres van de leerling is gewijzigd (door " + o.getDoor() + "); de gemeente waar de leerling "
                + "woont is bevoegd (Leerplichtwet 1969 art. 21), nu " + o.getRoutering().omschrijving();
    }

    /** A tenant as people read it: the gemeente's name and code, or the school. */
    private String naam(String tenant) {
        return gemeenten.inInstallatie(tenant).map(g -> "gemeente " + g.naam() + " (" + tenant + ")")
                .orElse(tenant.startsWith("GM") ? "gemeente " + tenant : "de gemeente van school " + tenant);
    }

    private static String status(LeerplichtEscalatie.Status status) {
        return switch (status) {
            case GEREGISTREERD -> "nog niet beoordeeld";
            case IN_BEHANDELING -> "in behandeling";
            default -> status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** The status of an escalation, for the school that made it (whose access to the dossier was checked). */
    @Transactional(readOnly = true)
    public LeerplichtEscalatie.Status status(Long escalatieId) {
        return escalaties.findById(escalatieId).map(LeerplichtEscalatie::getStatus)
                .orElseThrow(() -> new NietGevondenException("Er is geen escalatie " + escalatieId + "."));
    }

    /** By when leerplicht assesses this escalation: the deadline of its assessment task. */
    public void beoordelenVoor(long escalatieId, Instant deadline) {
        escalaties.findById(escalatieId).ifPresent(e -> e.beoordelenVoor(deadline));
    }

    /**
     * Task "beoordelen", before the route is taken: Halt and proces-verbaal only for a pupil who was 12 on the first
     * day of what the escalation is about (Wetboek van Strafrecht art. 486 and 77e, MasRoute.minimumleeftijd); when
     * that day is not known, the day the escalation arrived.
     */
    @Transactional(readOnly = true)
    public void controleerRoute(String procesInstantieId, MasRoute route) {
        LeerplichtEscalatie e = escalaties.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen escalatie bij procesinstantie " + procesInstantieId));
        LocalDate feitdag = e.getFeitVanaf() != null ? e.getFeitVanaf()
                : LocalDate.ofInstant(e.getOntvangenOp(), ZoneId.of("Europe/Amsterdam"));
        if (!route.toegestaan(e.getGeboortedatum(), feitdag)) {
            throw new OngeldigeInvoerException("route", route.omschrijving() + " kan niet: de leerling was op "
                    + feitdag.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")))
                    + " jonger dan " + route.minimumleeftijd() + " jaar (Wetboek van Strafrecht art. 486: geen "
                    + "strafvervolging en geen Halt onder de 12). Kies vrijwillige hulp, een zorgmelding of ter "
                    + "kennisgeving.");
        }
    }

    /** Leerplicht chose a route in the assessment of this process instance: record it and tell the school. */
    public void beoordeeld(String procesInstantieId, MasRoute route, String door) {
        LeerplichtEscalatie e = escalaties.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen escalatie bij procesinstantie " + procesInstantieId));
        if (e.getStatus() != LeerplichtEscalatie.Status.GEREGISTREERD) {
            throw new IllegalStateException("Escalatie " + e.getId() + " is al beoordeeld (" + e.getStatus() + ").");
        }
        e.beoordeeld(route, door, nu());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, e.getContactpersoon(),
                "Leerplicht heeft de escalatie beoordeeld (dossier " + e.getDossierNummer() + ")",
                "De leerplichtambtenaar heeft de escalatie '" + e.getReden().omschrijving() + "' voor dossier "
                        + e.getDossierNummer() + " beoordeeld: " + route.omschrijving() + ".",
                e.getDossierNummer(), null));
    }

    /** Leerplicht closed the escalation of this process instance with an outcome: record it and tell the school. */
    public void afgesloten(String procesInstantieId, Uitkomst uitkomst, String door) {
        LeerplichtEscalatie e = escalaties.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen escalatie bij procesinstantie " + procesInstantieId));
        if (e.getStatus() != LeerplichtEscalatie.Status.IN_BEHANDELING) {
            throw new IllegalStateException("Escalatie " + e.getId() + " is niet in behandeling (" + e.getStatus() + ").");
        }
        e.afgesloten(uitkomst, door, nu());
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, e.getContactpersoon(),
                "Leerplicht heeft de escalatie afgesloten (dossier " + e.getDossierNummer() + ")",
                "De leerplichtambtenaar heeft de escalatie '" + e.getReden().omschrijving() + "' voor dossier "
                        + e.getDossierNummer() + " afgesloten: " + uitkomst.omschrijving() + ".",
                e.getDossierNummer(), null));
    }

    /** Where leerplicht opens an escalation in EenPlan: its page, not the API. */
    public static String opPagina(Long escalatieId) {
        return "/leerplicht/escalaties/" + escalatieId;
    }

    /**
     * The school withdraws what it sent, before leerplicht assessed it: status Ingetrokken, the
     * assessment task ends, leerplicht is told.
     */
    public void trekIn(Long escalatieId, String reden, String door) {
        LeerplichtEscalatie e = escalaties.findById(escalatieId)
                .orElseThrow(() -> new NietGevondenException("Er is geen escalatie " + escalatieId + "."));
        if (e.getStatus() != LeerplichtEscalatie.Status.GEREGISTREERD) {
            throw new NietMogelijkException("Leerplicht heeft deze melding al beoordeeld ("
                    + e.getStatus().name().toLowerCase().replace('_', ' ')
                    + "); intrekken kan niet meer. Neem contact op met de leerplichtambtenaar.");
        }
        e.ingetrokken(reden, nu());
        if (e.getProcesInstantieId() == null) {
            return; // Outside EenPlan (Escalatieroute.Soort.BUITEN_EENPLAN): no officer here to tell.
        }
        proces.trekIn(e.getProcesInstantieId());
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, e.getBehandelaar(), e.getEigenaar(),
                "Melding ingetrokken door de school (dossier " + e.getDossierNummer() + ")",
                "De school heeft de melding '" + e.getReden().omschrijving() + "' voor " + e.getLeerlingNaam()
                        + " ingetrokken door " + door + ". Reden: " + reden + " De escalatie in EenPlan: "
                        + opPagina(e.getId()),
                e.getDossierNummer(), null));
    }

    /**
     * The school reports a fact later, e.g. that the pupil of an open langdurig relatief verzuim report is back:
     * added to the escalation's facts (in any status: leerplicht keeps the whole story), and leerplicht is told.
     */
    public void vulFeitenAan(Long escalatieId, String aanvulling) {
        LeerplichtEscalatie e = escalaties.findById(escalatieId)
                .orElseThrow(() -> new NietGevondenException("Er is geen escalatie " + escalatieId + "."));
        e.feitenAangevuld(aanvulling);
        if (e.getProcesInstantieId() == null) {
            return; // Outside EenPlan (Escalatieroute.Soort.BUITEN_EENPLAN): no officer here to tell.
        }
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, e.getBehandelaar(), e.getEigenaar(),
                "Nieuw feit bij '" + e.getReden().omschrijving() + "' (dossier " + e.getDossierNummer() + ")",
                "De school meldt bij de escalatie van " + e.getLeerlingNaam() + ": " + aanvulling
                        + " De escalatie in EenPlan: " + opPagina(e.getId()),
                e.getDossierNummer(), null));
    }

    /**
     * The inbox: open first, most overdue first; then the handled ones, newest first. Only the escalations the user's
     * gemeente handles (Escalatieroute: where the pupil lives), whatever school the pupil attends.
     */
    @Transactional(readOnly = true)
    public List<EscalatieView> inbox(EscalatieFilter filter) {
        Instant nu = nu();
        Toegang.Zicht zicht = toegang.zicht();
        Comparator<LeerplichtEscalatie> open = Comparator.comparing(
                (LeerplichtEscalatie e) -> e.getBeoordelenVoor() == null ? Instant.MAX : e.getBeoordelenVoor());
        Comparator<LeerplichtEscalatie> afgehandeld = Comparator.comparing(LeerplichtEscalatie::getOntvangenOp)
                .reversed();
        return (zicht.alles() ? escalaties.findAll() : escalaties.findByEigenaarIn(zicht.scholenVoorQuery())).stream()
                .filter(filter::past)
                .filter(this::vanMijnTeam)
                .sorted((a, b) -> {
                    boolean aOpen = a.getStatus() == LeerplichtEscalatie.Status.GEREGISTREERD;
                    boolean bOpen = b.getStatus() == LeerplichtEscalatie.Status.GEREGISTREERD;
                    if (aOpen != bOpen) {
                        return aOpen ? -1 : 1;
                    }
                    return aOpen ? open.compare(a, b) : afgehandeld.compare(a, b);
                })
                .map(e -> EscalatieView.van(e, nu))
                .toList();
    }

    /**
     * An escalation the user's gemeente handles (or, for one from before gemeenten had codes, of a school the user
     * sees); the audit names its dossier also when it is refused.
     */
    @Transactional(readOnly = true)
    public EscalatieView haalOp(Long id) {
        LeerplichtEscalatie e = escalaties.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen escalatie " + id + "."));
        Audit.betreftDossier(e.getDossierNummer());
        if (!toegang.zicht().omvat(e.getEigenaar()) || !vanMijnTeam(e)) {
            throw new NietGevondenException("Er is geen escalatie " + id + ".");
        }
        return EscalatieView.van(e, nu());
    }

    /**
     * The latest escalation of this pupil the user's {@link #haalOp} opens, for a link to its page; nothing of it is
     * read.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> escalatieVoor(String dossierNummer) {
        return escalaties.findByDossierNummerOrderById(dossierNummer).stream()
                .filter(e -> toegang.zicht().omvat(e.getEigenaar()) && vanMijnTeam(e))
                .reduce((eerder, later) -> later).map(LeerplichtEscalatie::getId);
    }

    /** Leerplicht works leerplicht's cases, RMC RMC's; team leads both (Escalatieroute.behandelaar). */
    private boolean vanMijnTeam(LeerplichtEscalatie e) {
        return toegang.inGroep(e.getBehandelaar(), Groepen.LEERPLICHT_TEAMLEIDER);
    }

    @Transactional(readOnly = true)
    public List<EscalatieView> vanDossier(String dossierNummer) {
        return escalaties.findByDossierNummerOrderById(dossierNummer).stream().map(e -> EscalatieView.van(e, nu()))
                .toList();
    }

    /** Engine time, so the scenario tests' clock applies here too. */
    private Instant nu() {
        return clock.instant();
    }
}
