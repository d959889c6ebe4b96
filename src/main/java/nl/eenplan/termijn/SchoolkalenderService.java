package nl.eenplan.termijn;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.security.Toegang;
import nl.eenplan.transactie.PerTransactie;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's own calendar and lesrooster (issue #22, "the school's own calendar"): what the school enters on top of
 * its region's calendar, and the answer every count of a pupil's lesdagen asks for ({@link #kalender}: hand it to
 * {@link Schoolkalender#isLesdag(LocalDate, EigenKalender)}). Read and changed by the school's own staff only.
 */
@Service
@Transactional
public class SchoolkalenderService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));
    /** A school day has at most 12 hours of lessons, whatever the unit. */
    static final int HOOGSTENS_MINUTEN_PER_DAG = 12 * 60;

    private final KalenderperiodeRepository periodes;
    private final SchoolLesroosterRepository roosters;
    private final Schoolkalender kalender;
    private final SchoolService scholen;
    private final Toegang toegang;
    private final Clock clock;
    /** Who counts on the school's lesdagen (verzuim); lazy, as they depend on this service themselves. */
    private final ObjectProvider<Kalenderwijziging> gevolgen;
    private final PerTransactie<String, EigenKalender> kalenders = new PerTransactie<>();

    SchoolkalenderService(KalenderperiodeRepository periodes, SchoolLesroosterRepository roosters,
                          Schoolkalender kalender, SchoolService scholen, Toegang toegang, Clock clock,
                          ObjectProvider<Kalenderwijziging> gevolgen) {
        this.gevolgen = gevolgen;
        this.periodes = periodes;
        this.roosters = roosters;
        this.kalender = kalender;
        this.scholen = scholen;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * The school's calendar: its region and its own periods. For the rules; no access check (the caller made one).
     * Remembered for the rest of the transaction: a class upload's block computes the deadlines of 50 pupils of one
     * school, and read the same periods again for each (13% of the upload's CPU, issue #25). A change of the periods
     * forgets it ({@link #herzie}).
     */
    @Transactional(readOnly = true)
    public EigenKalender kalender(String brin) {
        return kalenders.geef(brin, b -> new EigenKalender(b, scholen.haalOp(b).regio(),
                periodes.findByBrinOrderByVan(b).stream().map(Kalenderperiode::alsPeriode).toList()));
    }

    /** The school's lesrooster, or else the default for the pupil's onderwijssoort. */
    @Transactional(readOnly = true)
    public Lesrooster lesrooster(String brin, Onderwijssoort soort) {
        return roosters.findById(brin).map(SchoolLesrooster::alsLesrooster).orElseGet(() -> Lesrooster.standaard(soort));
    }

    @Transactional(readOnly = true)
    public KalenderView overzicht(String brin) {
        Regio regio = vanDeSchool(brin);
        List<KalenderView.VakantieView> vakanties = kalender.vakanties(regio).stream()
                .map(KalenderView.VakantieView::van).toList();
        Map<Onderwijssoort, KalenderView.LesroosterView> standaard = new EnumMap<>(Onderwijssoort.class);
        for (Onderwijssoort s : Onderwijssoort.values()) {
            standaard.put(s, KalenderView.LesroosterView.van(Lesrooster.standaard(s)));
        }
        List<String> voorlopig = vakanties.stream().filter(v -> v.status().equals("voorlopig"))
                .map(v -> v.naam() + " " + DATUM.format(v.van()) + " tot en met " + DATUM.format(v.tot())).toList();
        String opmerking = voorlopig.isEmpty() ? null : "Voorlopig (nog niet nagekeken tegen de officiële open data "
                + "van de Rijksoverheid; EenPlan rekent er wel mee): " + String.join("; ", voorlopig) + ".";
        return new KalenderView(brin, regio, vakanties, periodes.findByBrinOrderByVan(brin).stream()
                .map(KalenderView.PeriodeView::van).toList(),
                roosters.findById(brin).map(r -> KalenderView.LesroosterView.van(r.alsLesrooster())).orElse(null),
                standaard, opmerking);
    }

    /**
     * Records a period of the school's own calendar; it may not overlap another one of the school. Absence already
     * registered on days that are no lesdagen any more is re-evaluated ({@link Kalenderwijziging}); the answer says how
     * many registered days that were.
     */
    public KalenderView.PeriodeView legVast(String brin, NieuwePeriode invoer, String door) {
        vanDeSchool(brin);
        LocalDate tot = invoer.tot() == null ? invoer.van() : invoer.tot();
        List<Veldfout> fouten = new ArrayList<>();
        if (tot.isBefore(invoer.van())) {
            fouten.add(new Veldfout("tot", "De laatste dag ligt vóór de eerste dag."));
        }
        binnenKalender("van", invoer.van(), fouten);
        if (invoer.tot() != null) {
            binnenKalender("tot", tot, fouten);
        }
        if (fouten.isEmpty()) {
            periodes.findByBrinOrderByVan(brin).stream()
                    .filter(p -> !p.getTot().isBefore(invoer.van()) && !p.getVan().isAfter(tot)).findFirst()
                    .ifPresent(p -> fouten.add(new Veldfout("van", "Deze periode overlapt met '" + p.getReden()
                            + "' (" + DATUM.format(p.getVan()) + " tot en met " + DATUM.format(p.getTot())
                            + "); verwijder die eerst of kies andere dagen.")));
        }
        if (fouten.isEmpty() && !heeftWeekdag(invoer.van(), tot)) {
            fouten.add(new Veldfout("van", "De periode heeft geen dag van maandag tot en met vrijdag."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        EigenKalender voor = kalender(brin);
        Kalenderperiode periode = periodes.save(new Kalenderperiode(brin, invoer.soort(), invoer.van(), tot,
                invoer.reden().strip(), door, clock.instant()));
        Kalenderwijziging.Gevolg gevolg = herzie(brin, voor, invoer.van(), tot);
        return KalenderView.PeriodeView.van(periode, gevolg);
    }

    /**
     * Removes a period: its days are the region's again. Absence registered on days that are lesdagen again (kept from
     * before the period) counts again; the answer says how many registered days that were.
     */
    public Kalenderwijziging.Gevolg verwijder(String brin, Long id) {
        vanDeSchool(brin);
        Kalenderperiode p = periodes.findById(id).filter(k -> k.getBrin().equals(brin))
                .orElseThrow(() -> new NietGevondenException("De kalender van school " + brin
                        + " heeft geen periode " + id + "."));
        EigenKalender voor = kalender(brin);
        periodes.delete(p);
        periodes.flush();
        return herzie(brin, voor, p.getVan(), p.getTot());
    }

    /** Tells every capability that counts on the school's lesdagen; adds up what they did. */
    private Kalenderwijziging.Gevolg herzie(String brin, EigenKalender voor, LocalDate van, LocalDate tot) {
        kalenders.vergeet(brin);
        EigenKalender na = kalender(brin);
        int dagen = 0;
        List<String> opmerkingen = new ArrayList<>();
        for (Kalenderwijziging k : gevolgen.orderedStream().toList()) {
            Kalenderwijziging.Gevolg g = k.kalenderGewijzigd(brin, voor, na, van, tot);
            dagen += g.geraakteVerzuimdagen();
            if (g.opmerking() != null) {
                opmerkingen.add(g.opmerking());
            }
        }
        return new Kalenderwijziging.Gevolg(dagen, opmerkingen.isEmpty() ? null : String.join(" ", opmerkingen));
    }

    /** Sets the school's own lesrooster: the unit, the length of a lesuur (lesuren only), lessons per weekday. */
    public KalenderView.LesroosterView stelLesroosterIn(String brin, NieuwLesrooster invoer, String door) {
        vanDeSchool(brin);
        List<Veldfout> fouten = new ArrayList<>();
        if (invoer.eenheid() == Uureenheid.LESUUR && invoer.lesuurMinuten() == null) {
            fouten.add(new Veldfout("lesuurMinuten", "Vul de lengte van een lesuur in minuten in, bijvoorbeeld 50."));
        }
        if (invoer.eenheid() == Uureenheid.KLOKUUR && invoer.lesuurMinuten() != null) {
            fouten.add(new Veldfout("lesuurMinuten", "Een klokuur duurt 60 minuten; laat de lengte van een lesuur "
                    + "leeg."));
        }
        int minuten = invoer.eenheid() == Uureenheid.LESUUR && invoer.lesuurMinuten() != null
                ? invoer.lesuurMinuten() : 60;
        NieuwLesrooster.Lessen l = invoer.lessen();
        String[] namen = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
        BigDecimal[] waarden = {l.maandag(), l.dinsdag(), l.woensdag(), l.donderdag(), l.vrijdag()};
        for (int i = 0; i < namen.length; i++) {
            if (waarden[i].multiply(BigDecimal.valueOf(minuten)).compareTo(BigDecimal.valueOf(HOOGSTENS_MINUTEN_PER_DAG))
                    > 0) {
                fouten.add(new Veldfout("lessen." + namen[i], "Dat is meer dan 12 uur les op één dag ("
                        + waarden[i].stripTrailingZeros().toPlainString() + " × " + minuten + " minuten)."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        SchoolLesrooster rooster = roosters.findById(brin).orElseGet(() -> new SchoolLesrooster(brin));
        rooster.stelIn(invoer, door, clock.instant());
        return KalenderView.LesroosterView.van(roosters.save(rooster).alsLesrooster());
    }

    /** Back to the default of each pupil's onderwijssoort. */
    public void verwijderLesrooster(String brin) {
        vanDeSchool(brin);
        roosters.findById(brin).ifPresent(roosters::delete);
    }

    /** The school exists and the user is one of its staff (or an administrator); to anyone else it does not exist. */
    private Regio vanDeSchool(String brin) {
        toegang.controleerSchool(brin, () -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin
                + "."));
        return scholen.haalOp(brin).regio();
    }

    private void binnenKalender(String veld, LocalDate dag, List<Veldfout> fouten) {
        if (dag.isBefore(kalender.bekendVan()) || dag.isAfter(kalender.bekendTot())) {
            fouten.add(new Veldfout(veld, "EenPlan kent de schoolkalender van " + DATUM.format(kalender.bekendVan())
                    + " tot en met " + DATUM.format(kalender.bekendTot()) + "; deze datum valt daarbuiten."));
        }
    }

    private static boolean heeftWeekdag(LocalDate van, LocalDate tot) {
        for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                return true;
            }
        }
        return false;
    }
}
