package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.eenplan.dossier.Regio;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.termijn.Schoolkalender;

/**
 * The Leerplichtwet's reporting rules applied to the absence a school registered for one pupil
 * (domain.md, section 5). Pure: same days in, same signals out; the calendar is the school's region.
 * <ul>
 *   <li><b>Relatief verzuim</b>: 16 hours or more of ongeoorloofd absence within 4 consecutive lesweken
 *       (school holidays do not count). Start = first absence day, end = the day 16 hours is reached;
 *       counting starts again the day after a report that was made and not withdrawn (domain.md section 5:
 *       DUO counts from the last report in its register; a withdrawn report is not there); a new report ends
 *       at least 7 calendar days after the previous one, so a pupil absent without a break is reported at most
 *       once per 7 days. A withdrawn report is not made again for the same days, but its hours keep counting.</li>
 *   <li><b>Thuiszitter</b>: not at school at all (every lesson missed) on every lesdag for 4 lesweken.</li>
 *   <li><b>Langdurig relatief verzuim</b>: ongeoorloofd absence on every lesdag for more than 4 lesweken,
 *       when not already reported as a thuiszitter.</li>
 *   <li><b>Luxe verzuim</b>: each run of consecutive luxe days, at once.</li>
 * </ul>
 * Only days on which the pupil is leerplichtig or kwalificatieplichtig count ({@link Leerplichtigheid}:
 * Leerplichtwet 1969 art. 2, 3 and 4a): not before the month after the 5th birthday, not from the 18th
 * birthday, and not after the school year of the 16th birthday for a pupil with a startkwalificatie.
 */
final class Verzuimregels {

    static final BigDecimal GRENS_UREN = new BigDecimal("16");
    /** 4 lesweken of 5 school-week days each. */
    static final int VIER_LESWEKEN = 20;
    static final int HERHAAL_NA_DAGEN = 7;

    /** One registered day of absence. */
    record Dag(LocalDate datum, BigDecimal uren, Verzuimsoort soort, boolean alleLessenGemist) {
    }

    /** A report made before (draft, sent or withdrawn): its kind, period and whether it was withdrawn. */
    record EerdereMelding(Meldingsoort soort, LocalDate van, LocalDate tot, boolean ingetrokken) {

        EerdereMelding(Meldingsoort soort, LocalDate van, LocalDate tot) {
            this(soort, van, tot, false);
        }

        boolean overlapt(LocalDate begin, LocalDate eind) {
            return !tot.isBefore(begin) && !van.isAfter(eind);
        }
    }

    /** A report the rules call for: kind, period, hours. */
    record Signaal(Meldingsoort soort, LocalDate van, LocalDate tot, BigDecimal uren) {
    }

    private final Schoolkalender kalender;
    private final Regio regio;

    Verzuimregels(Schoolkalender kalender, Regio regio) {
        this.kalender = kalender;
        this.regio = regio;
    }

    /** The reports the registered days call for that were not made before, in order of their end date. */
    List<Signaal> toets(List<Dag> geregistreerd, List<EerdereMelding> eerder, LocalDate geboortedatum) {
        return toets(geregistreerd, eerder, geboortedatum, false);
    }

    /** As above, for a pupil with or without a startkwalificatie. */
    List<Signaal> toets(List<Dag> geregistreerd, List<EerdereMelding> eerder, LocalDate geboortedatum,
                        boolean startkwalificatie) {
        List<Dag> dagen = geregistreerd.stream()
                .filter(d -> Leerplichtigheid.op(geboortedatum, startkwalificatie, d.datum()).plichtig())
                .sorted(Comparator.comparing(Dag::datum)).toList();
        List<Signaal> signalen = new ArrayList<>(relatief(dagen, eerder));
        List<Signaal> thuiszitter = reeksen(dagen, Dag::alleLessenGemist, VIER_LESWEKEN, Meldingsoort.THUISZITTER,
                eerder, List.of());
        signalen.addAll(thuiszitter);
        List<EerdereMelding> alsThuiszitter = new ArrayList<>(eerder.stream()
                .filter(m -> m.soort() == Meldingsoort.THUISZITTER).toList());
        thuiszitter.forEach(s -> alsThuiszitter.add(new EerdereMelding(s.soort(), s.van(), s.tot())));
        signalen.addAll(reeksen(dagen, d -> d.soort() == Verzuimsoort.ONGEOORLOOFD, VIER_LESWEKEN + 1,
                Meldingsoort.LANGDURIG_RELATIEF, eerder, alsThuiszitter));
        signalen.addAll(luxe(dagen, eerder));
        signalen.sort(Comparator.comparing(Signaal::tot).thenComparing(Signaal::soort));
        return signalen;
    }

