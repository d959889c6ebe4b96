package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.eenplan.dossier.Regio;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.Schoolkalender;

/**
 * The reporting rules of the Leerplichtwet and DUO's verzuimregister applied to the absence a school registered for
 * one pupil (domain.md, section 5; docs/leerplicht.md, "Soorten meldingen"). Pure: same days in, same signals out;
 * the calendar is the school's own (its region's plus its own days, {@link EigenKalender}). Each rule lives here once:
 * <ul>
 *   <li><b>16 uur verzuim</b> (Leerplichtwet 1969 art. 21a; duo.nl "Soorten verzuim", 16 uur in 4 weken): 16 hours
 *       or more of ongeoorloofd absence within 4 consecutive lesweken (school holidays do not count). Start = first
 *       absence day, end = the day 16 hours is reached; counting starts again the day after a report that was made
 *       and not withdrawn (a withdrawn report is not in DUO's register); a new report ends at least 7 calendar days
 *       after the previous one (DUO: "1 melding per 7 kalenderdagen" for continuous absence). A withdrawn report is
 *       not made again for the same days, but its hours keep counting.</li>
 *   <li><b>Herhaalmeldingen</b> (DUO's verzuimhulp): at most {@code maxHerhalingen} (default 4) repeat 16-uur
 *       reports of one continuing absence; the next one is a langdurig relatief verzuim report instead. <i>One
 *       continuing absence</i>: consecutive 16-uur reports with no lesdag without registered ongeoorloofd absence
 *       between the end of one and the start of the next (a closed LRV ends it too).</li>
 *   <li><b>Langdurig relatief verzuim</b> (duo.nl "Soorten verzuim": longer than 4 weeks ongeoorloofd away): whole
 *       days (every lesson missed) of ongeoorloofd absence on every lesdag for more than 4 lesweken (21 school-week
 *       days; a public holiday does not break the run, a lesdag without such a day does, and so does a luxe day).
 *       A pupil missing some hours every day is not LRV. The report is open (no end date) until the school records
 *       the return; while open, no 16-uur report is made for days inside it; after it counting starts again.</li>
 *   <li><b>Luxe verzuim</b> (art. 13a, no leave): each run of consecutive luxe days, at once.</li>
 *   <li><b>RMC-verzuim</b> (WEB art. 8.3.1; duo.nl: 16 uur in 4 weken for 18 and older "is niet verplicht, maar
 *       veel gemeenten hebben een afspraak"): the 16-hour arithmetic on the days a pupil is 18 to 23 without a
 *       startkwalificatie, when the installation reports them ({@code rmcMelden}, default on: it protects the pupil
 *       against dropping out). At most {@code maxHerhalingen} repeats of one continuing absence; no LRV (a
 *       leerplicht type).</li>
 *   <li><b>Thuiszitter</b> ({@link #thuiszitters}): a signal, not a DUO report: more than 4 lesweken without
 *       education, the same run of whole days as LRV; luxe days do not make a thuiszitter.</li>
 * </ul>
 * Leerplicht types count only days on which the pupil is leerplichtig or kwalificatieplichtig ({@link
 * Leerplichtigheid}: Leerplichtwet 1969 art. 2, 3 and 4a); RMC only the days the pupil is RMC's.
 */
final class Verzuimregels {

    static final BigDecimal GRENS_UREN = new BigDecimal("16");
    /** 4 lesweken of 5 school-week days each. */
    static final int VIER_LESWEKEN = 20;
    /** More than 4 lesweken: the 21st school-week day. */
    static final int MEER_DAN_VIER_LESWEKEN = VIER_LESWEKEN + 1;
    static final int HERHAAL_NA_DAGEN = 7;
    /** DUO's verzuimhulp: at most 4 repeat reports of one continuing absence. */
    static final int MAX_HERHALINGEN = 4;

    /** One registered day of absence. */
    record Dag(LocalDate datum, BigDecimal uren, Verzuimsoort soort, boolean alleLessenGemist) {
    }

