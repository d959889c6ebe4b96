package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.leerplicht.LeerplichtEscalatie;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.Lesrooster;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.termijn.SchoolkalenderService;
import nl.eenplan.termijn.Uureenheid;
import nl.eenplan.verzuim.duo.DuoVerzuimregister;
import nl.eenplan.verzuim.proces.Verzuimproces;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absence registration and verzuimmeldingen: records the days a school registers, applies the
 * reporting rules ({@link Verzuimregels}), drafts a report per signal and starts process "verzuim"
 * for it; sending escalates to leerplicht.
 */
@Service
@Transactional
public class VerzuimService implements nl.eenplan.termijn.Kalenderwijziging {

    /**
     * A dossier past its retention (2 years after closing): its absence days and reports stay, 5 years after
     * uitschrijving (domain.md, Privacy). Until EenPlan records enrolment, the day the dossier closed stands for the
     * uitschrijving. {@link VerzuimBewaartermijn} removes them then.
     */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        if (!dagen.findByDossierNummerOrderByDatum(verwijderd.nummer()).isEmpty()
                || !meldingen.findByDossierNummerOrderById(verwijderd.nummer()).isEmpty()
                || afwezigheid.heeftGegevens(verwijderd.nummer())
                || leerplicht.heeftEscalaties(verwijderd.nummer())
                || !thuiszitters.findByDossierNummerOrderBySinds(verwijderd.nummer()).isEmpty()) {
            bewaringen.save(new Verzuimbewaring(verwijderd.nummer(), verwijderd.geslotenOp()));
        }
    }

    /** Absence data whose own retention ended before {@code vandaag}: removed; answers for how many dossiers. */
    public int ruimBewaardOp(LocalDate vandaag) {
        List<Verzuimbewaring> verlopen = bewaringen.findByBewarenTotBefore(vandaag);
        for (Verzuimbewaring b : verlopen) {
            meldingen.deleteAll(meldingen.findByDossierNummerOrderById(b.getDossierNummer()));
            thuiszitters.deleteAll(thuiszitters.findByDossierNummerOrderBySinds(b.getDossierNummer()));
            dagen.deleteAll(dagen.findByDossierNummerOrderByDatum(b.getDossierNummer()));
            afwezigheid.verwijder(b.getDossierNummer());
            leerplicht.verwijderEscalaties(b.getDossierNummer());
            bewaringen.delete(b);
            events.publishEvent(new VerzuimgegevensVerwijderd(b.getDossierNummer()));
        }
        return verlopen.size();
    }

    /**
     * Another capability keeps data of a closed dossier as long as its absence data (the thuiszittersaanpak): the
     * dossier is kept in retention even when it has no absence of its own; idempotent.
     */
    @Transactional
    public void bewaarMetVerzuim(String nummer, java.time.Instant geslotenOp) {
        bewaringen.save(new Verzuimbewaring(nummer, geslotenOp));
    }

    static final String BRON = "verzuim";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    /** The reasons the Tasklist form offers for withdrawing a draft. */
    private static final Map<String, String> INTREKREDENEN = Map.of(
            "geoorloofd", "Het verzuim bleek geoorloofd.",
            "registratiefout", "Fout in de registratie.",
            "vrijstelling", "De leerling heeft vrijstelling.",
            "anders", "Anders (zie EenPlan).");

    private final VerzuimdagRepository dagen;
    private final VerzuimmeldingRepository meldingen;
    private final DossierService dossiers;
    /** The school's own calendar and lesrooster: lesdagen, lesweken and the cap on a day's hours. */
    private final SchoolkalenderService scholen;
    private final Schoolkalender kalender;
    private final Verzuimproces proces;
    private final LeerplichtService leerplicht;
    private final MeldingService berichten;
    private final VerzuimbewaringRepository bewaringen;
    private final AfwezigheidService afwezigheid;
    private final ThuiszitterRepository thuiszitters;
    private final Clock clock;
    private final DuoVerzuimregister duo;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** DUO's verzuimhulp: at most this many repeat 16-uur reports of one continuing absence, then LRV. */
    private final int maxHerhalingen;
    /** Report RMC-verzuim of 18- to 23-year-olds without a startkwalificatie (DUO: not mandatory, often agreed). */
    private final boolean rmcMelden;

    VerzuimService(VerzuimdagRepository dagen, VerzuimmeldingRepository meldingen, DossierService dossiers,
                   SchoolkalenderService scholen, Schoolkalender kalender, Verzuimproces proces,
                   LeerplichtService leerplicht, MeldingService berichten, VerzuimbewaringRepository bewaringen,
                   AfwezigheidService afwezigheid, ThuiszitterRepository thuiszitters, Clock clock,
                   DuoVerzuimregister duo, org.springframework.context.ApplicationEventPublisher events,
                   @Value("${eenplan.verzuim.max-herhalingen:4}") int maxHerhalingen,
                   @Value("${eenplan.verzuim.rmc-melden:true}") boolean rmcMelden) {
        if (maxHerhalingen < 0) {
            throw new IllegalArgumentException("eenplan.verzuim.max-herhalingen kan niet negatief zijn.");
        }
        this.thuiszitters = thuiszitters;
        this.events = events;
        this.duo = duo;
        this.maxHerhalingen = maxHerhalingen;
        this.rmcMelden = rmcMelden;
        this.bewaringen = bewaringen;
        this.afwezigheid = afwezigheid;
        this.clock = clock;
        this.dagen = dagen;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.kalender = kalender;
        this.proces = proces;
        this.leerplicht = leerplicht;
        this.berichten = berichten;
    }

    /**
     * Records (or corrects) days of absence and drafts every report the rules now call for. All or
     * nothing: one wrong day and nothing is stored.
     */
    public VerzuimOverzicht registreer(String nummer, VerzuimRegistratie invoer, String door) {
        // Registered now: a report over days whose norm already passed is late, and says so (Binnenkomst).
        return registreer(nummer, invoer, door, Binnenkomst.viaApi(LocalDate.ofInstant(nu(), NL)));
    }

    /** As {@link #registreer(String, VerzuimRegistratie, String)}, with how the absence came in ({@code binnenkomst}). */
    VerzuimOverzicht registreer(String nummer, VerzuimRegistratie invoer, String door, Binnenkomst binnenkomst) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        EigenKalender school = scholen.kalender(leerling.schoolBrin());
        List<Verzuimmelding> eerder = meldingen.findByDossierNummerOrderById(nummer);
        controleer(invoer, eerder, school, scholen.lesrooster(leerling.schoolBrin(), leerling.onderwijssoort()));
        legVast(nummer, dagen.findByDossierNummerOrderByDatum(nummer), invoer, door);
        return toets(leerling, school, invoer, binnenkomst);
    }

    /**
     * A pupil's absence as EenPlan has it, read once for a registration from the LAS ({@link VerzuimImport}): the
     * pupil, their school's calendar and lesrooster, their days (by date), reports (by id), thuiszitter signals and
     * excused absence (leave, exemptions, illness). {@link #registreer(Stand, VerzuimRegistratie, String, Binnenkomst)}
     * works on these lists and keeps them up to date, instead of reading them again.
     */
    static final class Stand {
        private final Leerlingidentiteit leerling;
        private final EigenKalender school;
        private final Lesrooster rooster;
        private final List<Verzuimdag> dagen;
        private final List<Verzuimmelding> meldingen;
        private final List<Thuiszitter> thuiszitters;
        private final Geoorloofd geoorloofd;

        private Stand(Leerlingidentiteit leerling, EigenKalender school, Lesrooster rooster, List<Verzuimdag> dagen,
                      List<Verzuimmelding> meldingen, List<Thuiszitter> thuiszitters, Geoorloofd geoorloofd) {
            this.leerling = leerling;
            this.school = school;
            this.rooster = rooster;
            this.dagen = new ArrayList<>(dagen);
            this.meldingen = new ArrayList<>(meldingen);
            this.thuiszitters = new ArrayList<>(thuiszitters);
            this.geoorloofd = geoorloofd;
        }

        Leerlingidentiteit leerling() {
            return leerling;
        }

        /** The pupil's days, by date. */
        List<Verzuimdag> dagen() {
            return List.copyOf(dagen);
        }

        /** The pupil's reports, by id (withdrawn ones too). */
        List<Verzuimmelding> meldingen() {
            return List.copyOf(meldingen);
        }
    }

    /**
     * The {@link Stand} of each of these pupils, by dossier number: one query per table for all of them (days, reports,
     * thuiszitter signals, leave, exemptions, illness), and each school's calendar and lesrooster once.
     */
    Map<String, Stand> standen(List<Leerlingidentiteit> leerlingen) {
        Map<String, LocalDate> geboortedata = new HashMap<>();
        leerlingen.forEach(l -> geboortedata.put(l.dossierNummer(), l.geboortedatum()));
        Map<String, List<Verzuimdag>> dagenPer = new HashMap<>();
        Map<String, List<Verzuimmelding>> meldingenPer = new HashMap<>();
        Map<String, List<Thuiszitter>> thuiszittersPer = new HashMap<>();
        if (!geboortedata.isEmpty()) {
            dagen.findByDossierNummerInOrderByDatum(geboortedata.keySet()).forEach(d ->
                    dagenPer.computeIfAbsent(d.getDossierNummer(), k -> new ArrayList<>()).add(d));
            meldingen.findByDossierNummerInOrderById(geboortedata.keySet()).forEach(m ->
                    meldingenPer.computeIfAbsent(m.getDossierNummer(), k -> new ArrayList<>()).add(m));
            thuiszitters.findByDossierNummerInOrderBySinds(geboortedata.keySet()).forEach(t ->
                    thuiszittersPer.computeIfAbsent(t.getDossierNummer(), k -> new ArrayList<>()).add(t));
        }
        Map<String, Geoorloofd> geoorloofd = afwezigheid.geoorloofd(geboortedata);
        Map<String, EigenKalender> kalenders = new HashMap<>();
        Map<String, Lesrooster> roosters = new HashMap<>();
        Map<String, Stand> standen = new HashMap<>();
        for (Leerlingidentiteit l : leerlingen) {
            String nummer = l.dossierNummer();
            standen.put(nummer, new Stand(l, kalenders.computeIfAbsent(l.schoolBrin(), scholen::kalender),
                    roosters.computeIfAbsent(l.schoolBrin() + "|" + l.onderwijssoort(),
                            k -> scholen.lesrooster(l.schoolBrin(), l.onderwijssoort())),
                    dagenPer.getOrDefault(nummer, List.of()), meldingenPer.getOrDefault(nummer, List.of()),
                    thuiszittersPer.getOrDefault(nummer, List.of()), geoorloofd.get(nummer)));
        }
        return standen;
    }

    /** A registration from the LAS: the checks' mistakes (nothing was stored), or the reports it drafted. */
    record Lasregistratie(List<Veldfout> fouten, List<Verzuimmelding> nieuweMeldingen) {
    }

    /**
     * As {@link #registreer(String, VerzuimRegistratie, String, Binnenkomst)}, on what {@link #standen} read: the same
     * checks, the same days stored and the same rules ({@link #toets}), without reading the pupil again. A mistake is
     * answered, not thrown, so the other pupils of a block stay in its transaction; nothing of this pupil is stored then.
     */
    Lasregistratie registreer(Stand stand, VerzuimRegistratie invoer, String door, Binnenkomst binnenkomst) {
        List<Veldfout> fouten = fouten(invoer, stand.meldingen, stand.school, stand.rooster);
        if (!fouten.isEmpty()) {
            return new Lasregistratie(fouten, List.of());
        }
        List<Verzuimdag> alleDagen = legVast(stand.leerling.dossierNummer(), stand.dagen, invoer, door);
        stand.dagen.clear();
        stand.dagen.addAll(alleDagen);
        Getoetst getoetst = toets(stand.leerling, stand.school, stand.rooster::eenheid, alleDagen, stand.geoorloofd,
                () -> stand.meldingen, () -> stand.thuiszitters, binnenkomst);
        stand.meldingen.addAll(getoetst.nieuw());
        stand.thuiszitters.addAll(getoetst.signalen());
        return new Lasregistratie(List.of(), getoetst.nieuw());
    }

    /** Stores the days of {@code invoer} (new, or correcting the day {@code bestaand} has); answers all days by date. */
    private List<Verzuimdag> legVast(String nummer, List<Verzuimdag> bestaandeDagen, VerzuimRegistratie invoer,
                                     String door) {
        Map<LocalDate, Verzuimdag> bestaand = new HashMap<>();
        bestaandeDagen.forEach(d -> bestaand.put(d.getDatum(), d));
        Instant nu = nu();
        for (VerzuimRegistratie.Dag d : invoer.dagen()) {
            Verzuimsoort soort = d.soort() == null ? Verzuimsoort.ONGEOORLOOFD : d.soort();
            boolean alles = Boolean.TRUE.equals(d.alleLessenGemist());
            Verzuimdag dag = bestaand.get(d.datum());
            if (dag == null) {
                bestaand.put(d.datum(), dagen.save(new Verzuimdag(nummer, d.datum(), d.uren(), soort, alles, door, nu)));
            } else {
                dag.corrigeer(d.uren(), soort, alles, door, nu);
            }
        }
        return bestaand.values().stream().sorted(java.util.Comparator.comparing(Verzuimdag::getDatum)).toList();
    }

    /**
     * Applies the rules to everything registered: drafts the reports they call for and records a new thuiszitter
     * signal. After a registration, and after a return (counting starts again after an LRV).
     */
    private VerzuimOverzicht toets(Leerlingidentiteit leerling, EigenKalender school, VerzuimRegistratie invoer,
                                   Binnenkomst binnenkomst) {
        String nummer = leerling.dossierNummer();
        Getoetst getoetst = toets(leerling, school, () -> eenheid(leerling), dagen.findByDossierNummerOrderByDatum(nummer),
                afwezigheid.geoorloofd(nummer, leerling.geboortedatum()), () -> meldingen.findByDossierNummerOrderById(nummer),
                () -> thuiszitters.findByDossierNummerOrderBySinds(nummer), binnenkomst);
        return overzicht(nummer, getoetst.nieuw().stream().map(Verzuimmelding::getId).toList(),
                invoer == null ? null : nietGemeld(leerling, invoer, getoetst.telt().waaromNiet()));
    }

    /** What {@link #toets} drafted and signalled, and how the rules counted the days. */
    private record Getoetst(List<Verzuimmelding> nieuw, List<Thuiszitter> signalen, Geoorloofd.Uitkomst telt) {
    }

    /**
     * The rules over all the pupil's days ({@code alleDagen}, by date): leave, exemptions, illness and the
     * 5-year-old's hours kept out first ({@code geoorloofd}), then {@link Verzuimregels} with the earlier reports
     * ({@code eerder}) drafts what it calls for, and a new thuiszitter signal is recorded (against
     * {@code eerderThuis}). The one place both the API and the LAS import apply the rules.
     */
    private Getoetst toets(Leerlingidentiteit leerling, EigenKalender school, java.util.function.Supplier<Uureenheid> eenheid,
                           List<Verzuimdag> alleDagen, Geoorloofd geoorloofd,
                           java.util.function.Supplier<List<Verzuimmelding>> eerder,
                           java.util.function.Supplier<List<Thuiszitter>> eerderThuis, Binnenkomst binnenkomst) {
        String nummer = leerling.dossierNummer();
        List<Verzuimregels.Dag> regelDagen = alleDagen.stream().map(Verzuimdag::alsRegelDag).toList();
        // Leave, exemptions, illness and the 5-year-old's hours are kept out here, before the rules count (Geoorloofd).
        Geoorloofd.Uitkomst telt = geoorloofd.pasToe(regelDagen);
        Verzuimregels regels = new Verzuimregels(kalender, school, maxHerhalingen, rmcMelden);
        List<Verzuimregels.Signaal> signalen = regels.toets(telt.telbaar(),
                eerder.get().stream().filter(m -> !herberekend(m)).map(VerzuimService::alsEerder).toList(),
                leerling.geboortedatum(), leerling.startkwalificatie());
        List<Verzuimmelding> nieuw = new ArrayList<>();
        for (Verzuimregels.Signaal signaal : signalen) {
            nieuw.add(maakConcept(leerling, signaal, alleDagen, eenheid.get(), binnenkomst));
        }
        List<Verzuimregels.EerderThuiszitten> eerderThuiszitten = eerderThuis.get().stream()
                .map(t -> new Verzuimregels.EerderThuiszitten(t.getSinds(), t.getTot())).toList();
        List<Thuiszitter> thuiszitten = new ArrayList<>();
        for (Verzuimregels.Thuiszitten t : regels.thuiszitters(telt.telbaar(), eerderThuiszitten,
                leerling.geboortedatum(), leerling.startkwalificatie())) {
            thuiszitten.add(thuiszitters.save(new Thuiszitter(nummer, t.sinds(), t.vastgesteldOp(), nu())));
            // The thuiszittersaanpak (issue #23) starts its table from it.
            events.publishEvent(new ThuiszitterGesignaleerd(nummer, t.sinds()));
        }
        return new Getoetst(nieuw, thuiszitten, telt);
    }

    /** The reason of a draft EenPlan withdrew because the school's calendar changed (see kalenderGewijzigd). */
    static final String HERBEREKEND = "Opnieuw berekend na een wijziging van de schoolkalender";

    /**
     * A draft withdrawn by a calendar change is no earlier report for the rules: the rules draft again what the new
     * calendar calls for (a withdrawal by the school is one: what it withdrew is not drafted again).
     */
    private static boolean herberekend(Verzuimmelding m) {
        return m.getStatus() == Verzuimmelding.Status.INGETROKKEN && m.getIntrekReden() != null
                && m.getIntrekReden().startsWith(HERBEREKEND);
    }

    /**
     * The school added or removed a period of its own calendar (issue #22): absence registered on the days whose lesdag
     * changed is re-evaluated for each of its pupils. A day that is no lesdag any more stops counting (Verzuimregels
     * counts lesdagen only; the registration stays, as the school entered it), a day that is a lesdag again counts again.
     * Drafts over those days are recomputed as after a registration: withdrawn with reason {@link #HERBEREKEND} and
     * drafted again where the rules still call for a report. A report already sent to DUO (or on its way) is not
     * changed: DUO's register is leerplicht's record; the zorgcoördinator is told which report, to correct it in DUO.
     */
    @Override
    public Gevolg kalenderGewijzigd(String brin, EigenKalender voor, EigenKalender na, LocalDate van, LocalDate tot) {
        Map<String, List<LocalDate>> perDossier = new java.util.LinkedHashMap<>();
        for (Verzuimdag d : dagen.findByDatumBetweenOrderByDossierNummerAscDatumAsc(van, tot)) {
            if (kalender.isLesdag(d.getDatum(), voor) != kalender.isLesdag(d.getDatum(), na)) {
                perDossier.computeIfAbsent(d.getDossierNummer(), n -> new ArrayList<>()).add(d.getDatum());
            }
        }
        int geraakt = 0;
        int leerlingen = 0;
        int herberekend = 0;
        int nieuw = 0;
        boolean vrij = false;
        List<String> bijDuo = new ArrayList<>();
        for (Map.Entry<String, List<LocalDate>> e : perDossier.entrySet()) {
            Leerlingidentiteit leerling;
            try {
                leerling = dossiers.identiteit(e.getKey());
            } catch (NietGevondenException verwijderd) {
                continue; // a dossier past its retention: its days stay until theirs ends, nothing to report
            }
            if (!brin.equals(leerling.schoolBrin())) {
                continue;
            }
            List<LocalDate> datums = e.getValue();
            vrij |= datums.stream().anyMatch(d -> !kalender.isLesdag(d, na));
            geraakt += datums.size();
            leerlingen++;
            Herziening h = herzie(leerling, na, datums);
            herberekend += h.ingetrokken().size();
            nieuw += h.nieuw().size();
            h.bijDuo().forEach(m -> bijDuo.add("verzuimmelding " + m.getId() + " (dossier " + m.getDossierNummer() + ")"));
        }
        // The 4-lesweken window (art. 21a) of absence near the change: a holiday added or moved stretches or shrinks
        // it, also when no registered day changed its lesdag.
        List<String> venster = new ArrayList<>();
        List<Long> nieuwInVenster = new ArrayList<>();
        for (String nummer : inVenster(van, tot, voor, na)) {
            if (perDossier.containsKey(nummer)) {
                continue;
            }
            Leerlingidentiteit leerling;
            try {
                leerling = dossiers.identiteit(nummer);
            } catch (NietGevondenException verwijderd) {
                continue;
            }
            if (brin.equals(leerling.schoolBrin())) {
                List<Long> n = herzieVenster(leerling, na, van, tot);
                nieuwInVenster.addAll(n);
                if (!n.isEmpty()) {
                    venster.add(nummer);
                }
            }
        }
        if (geraakt == 0 && nieuwInVenster.isEmpty()) {
            return Gevolg.GEEN;
        }
        if (geraakt == 0) {
            return new Gevolg(0, vensterTekst(nieuwInVenster.size(), venster.size()));
        }
        StringBuilder tekst = new StringBuilder(geraakt + (geraakt == 1 ? " geregistreerde verzuimdag" : " geregistreerde "
                + "verzuimdagen") + " (" + leerlingen + (leerlingen == 1 ? " leerling" : " leerlingen") + ") "
                + (vrij ? "vallen nu niet meer op een lesdag en tellen niet meer mee voor een verzuimmelding"
                        : "vallen weer op een lesdag en tellen weer mee voor een verzuimmelding")
                + "; de registratie zelf blijft staan.");
        if (herberekend > 0) {
            tekst.append(" ").append(herberekend).append(herberekend == 1 ? " conceptmelding is" : " conceptmeldingen zijn")
                    .append(" opnieuw berekend (ingetrokken; ").append(nieuw).append(" nieuw klaargezet).");
        } else if (nieuw > 0) {
            tekst.append(" ").append(nieuw).append(nieuw == 1 ? " nieuwe verzuimmelding is" : " nieuwe verzuimmeldingen zijn")
                    .append(" klaargezet.");
        }
        if (!bijDuo.isEmpty()) {
            tekst.append(" Al naar DUO en niet gewijzigd: ").append(String.join(", ", bijDuo))
                    .append("; de zorgcoördinator heeft een bericht om de melding in het verzuimloket van DUO te "
                            + "corrigeren.");
        }
        if (!nieuwInVenster.isEmpty()) {
            tekst.append(" ").append(vensterTekst(nieuwInVenster.size(), venster.size()));
        }
        return new Gevolg(geraakt, tekst.toString());
    }

    private static String vensterTekst(int nieuw, int leerlingen) {
        return "Door de gewijzigde lesweken valt ander verzuim nu binnen 4 aaneengesloten lesweken: " + nieuw
                + (nieuw == 1 ? " nieuwe verzuimmelding is" : " nieuwe verzuimmeldingen zijn") + " klaargezet ("
                + leerlingen + (leerlingen == 1 ? " leerling" : " leerlingen") + "). Bestaande meldingen blijven staan.";
    }

    /**
     * The pupils with registered absence whose 4-lesweken window (Verzuimregels, art. 21a) can reach into the changed
     * period, under the calendar before or after the change: within 4 lesweken before {@code van} or after {@code tot}.
     */
    private java.util.Set<String> inVenster(LocalDate van, LocalDate tot, EigenKalender voor, EigenKalender na) {
        LocalDate vanaf = min(grens(van, -1, voor), grens(van, -1, na));
        LocalDate totEnMet = max(grens(tot, 1, voor), grens(tot, 1, na));
        java.util.Set<String> nummers = new java.util.LinkedHashSet<>();
        dagen.findByDatumBetweenOrderByDossierNummerAscDatumAsc(vanaf, totEnMet)
                .forEach(d -> nummers.add(d.getDossierNummer()));
        return nummers;
    }

    /** The day 4 lesweken (20 school-week days) from {@code dag} in direction {@code stap}; stops where the calendar does. */
    private LocalDate grens(LocalDate dag, int stap, EigenKalender school) {
        LocalDate d = dag;
        int geteld = 0;
        try {
            while (geteld < Verzuimregels.VIER_LESWEKEN && Math.abs(d.toEpochDay() - dag.toEpochDay()) < 366) {
                LocalDate volgende = d.plusDays(stap);
                if (kalender.isSchoolweekdag(volgende, school)) {
                    geteld++;
                }
                d = volgende;
            }
        } catch (nl.eenplan.termijn.BuitenKalenderException buiten) {
            // beyond the known calendar no absence can be registered: the window ends here
        }
        return d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A calendar change moved the 4-lesweken window over a pupil's absence without changing a registered day's lesdag:
     * the rules run again with the new calendar. A report that becomes due is drafted; a report already made stays,
     * also when the window now shrank (EenPlan never withdraws a report on its own here; the school withdraws a draft
     * that no longer holds, with its reason). The zorgcoördinator is told of each new report.
     */
    private List<Long> herzieVenster(Leerlingidentiteit leerling, EigenKalender school, LocalDate van, LocalDate tot) {
        List<Long> nieuw = toets(leerling, school, null, null).nieuweMeldingen();
        if (!nieuw.isEmpty()) {
            String periode = van.equals(tot) ? DATUM.format(van) : DATUM.format(van) + " tot en met " + DATUM.format(tot);
            berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(),
                    "Schoolkalender gewijzigd: verzuim opnieuw bekeken (dossier " + leerling.dossierNummer() + ")",
                    "De kalender van de school is gewijzigd (" + periode + "). Daardoor lopen de 4 aaneengesloten "
                            + "lesweken van de 16-urenregel (Leerplichtwet 1969 art. 21a) anders en valt geregistreerd "
                            + "verzuim nu binnen één venster. Nieuw klaargezet: " + String.join(", ", nieuw.stream()
                            .map(id -> beschrijf(meldingen.findById(id).orElseThrow())).toList()) + ". Bestaande "
                            + "meldingen blijven staan.", leerling.dossierNummer(), null));
        }
        return nieuw;
    }

    /** What a calendar change did to one pupil's reports. */
    private record Herziening(List<Verzuimmelding> ingetrokken, List<Long> nieuw, List<Verzuimmelding> bijDuo) {
    }

    private Herziening herzie(Leerlingidentiteit leerling, EigenKalender school, List<LocalDate> datums) {
        String nummer = leerling.dossierNummer();
        List<Verzuimmelding> ingetrokken = new ArrayList<>();
        List<Verzuimmelding> bijDuo = new ArrayList<>();
        String periode = datums.size() == 1 ? DATUM.format(datums.get(0))
                : DATUM.format(datums.get(0)) + " tot en met " + DATUM.format(datums.get(datums.size() - 1));
        for (Verzuimmelding m : meldingen.findByDossierNummerOrderById(nummer)) {
            if (m.getStatus() == Verzuimmelding.Status.INGETROKKEN
                    || datums.stream().noneMatch(d -> inPeriode(d, m.getStartdatum(), m.getEinddatum()))) {
                continue;
            }
            if (m.getStatus() == Verzuimmelding.Status.CONCEPT) {
                m.ingetrokken(HERBEREKEND + " (" + periode + ").", "EenPlan", nu());
                // Its task "Verzuimmelding versturen" ends; the handler leaves the withdrawn report as it is.
                proces.rondMeldenAf(m.getProcesInstantieId(), "intrekken");
                ingetrokken.add(m);
            } else {
                bijDuo.add(m);
            }
        }
        List<Long> nieuw = toets(leerling, school, null, null).nieuweMeldingen();
        if (!ingetrokken.isEmpty() || !nieuw.isEmpty() || !bijDuo.isEmpty()) {
            berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(),
                    "Schoolkalender gewijzigd: verzuim opnieuw bekeken (dossier " + nummer + ")",
                    kalenderbericht(periode, school, datums, ingetrokken, nieuw, bijDuo), nummer, null));
        }
        return new Herziening(ingetrokken, nieuw, bijDuo);
    }

    private String kalenderbericht(String periode, EigenKalender school, List<LocalDate> datums,
                                   List<Verzuimmelding> ingetrokken, List<Long> nieuw, List<Verzuimmelding> bijDuo) {
        boolean vrij = datums.stream().anyMatch(d -> !kalender.isLesdag(d, school));
        List<String> zinnen = new ArrayList<>();
        zinnen.add("De kalender van de school is gewijzigd: het geregistreerde verzuim op " + periode + " "
                + (vrij ? "valt nu niet meer op een lesdag en telt niet meer mee" : "valt weer op een lesdag en telt "
                + "weer mee") + " voor een verzuimmelding.");
        if (!ingetrokken.isEmpty()) {
            zinnen.add("Opnieuw berekend (concept ingetrokken): " + String.join(", ", ingetrokken.stream()
                    .map(VerzuimService::beschrijf).toList()) + ".");
        }
        if (!nieuw.isEmpty()) {
            zinnen.add("Nieuw klaargezet: " + String.join(", ", nieuw.stream().map(id -> beschrijf(meldingen
                    .findById(id).orElseThrow())).toList()) + ".");
        }
        if (!bijDuo.isEmpty()) {
            zinnen.add("Al naar het verzuimregister van DUO, en daarom niet gewijzigd: " + String.join(", ", bijDuo
                    .stream().map(VerzuimService::beschrijf).toList()) + ". Klopt zij niet meer, corrigeer of trek haar "
                    + "dan in in het verzuimloket van DUO (en trek haar in EenPlan in zolang leerplicht haar niet "
                    + "beoordeelde; neem anders contact op met leerplicht).");
        }
        return String.join(" ", zinnen);
    }

    /** "verzuimmelding 12 (16 uur verzuim, 2 november 2026 tot en met 6 november 2026, verstuurd)". */
    private static String beschrijf(Verzuimmelding m) {
        return "verzuimmelding " + m.getId() + " (" + m.getSoort().omschrijving() + ", " + periode(m) + ", "
                + inWoorden(m.getStatus()) + ")";
    }

    private static Verzuimregels.EerdereMelding alsEerder(Verzuimmelding m) {
        return new Verzuimregels.EerdereMelding(m.getSoort(), m.getStartdatum(), m.getEinddatum(), m.getDrempeldatum(),
                m.getStatus() == Verzuimmelding.Status.INGETROKKEN);
    }

    /**
     * The school records that the pupil is back at school: an open langdurig relatief verzuim report gets its end
     * date (the last lesdag before the return) and its hours, leerplicht is told when it had the report, the open
     * thuiszitter signal ends; counting starts again after it (new days may call for reports at once).
     */
    public VerzuimOverzicht terugkeer(String nummer, LocalDate terug, String door) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        EigenKalender school = scholen.kalender(leerling.schoolBrin());
        List<Verzuimmelding> open = meldingen.findByDossierNummerOrderById(nummer).stream()
                .filter(Verzuimmelding::isOpen).toList();
        List<Thuiszitter> thuis = thuiszitters.findByDossierNummerOrderBySinds(nummer).stream()
                .filter(Thuiszitter::isOpen).toList();
        if (open.isEmpty() && thuis.isEmpty()) {
            throw new NietMogelijkException("Er is geen open langdurig relatief verzuim en geen thuiszitterssignaal "
                    + "voor deze leerling; een terugkeer vastleggen is niet nodig.");
        }
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        LocalDate sinds = java.util.stream.Stream.concat(open.stream().map(Verzuimmelding::getStartdatum),
                thuis.stream().map(Thuiszitter::getSinds)).max(LocalDate::compareTo).orElseThrow();
        if (terug.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("datum", "De datum ligt in de toekomst; leg de terugkeer vast als de "
                    + "leerling weer op school is geweest.");
        }
        if (!terug.isAfter(sinds)) {
            throw new OngeldigeInvoerException("datum", "De leerling is sinds " + DATUM.format(sinds)
                    + " weg; de terugkeer ligt daarna.");
        }
        if (!kalender.isLesdag(terug, school)) {
            throw new OngeldigeInvoerException("datum", geenLesdag(terug, school));
        }
        LocalDate laatsteDag = terug.minusDays(1);
        while (!kalender.isLesdag(laatsteDag, school) && laatsteDag.isAfter(sinds)) {
            laatsteDag = laatsteDag.minusDays(1);
        }
        List<Verzuimdag> alleDagen = dagen.findByDossierNummerOrderByDatum(nummer);
        for (Verzuimmelding m : open) {
            LocalDate eind = laatsteDag;
            BigDecimal uren = alleDagen.stream().filter(d -> d.getSoort() == Verzuimsoort.ONGEOORLOOFD)
                    .filter(d -> inPeriode(d.getDatum(), m.getStartdatum(), eind)).map(Verzuimdag::getUren)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            m.teruggekeerd(terug, eind, uren);
            if (m.getEscalatieId() != null) {
                leerplicht.vulFeitenAan(m.getEscalatieId(), "Weer op school op " + DATUM.format(terug) + " (vastgelegd "
                        + "door " + door + "): langdurig relatief verzuim van " + DATUM.format(m.getStartdatum())
                        + " tot en met " + DATUM.format(eind) + ", " + uren(uren) + " " + eenheidVoor(m) + ".");
            }
        }
        LocalDate eind = laatsteDag;
        thuis.forEach(t -> t.beeindigd(eind.isBefore(t.getSinds()) ? t.getSinds() : eind));
        events.publishEvent(new LeerlingTerugOpSchool(nummer, terug));
        return toets(leerling, school, null, null);
    }

    /**
     * The school reports overig verzuim by hand (DUO's "overig verzuim": other absence that worries it): a draft with
     * the period and explanation, process verzuim as for every report; the norm counts from today.
     */
    public VerzuimmeldingView meldOverig(String nummer, OverigeMelding invoer) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        List<Veldfout> fouten = new ArrayList<>();
        if (invoer.soort() != Meldingsoort.OVERIG) {
            fouten.add(new Veldfout("soort", "Met de hand meldt u alleen overig verzuim (OVERIG); de andere soorten "
                    + "zet EenPlan klaar uit de verzuimregistratie."));
        }
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        if (invoer.einddatum().isBefore(invoer.startdatum())) {
            fouten.add(new Veldfout("einddatum", "De einddatum ligt voor de begindatum."));
        } else if (invoer.einddatum().isAfter(vandaag)) {
            fouten.add(new Veldfout("einddatum", "De einddatum ligt in de toekomst; meld verzuim dat er geweest is."));
        } else {
            Leerplichtigheid.Schooldagen schooldagen = schooldagen(leerling);
            Leerplichtigheid.Status status = Leerplichtigheid.op(leerling.geboortedatum(), leerling.startkwalificatie(),
                    invoer.einddatum(), schooldagen);
            if (!status.plichtig() && status != Leerplichtigheid.Status.RMC) {
                fouten.add(new Veldfout("einddatum", "Geen verzuimmelding: " + Leerplichtigheid.waaromNiet(
                        leerling.geboortedatum(), leerling.startkwalificatie(), invoer.einddatum(), schooldagen) + "."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        List<Verzuimdag> inPeriode = dagen.findByDossierNummerOrderByDatum(nummer).stream()
                .filter(d -> inPeriode(d.getDatum(), invoer.startdatum(), invoer.einddatum())).toList();
        BigDecimal uren = inPeriode.stream().map(Verzuimdag::getUren).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean alleLessen = !inPeriode.isEmpty() && inPeriode.stream().allMatch(Verzuimdag::isAlleLessenGemist);
        Verzuimmelding m = meldingen.save(new Verzuimmelding(nummer, invoer.startdatum(), invoer.einddatum(), uren,
                alleLessen, invoer.toelichting().strip(), leerling.zorgcoordinator(), vandaag, nu()));
        m.inEenheid(eenheid(leerling));
        Verzuimproces.Gestart gestart = proces.start(leerling, m.getId(), Meldingsoort.OVERIG.name(),
                Meldingsoort.OVERIG.omschrijving(), vandaag);
        m.gestart(gestart.procesInstantieId(), gestart.deadline());
        return view(m);
    }

    /**
     * Why days of this registration will never be in a report: the pupil was not leerplichtig or kwalificatieplichtig
     * on them (Leerplichtigheid), nor RMC's while the installation reports RMC-verzuim; or why they count less or not
     * at all: leave, an exemption, illness, the 5-year-old's hours ({@code geoorloofd}, from Geoorloofd). Registered all
     * the same; null when every day counts.
     */
    private String nietGemeld(Leerlingidentiteit leerling, VerzuimRegistratie invoer, Map<LocalDate, String> geoorloofd) {
        Map<String, List<LocalDate>> perReden = new java.util.LinkedHashMap<>();
        Map<String, List<LocalDate>> perUitzondering = new java.util.LinkedHashMap<>();
        Leerplichtigheid.Schooldagen schooldagen = schooldagen(leerling);
        invoer.dagen().stream().map(VerzuimRegistratie.Dag::datum).sorted().forEach(dag -> {
            boolean rmc = Leerplichtigheid.op(leerling.geboortedatum(), leerling.startkwalificatie(), dag, schooldagen)
                    == Leerplichtigheid.Status.RMC;
            String reden = rmc && rmcMelden ? null : rmc ? "de leerling is dan 18 of ouder en RMC-verzuim meldt deze "
                    + "installatie niet (voor 18- tot 23-jarigen niet verplicht volgens DUO; instelling "
                    + "eenplan.verzuim.rmc-melden)"
                    : Leerplichtigheid.waaromNiet(leerling.geboortedatum(), leerling.startkwalificatie(), dag,
                            schooldagen);
            if (reden != null) {
                perReden.computeIfAbsent(reden, r -> new ArrayList<>()).add(dag);
            } else if (geoorloofd.containsKey(dag)) {
                perUitzondering.computeIfAbsent(geoorloofd.get(dag), r -> new ArrayList<>()).add(dag);
            }
        });
        List<String> zinnen = new ArrayList<>();
        if (!perReden.isEmpty()) {
            zinnen.add("Het verzuim is geregistreerd, maar geeft geen verzuimmelding voor " + perDagen(perReden) + ".");
        }
        if (!perUitzondering.isEmpty()) {
            zinnen.add("Het verzuim is geregistreerd, maar telt niet (of niet helemaal) mee voor een verzuimmelding op "
                    + perDagen(perUitzondering) + ".");
        }
        return zinnen.isEmpty() ? null : String.join(" ", zinnen);
    }

    private static String perDagen(Map<String, List<LocalDate>> perReden) {
        List<String> delen = new ArrayList<>();
        perReden.forEach((reden, dagen) -> delen.add((dagen.size() == 1 ? DATUM.format(dagen.get(0))
                : DATUM.format(dagen.get(0)) + " tot en met " + DATUM.format(dagen.get(dagen.size() - 1))) + ": "
                + reden));
        return String.join("; ", delen);
    }

    @Transactional(readOnly = true)
    public VerzuimOverzicht overzicht(String nummer) {
        dossiers.routeringsgegevens(nummer);
        return overzicht(nummer, List.of(), null);
    }

    /**
     * Every thuiszitter signal still open (the pupil has not returned), as the event that raised it: for a capability
     * that starts after signals already exist (the thuiszittersaanpak takes them over once at its upgrade).
     */
    @Transactional(readOnly = true)
    public List<ThuiszitterGesignaleerd> openThuiszittersignalen() {
        return thuiszitters.findByTotIsNullOrderBySinds().stream()
                .map(t -> new ThuiszitterGesignaleerd(t.getDossierNummer(), t.getSinds())).toList();
    }

    /** A report for the school. */
    @Transactional(readOnly = true)
    public VerzuimmeldingView haalOp(Long id) {
        return view(vind(id));
    }

    /** A report for leerplicht: only once the school sent it, and only to the gemeente that handles its escalation. */
    @Transactional(readOnly = true)
    public VerzuimmeldingView haalOpVoorLeerplicht(Long id) {
        Verzuimmelding m = meldingen.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen verzuimmelding " + id + "."));
        nl.eenplan.web.Audit.betreftDossier(m.getDossierNummer());
        if (m.getEscalatieId() == null) {
            throw new NietGevondenException("Er is geen verzuimmelding " + id + ".");
        }
        // Leerplicht reads a report its gemeente handles (where the pupil lives), not one of every pupil of the school.
        try {
            leerplicht.haalOp(m.getEscalatieId());
        } catch (NietGevondenException e) {
            throw new NietGevondenException("Er is geen verzuimmelding " + id + ".");
        }
        return view(m);
    }

    /** The zorgcoördinator fills in the report (reason, explanation, action, contact, role, location). */
    public VerzuimmeldingView vulAan(Long id, VerzuimmeldingAanvulling aanvulling) {
        Verzuimmelding m = concept(id, "aanvullen");
        m.vulAan(aanvulling);
        return view(m);
    }

    /** The zorgcoördinator sends the report: its task completes and the process escalates it to leerplicht. */
    public VerzuimmeldingView verstuur(Long id) {
        Verzuimmelding m = concept(id, "versturen");
        List<Veldfout> ontbreekt = m.ontbreekt();
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoerException(ontbreekt);
        }
        rondTaakAf(m, "versturen");
        return view(m);
    }

    /**
     * The school withdraws a report: a draft is not sent; a sent report is withdrawn at leerplicht
     * as long as leerplicht has not assessed it.
     */
    public VerzuimmeldingView trekIn(Long id, String reden, String door) {
        Verzuimmelding m = vind(id);
        switch (m.getStatus()) {
            case CONCEPT -> {
                m.ingetrokken(reden, door, nu());
                rondTaakAf(m, "intrekken");
                ingetrokkenNaTeLaatsignaal(m);
            }
            case VERSTUURD -> {
                leerplicht.trekIn(m.getEscalatieId(), reden, door);
                m.ingetrokken(reden, door, nu());
            }
            case NAAR_DUO -> throw new NietMogelijkException("Deze verzuimmelding is naar het verzuimregister van DUO "
                    + "gestuurd en wacht op de bevestiging van DUO. Leg eerst het kenmerk van DUO vast (taak "
                    + "'DUO-kenmerk vastleggen'); daarna kunt u haar intrekken zolang leerplicht haar niet beoordeelde.");
            case INGETROKKEN -> throw new NietMogelijkException("Deze verzuimmelding is al ingetrokken.");
        }
        return view(m);
    }

    /**
     * Process step "Melding naar leerplicht sturen": escalates the report of this process instance to leerplicht, once
     * it was submitted to DUO (with DUO's kenmerk in the facts). It is late when it was submitted after the norm (the
     * day DUO confirmed or the school entered; without one, now). Older model versions still send a draft when the norm
     * passed ({@code termijnVerstreken}): as it is, marked late, and the school is told.
     *
     * @param door who sent it; null: who submitted it to DUO
     */
    public void verstuurVanuitProces(String procesInstantieId, String door, boolean termijnVerstreken) {
        Verzuimmelding m = bijProces(procesInstantieId);
        if (m.getStatus() != Verzuimmelding.Status.CONCEPT && m.getStatus() != Verzuimmelding.Status.NAAR_DUO) {
            throw new IllegalStateException("Verzuimmelding " + m.getId() + " is al " + m.getStatus() + ".");
        }
        if (door == null) {
            door = m.getIngediendDoor() != null ? m.getIngediendDoor() : "onbekend";
        }
        boolean teLaat = termijnVerstreken || teLaatIngediend(m);
        if (!termijnVerstreken) {
            List<Veldfout> ontbreekt = m.ontbreekt();
            if (!ontbreekt.isEmpty()) {
                throw new OngeldigeInvoerException(ontbreekt);
            }
        }
        LeerplichtEscalatie escalatie = leerplicht.escaleer(m.getDossierNummer(), m.getSoort().reden(), feiten(m),
                BRON, "/api/verzuimmeldingen/" + m.getId(), teLaat, m.getStartdatum()); // API-verwijzing voor clients: EscalatieView.verwijzing
        m.verstuurd(door, nu(), teLaat, escalatie.getId());
        if (termijnVerstreken) {
            berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.ESCALATIE,
                    dossiers.routeringsgegevens(m.getDossierNummer()).zorgcoordinator(),
                    "Verzuimmelding te laat: direct naar leerplicht (dossier " + m.getDossierNummer() + ")",
                    "De verzuimmelding '" + m.getSoort().omschrijving() + "' voor dossier " + m.getDossierNummer()
                            + " is niet binnen 5 werkdagen verstuurd. EenPlan heeft haar nu naar leerplicht gestuurd, "
                            + "gemarkeerd als te laat. Vul ontbrekende gegevens aan in overleg met leerplicht.",
                    m.getDossierNummer(), null));
        }
    }

    /**
     * After the norm of 5 werkdagen (Verzuimmelding.versturenVoor, from the day the threshold was reached): by the day
     * it was submitted to DUO when that is known (a school that submitted in time but entered the kenmerk later did
     * not report late), otherwise by now.
     */
    private boolean teLaatIngediend(Verzuimmelding m) {
        if (m.getVersturenVoor() == null) {
            return false;
        }
        if (m.getIngediendBijDuoOp() != null) {
            return m.getIngediendBijDuoOp().isAfter(LocalDate.ofInstant(m.getVersturenVoor(), NL));
        }
        return nu().isAfter(m.getVersturenVoor());
    }

    /**
     * Process step "Indienen bij DUO": submits the report of this process instance to DUO's verzuimregister (the facts,
     * no care details). Answers whether DUO confirmed it; then its kenmerk and date are recorded. A failure of the
     * register throws: the step's job fails, is retried, and nothing is recorded.
     */
    public boolean dienInBijDuo(String procesInstantieId) {
        Verzuimmelding m = bijProces(procesInstantieId);
        if (m.getStatus() != Verzuimmelding.Status.NAAR_DUO) {
            throw new IllegalStateException("Verzuimmelding " + m.getId() + " is " + m.getStatus()
                    + "; alleen een melding die de school verstuurt gaat naar DUO.");
        }
        if (m.getDuoKenmerk() != null) {
            return true;
        }
        String brin = dossiers.routeringsgegevens(m.getDossierNummer()).schoolBrin();
        // The report's own key, stored with it: a retried step (DUO answered, our transaction did not commit) is the
        // same submission, not a second report in DUO's register.
        DuoVerzuimregister.Indiening indiening = duo.dienIn(new DuoVerzuimregister.Melding(m.getId(),
                m.getDossierNummer(), brin, m.getSoort(), m.getStartdatum(), m.getEinddatum(), m.getUren(),
                m.getDuoSleutel()));
        if (indiening.bevestigd()) {
            m.ingediendBijDuo(indiening.kenmerk(), indiening.ingediendOp(), m.getIngediendDoor());
        }
        return indiening.bevestigd();
    }

    /**
     * Task "DUO-kenmerk vastleggen": the school submitted the report in DUO's verzuimloket and records DUO's kenmerk and
     * the day. The day is not in the future and not before the report's start; a refusal records nothing.
     */
    public void duoKenmerkVastgelegd(String procesInstantieId, String kenmerk, LocalDate ingediendOp, String door) {
        Verzuimmelding m = bijProces(procesInstantieId);
        if (m.getStatus() != Verzuimmelding.Status.NAAR_DUO) {
            throw new NietMogelijkException("Deze verzuimmelding is " + inWoorden(m.getStatus())
                    + "; een kenmerk van DUO vastleggen kan alleen bij een melding die naar DUO gaat.");
        }
        List<Veldfout> fouten = new ArrayList<>();
        if (ingediendOp.isAfter(LocalDate.ofInstant(nu(), NL))) {
            fouten.add(new Veldfout("ingediendBijDuoOp", "De datum ligt in de toekomst; leg vast wanneer u de melding "
                    + "bij DUO indiende."));
        } else if (ingediendOp.isBefore(m.getStartdatum())) {
            fouten.add(new Veldfout("ingediendBijDuoOp", "De melding gaat over verzuim vanaf "
                    + DATUM.format(m.getStartdatum()) + "; zij kan niet eerder bij DUO zijn ingediend."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        m.ingediendBijDuo(kenmerk.strip(), ingediendOp, door == null ? "onbekend" : door);
    }

    /** What the zorgcoördinator is told when the norm passed, once with the late signal. */
    private static final String TE_LAAT = "niet binnen de norm bij DUO ingediend";

    /**
     * The norm of 5 werkdagen passed while the report of this process instance was not confirmed by DUO: records the
     * moment and tells leerplicht of the gemeente that handles the pupil (facts only) and the zorgcoördinator. Once per
     * report: answers false, doing nothing, when it was signalled before (the norm can pass at task melden and again at
     * the kenmerk task). The school's leadership is told by the process step (a termijn escalation).
     */
    public boolean meldTeLaat(String procesInstantieId) {
        Verzuimmelding m = bijProces(procesInstantieId);
        if (!m.teLaatGesignaleerd(nu())) {
            return false;
        }
        leerplicht.meldTeLateMelding(m.getDossierNummer(), m.getSoort().omschrijving(), periode(m), m.getStartdatum())
                .ifPresent(aan -> m.teLaatGemeldAan(aan.eigenaar(), aan.behandelaar()));
        berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.ESCALATIE,
                dossiers.routeringsgegevens(m.getDossierNummer()).zorgcoordinator(),
                "Verzuimmelding " + TE_LAAT + " (dossier " + m.getDossierNummer() + ")",
                "De verzuimmelding '" + m.getSoort().omschrijving() + "' voor dossier " + m.getDossierNummer() + " ("
                        + periode(m) + ") is " + TE_LAAT + " (5 werkdagen na " + DATUM.format(m.getDrempeldatum())
                        + "). De schoolleiding en leerplicht zijn ingelicht. Dien haar zo snel mogelijk in bij DUO en "
                        + "leg het kenmerk vast in EenPlan.",
                m.getDossierNummer(), null));
        return true;
    }

    private static String periode(Verzuimmelding m) {
        return m.isOpen() ? "sinds " + DATUM.format(m.getStartdatum()) + ", open tot de leerling terug is"
                : DATUM.format(m.getStartdatum()) + " tot en met " + DATUM.format(m.getEinddatum());
    }

    private Verzuimmelding bijProces(String procesInstantieId) {
        return meldingen.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen verzuimmelding bij procesinstantie "
                        + procesInstantieId));
    }

    /** A status as the school reads it. */
    static String inWoorden(Verzuimmelding.Status status) {
        return switch (status) {
            case CONCEPT -> "een concept";
            case NAAR_DUO -> "naar DUO gestuurd (wacht op de bevestiging van DUO)";
            case VERSTUURD -> "verstuurd";
            case INGETROKKEN -> "ingetrokken";
        };
    }

    /** What the school decides in task "melden": send the report, or withdraw the draft. */
    public enum Besluit { versturen, intrekken }

    /**
     * Task "melden" completed, from EenPlan's API or Tasklist: what the form adds goes into the report first (a field
     * left empty keeps what the report has); sending needs a complete report (the model's next step sends it);
     * withdrawing a draft needs a reason and is recorded here.
     */
    public void melden(String procesInstantieId, Besluit besluit, String intrekReden, VerzuimmeldingAanvulling aanvulling,
                       String door) {
        Verzuimmelding m = meldingen.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen verzuimmelding bij procesinstantie "
                        + procesInstantieId));
        if (m.getStatus() == Verzuimmelding.Status.CONCEPT) {
            if (aanvulling != null) {
                m.vulAanWaarGegeven(aanvulling);
            }
            if (besluit == Besluit.versturen) {
                List<Veldfout> ontbreekt = m.ontbreekt();
                if (!ontbreekt.isEmpty()) {
                    throw new OngeldigeInvoerException(ontbreekt);
                }
                // The model's next step submits it to DUO (older versions send it to leerplicht at once).
                m.naarDuo(door == null ? "onbekend" : door);
            } else {
                String reden = intrekReden == null ? null : INTREKREDENEN.get(intrekReden);
                if (reden == null) {
                    throw new OngeldigeInvoerException("intrekReden", "Kies een reden van intrekken: "
                            + String.join(", ", INTREKREDENEN.keySet().stream().sorted().toList()) + ".");
                }
                m.ingetrokken(reden, door == null ? "EenPlan" : door, nu());
                ingetrokkenNaTeLaatsignaal(m);
            }
        }
    }

    /** Process step "withdraw draft": recorded when the task was completed; kept for instances that predate that. */
    public void conceptIngetrokkenVanuitProces(String procesInstantieId, String redenCode, String door) {
        Verzuimmelding m = meldingen.findByProcesInstantieId(procesInstantieId)
                .orElseThrow(() -> new IllegalStateException("Geen verzuimmelding bij procesinstantie " + procesInstantieId));
        if (m.getStatus() == Verzuimmelding.Status.INGETROKKEN) {
            return;
        }
        String reden = INTREKREDENEN.get(redenCode);
        if (reden == null) {
            throw new OngeldigeInvoerException("intrekReden", "Kies een reden van intrekken.");
        }
        m.ingetrokken(reden, door, nu());
        ingetrokkenNaTeLaatsignaal(m);
    }

    /**
     * A draft withdrawn after leerplicht heard it was not submitted within the norm (issue #22): that leerplicht hears it
     * was withdrawn (facts only), so it does not chase a report that will not come.
     */
    private void ingetrokkenNaTeLaatsignaal(Verzuimmelding m) {
        if (m.getTeLaatGemeldAan() != null) {
            leerplicht.meldTeLateMeldingIngetrokken(m.getDossierNummer(), m.getTeLaatGemeldAan(),
                    m.getTeLaatGemeldTeam(), m.getSoort().omschrijving(), periode(m), m.getIngetrokkenOp());
        }
    }

    private Verzuimmelding maakConcept(Leerlingidentiteit leerling, Verzuimregels.Signaal signaal,
                                       List<Verzuimdag> alleDagen, Uureenheid eenheid, Binnenkomst binnenkomst) {
        boolean alleLessen = alleDagen.stream().filter(d -> inPeriode(d.getDatum(), signaal.van(), signaal.tot()))
                .allMatch(Verzuimdag::isAlleLessenGemist);
        Verzuimmelding m = meldingen.save(new Verzuimmelding(leerling.dossierNummer(), signaal, alleLessen,
                leerling.zorgcoordinator(), nu()));
        m.inEenheid(eenheid);
        // The norm of 5 werkdagen counts from the day the threshold was reached: the report's end date.
        Verzuimproces.Gestart gestart = proces.start(leerling, m.getId(), signaal.soort().name(),
                signaal.soort().omschrijving(), signaal.tot());
        m.gestart(gestart.procesInstantieId(), gestart.deadline());
        // The report goes to the gemeente where the pupil lives: without an address the school is asked for it now,
        // within the norm, so the report reaches the right gemeente the first time.
        dossiers.woonadresNodig(leerling.dossierNummer());
        // Absence that reached EenPlan after the norm: the report is late from the start, and says why.
        if (binnenkomst != null && gestart.deadline() != null) {
            String oorzaak = binnenkomst.teLaat(signaal.van(), signaal.tot(), LocalDate.ofInstant(gestart.deadline(), NL));
            if (oorzaak != null) {
                m.laatBinnengekomen(oorzaak);
            }
        }
        return m;
    }

    /**
     * Every day a lesdag of the pupil's school (its region's calendar plus its own days), and no more hours than the
     * school's lessons that day (its lesrooster, or the default of the onderwijssoort).
     */
    private void controleer(VerzuimRegistratie invoer, List<Verzuimmelding> eerder, EigenKalender school,
                            Lesrooster rooster) {
        List<Veldfout> fouten = fouten(invoer, eerder, school, rooster);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    /** The mistakes {@link #controleer} refuses, per field; empty when every day is right. */
    private List<Veldfout> fouten(VerzuimRegistratie invoer, List<Verzuimmelding> eerder, EigenKalender school,
                                  Lesrooster rooster) {
        LocalDate vandaag = LocalDate.ofInstant(nu(), NL);
        List<Veldfout> fouten = new ArrayList<>();
        Set<LocalDate> gezien = new HashSet<>();
        for (int i = 0; i < invoer.dagen().size(); i++) {
            LocalDate datum = invoer.dagen().get(i).datum();
            String veld = "dagen[" + i + "].datum";
            if (datum.isAfter(vandaag)) {
                fouten.add(new Veldfout(veld, "De datum ligt in de toekomst; registreer verzuim als het geweest is."));
            } else if (datum.isBefore(kalender.bekendVan()) || datum.isAfter(kalender.bekendTot())) {
                fouten.add(new Veldfout(veld, "EenPlan kent de schoolkalender van " + DATUM.format(kalender.bekendVan())
                        + " tot en met " + DATUM.format(kalender.bekendTot()) + "; deze datum valt daarbuiten."));
            } else if (!kalender.isLesdag(datum, school)) {
                fouten.add(new Veldfout(veld, geenLesdag(datum, school)));
            } else if (!rooster.past(datum, invoer.dagen().get(i).uren())) {
                fouten.add(new Veldfout("dagen[" + i + "].uren", "Op " + DATUM.format(datum) + " heeft de school "
                        + uren(rooster.lessenOp(datum)) + " " + rooster.eenheid().woord() + " les ("
                        + (rooster.eigen() ? "lesrooster van de school" : "standaard voor deze onderwijssoort")
                        + "); registreer hoogstens zoveel uur verzuim."));
            } else if (!gezien.add(datum)) {
                fouten.add(new Veldfout(veld, "Deze datum staat twee keer in de registratie."));
            } else {
                eerder.stream()
                        .filter(m -> m.getStatus() != Verzuimmelding.Status.INGETROKKEN)
                        .filter(m -> inPeriode(datum, m.getStartdatum(), m.totNuToe()))
                        .findFirst()
                        .ifPresent(m -> fouten.add(new Veldfout(veld, "Deze dag valt in verzuimmelding " + m.getId()
                                + " (" + inWoorden(m.getStatus()) + ") en kan niet meer worden gewijzigd; trek die melding eerst in.")));
            }
        }
        return fouten;
    }

    /**
     * The unit the pupil's school counts hours in (lesuur or klokuur): shown with the registration and fixed in a
     * report's facts when it is made. No conversion: DUO's 16 uur are hours of the school's own lessons (Uureenheid).
     */
    private Uureenheid eenheid(Leerlingidentiteit leerling) {
        return scholen.lesrooster(leerling.schoolBrin(), leerling.onderwijssoort()).eenheid();
    }

    /** The pupil's school's lesdagen, where leerplicht starts (Leerplichtwet 1969 art. 3 lid 1: the first schooldag). */
    private Leerplichtigheid.Schooldagen schooldagen(Leerlingidentiteit leerling) {
        return new Verzuimregels(kalender, scholen.kalender(leerling.schoolBrin())).schooldagen();
    }

    /** "2 november 2026 is geen lesdag (studiedag (eigen kalender van de school))." */
    private String geenLesdag(LocalDate dag, EigenKalender school) {
        return DATUM.format(dag) + " is geen lesdag (" + kalender.waaromGeenLesdag(dag, school) + ").";
    }

    private void rondTaakAf(Verzuimmelding m, String besluit) {
        if (!proces.rondMeldenAf(m.getProcesInstantieId(), besluit)) {
            throw new NietMogelijkException("De verzuimmelding wacht niet meer op de school.");
        }
    }

    private Verzuimmelding concept(Long id, String handeling) {
        Verzuimmelding m = vind(id);
        if (m.getStatus() != Verzuimmelding.Status.CONCEPT) {
            throw new NietMogelijkException("Deze verzuimmelding is " + inWoorden(m.getStatus())
                    + "; " + handeling + " kan alleen bij een concept.");
        }
        return m;
    }

    private Verzuimmelding vind(Long id) {
        Verzuimmelding m = meldingen.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen verzuimmelding " + id + "."));
        // Named before the check: a refused attempt is in the pupil's inzage too.
        nl.eenplan.web.Audit.betreftDossier(m.getDossierNummer());
        dossiers.controleerToegang(m.getDossierNummer(), () -> new NietGevondenException("Er is geen verzuimmelding " + id + "."));
        return m;
    }

    private VerzuimOverzicht overzicht(String nummer, List<Long> nieuw, String opmerking) {
        List<Verzuimdag> alleDagen = dagen.findByDossierNummerOrderByDatum(nummer);
        nl.eenplan.dossier.Routeringsgegevens r = dossiers.routeringsgegevens(nummer);
        return new VerzuimOverzicht(nummer, alleDagen.stream().map(VerzuimdagView::van).toList(),
                meldingen.findByDossierNummerOrderById(nummer).stream().map(m -> view(m, alleDagen)).toList(),
                thuiszitters.findByDossierNummerOrderBySinds(nummer).stream().map(ThuiszitterView::van).toList(), nieuw,
                opmerking, scholen.lesrooster(r.schoolBrin(), r.onderwijssoort()).eenheid());
    }

    private VerzuimmeldingView view(Verzuimmelding m) {
        return view(m, dagen.findByDossierNummerOrderByDatum(m.getDossierNummer()));
    }

    private VerzuimmeldingView view(Verzuimmelding m, List<Verzuimdag> alleDagen) {
        List<VerzuimdagView> inMelding = alleDagen.stream()
                .filter(d -> inPeriode(d.getDatum(), m.getStartdatum(), m.getEinddatum()))
                .map(VerzuimdagView::van).toList();
        LeerplichtEscalatie.Status status = m.getEscalatieId() == null ? null
                : leerplicht.status(m.getEscalatieId());
        return VerzuimmeldingView.van(m, inMelding, status);
    }

    private static String feiten(Verzuimmelding m) {
        String reden = m.getVermoedelijkeReden() == null || m.getVermoedelijkeReden().isBlank()
                ? "niet ingevuld (na de termijn door EenPlan verstuurd)" : m.getVermoedelijkeReden();
        String periode = m.isOpen()
                ? " verzuim sinds " + DATUM.format(m.getStartdatum()) + " tot en met " + DATUM.format(m.getDrempeldatum())
                        + ", elke lesdag; open tot de leerling terug is (de school meldt de terugkeer)"
                : " verzuim van " + DATUM.format(m.getStartdatum()) + " tot en met " + DATUM.format(m.getEinddatum());
        String duo = m.getDuoKenmerk() == null ? ""
                : " Ingediend in het verzuimregister van DUO op " + DATUM.format(m.getIngediendBijDuoOp())
                        + ", kenmerk " + m.getDuoKenmerk() + ".";
        return m.getSoort().omschrijving() + ": " + uren(m.getUren()) + " " + eenheidVoor(m) + periode
                + (m.isAlleLessenGemist() ? ", alle lessen gemist" : "") + ". Vermoedelijke reden: " + reden + "."
                + (m.getTeLaatOorzaak() == null ? "" : " Te laat: " + m.getTeLaatOorzaak() + ".") + duo;
    }

    /** "lesuur", "klokuur"; "uur" for a report made before EenPlan knew the school's unit. */
    private static String eenheidVoor(Verzuimmelding m) {
        return m.getUureenheid() == null ? "uur" : m.getUureenheid().woord();
    }

    /** A date as Dutch users read it: 2 november 2026. */
    static String datum(LocalDate dag) {
        return DATUM.format(dag);
    }

    private static String uren(BigDecimal uren) {
        return uren.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** {@code tot} null: open (an LRV until the return). */
    private static boolean inPeriode(LocalDate dag, LocalDate van, LocalDate tot) {
        return !dag.isBefore(van) && (tot == null || !dag.isAfter(tot));
    }

    /** Engine time, so the scenario tests' clock applies here too. */
    private Instant nu() {
        return clock.instant();
    }
}