    private List<Signaal> relatief(List<Dag> dagen, List<EerdereMelding> eerder) {
        List<Dag> ongeoorloofd = dagen.stream().filter(d -> d.soort() == Verzuimsoort.ONGEOORLOOFD).toList();
        List<Signaal> signalen = new ArrayList<>();
        if (ongeoorloofd.isEmpty()) {
            return signalen;
        }
        // Counting restarts only after a report that stands (a draft or a sent one); a withdrawn one does not reset it.
        LocalDate vorigeEind = eerder.stream().filter(m -> m.soort() == Meldingsoort.RELATIEF && !m.ingetrokken())
                .map(EerdereMelding::tot).max(Comparator.naturalOrder()).orElse(null);
        // ... but what was withdrawn is not drafted again: no report ends on or before the last withdrawn one.
        LocalDate ingetrokkenTot = eerder.stream().filter(m -> m.soort() == Meldingsoort.RELATIEF && m.ingetrokken())
                .map(EerdereMelding::tot).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        LocalDate telVanaf = vorigeEind == null ? LocalDate.MIN : vorigeEind.plusDays(1);
        LocalDate eindNietVoor = vorigeEind == null ? LocalDate.MIN : vorigeEind.plusDays(HERHAAL_NA_DAGEN);
        LocalDate eersteDag = ongeoorloofd.get(0).datum();
        for (Dag eind : ongeoorloofd) {
            if (eind.datum().isBefore(eindNietVoor) || !eind.datum().isAfter(ingetrokkenTot)) {
                continue;
            }
            LocalDate venster = max(telVanaf, beginVierLesweken(eind.datum(), eersteDag));
            List<Dag> inVenster = ongeoorloofd.stream()
                    .filter(d -> !d.datum().isBefore(venster) && !d.datum().isAfter(eind.datum())).toList();
            BigDecimal uren = som(inVenster);
            if (uren.compareTo(GRENS_UREN) >= 0) {
                signalen.add(new Signaal(Meldingsoort.RELATIEF, inVenster.get(0).datum(), eind.datum(), uren));
                telVanaf = eind.datum().plusDays(1);
                eindNietVoor = eind.datum().plusDays(HERHAAL_NA_DAGEN);
            }
        }
        return signalen;
    }

    /**
     * Runs of consecutive lesdagen whose days all match; a run reaching {@code lengte} school-week days
     * gives one signal ending on the day it got there, unless a report of this kind (or one in
     * {@code alGemeld}) already covers the run.
     */
    private List<Signaal> reeksen(List<Dag> dagen, Predicate<Dag> telt, int lengte, Meldingsoort soort,
                                  List<EerdereMelding> eerder, List<EerdereMelding> alGemeld) {
        List<Signaal> signalen = new ArrayList<>();
        for (List<Dag> reeks : aaneengesloten(dagen.stream().filter(telt).toList())) {
            LocalDate begin = reeks.get(0).datum();
            LocalDate eind = reeks.get(reeks.size() - 1).datum();
            boolean gemeld = eerder.stream().anyMatch(m -> m.soort() == soort && m.overlapt(begin, eind))
                    || alGemeld.stream().anyMatch(m -> m.overlapt(begin, eind));
            if (gemeld) {
                continue;
            }
            for (int i = 0; i < reeks.size(); i++) {
                if (schoolweekdagen(begin, reeks.get(i).datum()) >= lengte) {
                    signalen.add(new Signaal(soort, begin, reeks.get(i).datum(), som(reeks.subList(0, i + 1))));
                    break;
                }
            }
        }
        return signalen;
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
            if (!huidig.isEmpty() && lesdagTussen(huidig.get(huidig.size() - 1).datum(), dag.datum())) {
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

    private boolean lesdagTussen(LocalDate van, LocalDate tot) {
        for (LocalDate d = van.plusDays(1); d.isBefore(tot); d = d.plusDays(1)) {
            if (kalender.isLesdag(d, regio)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the 4 lesweken that end on {@code eind}, not before {@code ondergrens}. */
    private LocalDate beginVierLesweken(LocalDate eind, LocalDate ondergrens) {
        int geteld = kalender.isSchoolweekdag(eind, regio) ? 1 : 0;
        LocalDate d = eind;
        while (geteld < VIER_LESWEKEN && d.isAfter(ondergrens)) {
            d = d.minusDays(1);
            if (kalender.isSchoolweekdag(d, regio)) {
                geteld++;
            }
        }
        return d;
    }

    private int schoolweekdagen(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            if (kalender.isSchoolweekdag(d, regio)) {
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