    /**
     * A report made before (draft, sent or withdrawn): its kind, period and whether it was withdrawn. {@code tot} is
     * null for an open LRV; {@code drempel} is the day its threshold was reached (for most kinds its end).
     */
    record EerdereMelding(Meldingsoort soort, LocalDate van, LocalDate tot, LocalDate drempel, boolean ingetrokken) {

        EerdereMelding(Meldingsoort soort, LocalDate van, LocalDate tot) {
            this(soort, van, tot, tot, false);
        }

        EerdereMelding(Meldingsoort soort, LocalDate van, LocalDate tot, boolean ingetrokken) {
            this(soort, van, tot, tot, ingetrokken);
        }

        boolean open() {
            return tot == null;
        }

        boolean overlapt(LocalDate begin, LocalDate eind) {
            return (tot == null || !tot.isBefore(begin)) && !van.isAfter(eind);
        }

        boolean bevat(LocalDate dag) {
            return overlapt(dag, dag);
        }
    }

    /** A report the rules call for: kind, period, hours. For an LRV {@code tot} is the day the rule held. */
    record Signaal(Meldingsoort soort, LocalDate van, LocalDate tot, BigDecimal uren) {
    }

    /** A thuiszitter signal the rules call for: since when, and the day the rule held. */
    record Thuiszitten(LocalDate sinds, LocalDate vastgesteldOp) {
    }

    /** A thuiszitter signal recorded before: since, until (null while open). */
    record EerderThuiszitten(LocalDate sinds, LocalDate tot) {

        boolean overlapt(LocalDate begin, LocalDate eind) {
            return (tot == null || !tot.isBefore(begin)) && !sinds.isAfter(eind);
        }
    }

    private final Schoolkalender kalender;
    /** The pupil's school: lesdagen and lesweken are the school's (region plus its own days). */
    private final EigenKalender school;
    private final int maxHerhalingen;
    private final boolean rmcMelden;

    Verzuimregels(Schoolkalender kalender, Regio regio) {
        this(kalender, EigenKalender.vanRegio(regio), MAX_HERHALINGEN, true);
    }

    Verzuimregels(Schoolkalender kalender, Regio regio, int maxHerhalingen, boolean rmcMelden) {
        this(kalender, EigenKalender.vanRegio(regio), maxHerhalingen, rmcMelden);
    }

    Verzuimregels(Schoolkalender kalender, EigenKalender school) {
        this(kalender, school, MAX_HERHALINGEN, true);
    }

    Verzuimregels(Schoolkalender kalender, EigenKalender school, int maxHerhalingen, boolean rmcMelden) {
        this.kalender = kalender;
        this.school = school;
        this.maxHerhalingen = maxHerhalingen;
        this.rmcMelden = rmcMelden;
    }

    /** The reports the registered days call for that were not made before, in order of their end date. */
    List<Signaal> toets(List<Dag> geregistreerd, List<EerdereMelding> eerder, LocalDate geboortedatum) {
        return toets(geregistreerd, eerder, geboortedatum, false);
    }

    /** As above, for a pupil with or without a startkwalificatie. */
    List<Signaal> toets(List<Dag> geregistreerd, List<EerdereMelding> eerder, LocalDate geboortedatum,
                        boolean startkwalificatie) {
        List<Dag> plichtig = metStatus(geregistreerd, geboortedatum, startkwalificatie, true);
        List<Signaal> signalen = new ArrayList<>(zestienUur(plichtig, Meldingsoort.ZESTIEN_UUR, eerder, true));
        signalen.addAll(luxe(plichtig, eerder));
        if (rmcMelden) {
            signalen.addAll(zestienUur(metStatus(geregistreerd, geboortedatum, startkwalificatie, false),
                    Meldingsoort.RMC, eerder, false));
        }
        signalen.sort(Comparator.comparing(Signaal::tot).thenComparing(Signaal::soort));
        return signalen;
    }

    /**
     * Thuiszitter (a signal, not a DUO report): whole days of ongeoorloofd absence on every lesdag for more than
     * 4 lesweken, on days the pupil is leerplichtig or kwalificatieplichtig; luxe days do not count and break the
     * run. One signal per run: none while a signal recorded before overlaps it.
     */
    List<Thuiszitten> thuiszitters(List<Dag> geregistreerd, List<EerderThuiszitten> eerder, LocalDate geboortedatum,
                                   boolean startkwalificatie) {
        List<Thuiszitten> nieuw = new ArrayList<>();
        List<Dag> heleDagen = metStatus(geregistreerd, geboortedatum, startkwalificatie, true).stream()
                .filter(Verzuimregels::heleDagOngeoorloofd).toList();
        for (List<Dag> reeks : aaneengesloten(heleDagen)) {
            LocalDate begin = reeks.get(0).datum();
            LocalDate eind = reeks.get(reeks.size() - 1).datum();
            if (eerder.stream().anyMatch(t -> t.overlapt(begin, eind))) {
                continue;
            }
            reeks.stream().map(Dag::datum).filter(d -> schoolweekdagen(begin, d) >= MEER_DAN_VIER_LESWEKEN)
                    .findFirst().ifPresent(d -> nieuw.add(new Thuiszitten(begin, d)));
        }
        return nieuw;
    }

    /**
     * Days on which the pupil is leerplichtig or kwalificatieplichtig ({@code plichtig}), or else RMC's; sorted. Only
     * lesdagen of the school count: a day the school later made free (its own holiday or study day, after the absence
     * was registered) stops counting, and counts again when the school removes that period. Leerplicht starts on the
     * school's first lesdag of the month (Leerplichtwet 1969 art. 3 lid 1).
     */
    private List<Dag> metStatus(List<Dag> dagen, LocalDate geboortedatum, boolean startkwalificatie,
                                boolean plichtig) {
        return dagen.stream().filter(d -> kalender.isLesdag(d.datum(), school)).filter(d -> {
            Leerplichtigheid.Status status = Leerplichtigheid.op(geboortedatum, startkwalificatie, d.datum(),
                    schooldagen());
            return plichtig ? status.plichtig() : status == Leerplichtigheid.Status.RMC;
        }).sorted(Comparator.comparing(Dag::datum)).toList();
    }

    /** The school's lesdagen as the start of leerplicht asks for them. */
    Leerplichtigheid.Schooldagen schooldagen() {
        return dag -> kalender.eersteLesdagVanaf(dag, school).orElse(null);
    }

    private static boolean heleDagOngeoorloofd(Dag d) {
        return d.soort() == Verzuimsoort.ONGEOORLOOFD && d.alleLessenGemist();
    }

    /** A run of 16-uur reports of one continuing absence: its first day, how many reports, the last one's end. */
    private record Keten(LocalDate begin, int aantal, LocalDate laatsteTot) {
    }

    /**
     * 16 uur (or RMC) reports in order, with the repeat limit; with {@code langdurig} also the LRV rule and the LRV
     * that replaces a repeat beyond the limit. One pass over the days, so registering day by day or all at once
     * gives the same reports.
     */
    private List<Signaal> zestienUur(List<Dag> dagen, Meldingsoort soort, List<EerdereMelding> eerder,
                                     boolean langdurig) {
        List<Dag> ongeoorloofd = dagen.stream().filter(d -> d.soort() == Verzuimsoort.ONGEOORLOOFD).toList();
        List<Signaal> signalen = new ArrayList<>();
        if (ongeoorloofd.isEmpty()) {
            return signalen;
        }
        Set<LocalDate> verzuimd = new HashSet<>();
        ongeoorloofd.forEach(d -> verzuimd.add(d.datum()));
        // LRVs that stand (drafted or sent, open or closed) and every LRV ever made (not drafted again).
        List<EerdereMelding> lrvs = new ArrayList<>(langdurig ? eerder.stream()
                .filter(m -> m.soort() == Meldingsoort.LANGDURIG_RELATIEF && !m.ingetrokken()).toList() : List.of());
        List<EerdereMelding> alleLrvs = new ArrayList<>(langdurig ? eerder.stream()
                .filter(m -> m.soort() == Meldingsoort.LANGDURIG_RELATIEF).toList() : List.of());

        List<EerdereMelding> gemaakt = eerder.stream().filter(m -> m.soort() == soort && !m.ingetrokken())
                .sorted(Comparator.comparing(EerdereMelding::tot)).toList();
        // Counting restarts only after a report that stands (a draft or a sent one); a withdrawn one does not reset it.
        LocalDate vorigeEind = gemaakt.isEmpty() ? null : gemaakt.get(gemaakt.size() - 1).tot();
        // ... but what was withdrawn is not drafted again: no report ends on or before the last withdrawn one.
        LocalDate ingetrokkenTot = eerder.stream().filter(m -> m.soort() == soort && m.ingetrokken())
                .map(EerdereMelding::tot).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        LocalDate telVanaf = vorigeEind == null ? LocalDate.MIN : vorigeEind.plusDays(1);
        LocalDate eindNietVoor = vorigeEind == null ? LocalDate.MIN : vorigeEind.plusDays(HERHAAL_NA_DAGEN);
        Keten keten = null;
        for (EerdereMelding m : gemaakt) {
            keten = volgt(keten, m.van(), lrvs, verzuimd) ? new Keten(keten.begin(), keten.aantal() + 1, m.tot())
                    : new Keten(m.van(), 1, m.tot());
        }
        LocalDate eersteDag = ongeoorloofd.get(0).datum();
        LocalDate reeksBegin = null;
        LocalDate vorigeHeleDag = null;
        for (Dag eind : ongeoorloofd) {
            LocalDate dag = eind.datum();
            if (lrvs.stream().anyMatch(l -> l.bevat(dag))) {
                // Inside an LRV: no 16-uur reports; a new run of whole days starts after it.
                reeksBegin = null;
                vorigeHeleDag = null;
                continue;
            }
            LocalDate naLrv = lrvs.stream().filter(l -> !l.open() && l.tot().isBefore(dag)).map(EerdereMelding::tot)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
            if (langdurig && heleDagOngeoorloofd(eind)) {
                if (vorigeHeleDag == null || lesdagTussen(vorigeHeleDag, dag, d -> false)) {
                    reeksBegin = dag;
                }
                vorigeHeleDag = dag;
                LocalDate begin = reeksBegin;
                if (schoolweekdagen(begin, dag) >= MEER_DAN_VIER_LESWEKEN
                        && alleLrvs.stream().noneMatch(l -> l.overlapt(begin, dag))) {
                    EerdereMelding lrv = langdurigVanaf(begin, dag, ongeoorloofd, signalen);
                    lrvs.add(lrv);
                    alleLrvs.add(lrv);
                    continue;
                }
            } else {
                reeksBegin = null;
                vorigeHeleDag = null;
            }
            if (dag.isBefore(eindNietVoor) || !dag.isAfter(ingetrokkenTot)) {
                continue;
            }
            LocalDate venster = max(max(telVanaf, naLrv.plusDays(1)), beginVierLesweken(dag, eersteDag));
            List<Dag> inVenster = ongeoorloofd.stream()
                    .filter(d -> !d.datum().isBefore(venster) && !d.datum().isAfter(dag)).toList();
            BigDecimal uren = som(inVenster);
            if (uren.compareTo(GRENS_UREN) < 0) {
                continue;
            }
            LocalDate van = inVenster.get(0).datum();
            boolean vervolg = keten != null && keten.laatsteTot().isAfter(naLrv) && volgt(keten, van, lrvs, verzuimd);
            if (vervolg && keten.aantal() > maxHerhalingen) {
                // DUO's verzuimhulp: at most maxHerhalingen repeats; then LRV (leerplicht) or nothing more (RMC).
                LocalDate begin = keten.begin();
                if (langdurig && alleLrvs.stream().noneMatch(l -> l.overlapt(venster, dag))) {
                    EerdereMelding lrv = langdurigVanaf(begin, dag, ongeoorloofd, signalen);
                    lrvs.add(lrv);
                    alleLrvs.add(lrv);
                }
                continue;
            }
            signalen.add(new Signaal(soort, van, dag, uren));
            keten = vervolg ? new Keten(keten.begin(), keten.aantal() + 1, dag) : new Keten(van, 1, dag);
            telVanaf = dag.plusDays(1);
            eindNietVoor = dag.plusDays(HERHAAL_NA_DAGEN);
        }
        return signalen;
    }

    /** An LRV from {@code begin}, the rule holding on {@code dag}: signalled, and open from now on. */
    private static EerdereMelding langdurigVanaf(LocalDate begin, LocalDate dag, List<Dag> ongeoorloofd,
                                                 List<Signaal> signalen) {
        signalen.add(new Signaal(Meldingsoort.LANGDURIG_RELATIEF, begin, dag, som(ongeoorloofd.stream()
                .filter(d -> !d.datum().isBefore(begin) && !d.datum().isAfter(dag)).toList())));
        return new EerdereMelding(Meldingsoort.LANGDURIG_RELATIEF, begin, null, dag, false);
    }

    /**
     * Whether a report starting on {@code van} continues the run of reports {@code keten}: no lesdag without
     * registered absence between the end of the last one and {@code van}, and no LRV in between.
     */
    private boolean volgt(Keten keten, LocalDate van, List<EerdereMelding> lrvs, Set<LocalDate> verzuimd) {
        return keten != null && keten.laatsteTot().isBefore(van)
                && !lesdagTussen(keten.laatsteTot(), van, verzuimd::contains)
                && lrvs.stream().noneMatch(l -> l.overlapt(keten.laatsteTot(), van));
    }

    private List<Signaal> luxe(List<Dag> dagen, List<EerdereMelding> eerder) {
        List<Signaal> signalen = new ArrayList<>();
        for (List<Dag> reeks : aaneengesloten(dagen.stream().filter(d -> d.soort() == Verzuimsoort.LUXE).toList())) {
            LocalDate begin = reeks.get(0).datum();
            LocalDate eind = reeks.get(reeks.size() - 1).datum();
            if (eerder.stream().noneMatch(m -> m.soort() == Meldingsoort.LUXE && m.overlapt(begin, eind))) {
                signalen.add(new Signaal(Meldingsoort.LUXE, begin, eind, som(reeks)));
            }
        }
        return signalen;
    }

    /** Splits days (sorted) into runs without a lesdag missing in between. */
    private List<List<Dag>> aaneengesloten(List<Dag> dagen) {
        List<List<Dag>> reeksen = new ArrayList<>();
        List<Dag> huidig = new ArrayList<>();
        for (Dag dag : dagen) {
            if (!huidig.isEmpty() && lesdagTussen(huidig.get(huidig.size() - 1).datum(), dag.datum(), d -> false)) {
                reeksen.add(huidig);
                huidig = new ArrayList<>();
            }
            huidig.add(dag);
        }
        if (!huidig.isEmpty()) {
            reeksen.add(huidig);
        }
        return reeksen;
    }

    /** Whether a lesdag lies strictly between the two days that is not {@code gedekt}. */
    private boolean lesdagTussen(LocalDate van, LocalDate tot, Predicate<LocalDate> gedekt) {
        for (LocalDate d = van.plusDays(1); d.isBefore(tot); d = d.plusDays(1)) {
            if (kalender.isLesdag(d, school) && !gedekt.test(d)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the 4 lesweken that end on {@code eind}, not before {@code ondergrens}. */
    private LocalDate beginVierLesweken(LocalDate eind, LocalDate ondergrens) {
        int geteld = kalender.isSchoolweekdag(eind, school) ? 1 : 0;
        LocalDate d = eind;
        while (geteld < VIER_LESWEKEN && d.isAfter(ondergrens)) {
            d = d.minusDays(1);
            if (kalender.isSchoolweekdag(d, school)) {
                geteld++;
            }
        }
        return d;
    }

    private int schoolweekdagen(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            if (kalender.isSchoolweekdag(d, school)) {
                n++;
            }
        }
        return n;
    }

    private static BigDecimal som(List<Dag> dagen) {
        return dagen.stream().map(Dag::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
