package nl.eenplan.verzuim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.Schoolkalender;

/**
 * When illness becomes worrying ("zorgwekkend ziekteverzuim") in the M@ZL approach (Meer Aandacht voor Ziekgemelde
 * Leerlingen, NCJ): "vier ziekmeldingen in twaalf weken of een zevende schooldag aaneengesloten". Then the school
 * talks with pupil and parents and may ask the jeugdarts; EenPlan signals the zorgcoördinator, and the jeugdarts only
 * with consent (AfwezigheidService, dossier.Gegevensstroom.JGZ_ZIEKTEVERZUIM), with dates and counts only. Pure; the thresholds are settings (eenplan.verzuim.mazl.*) since regions apply M@ZL
 * differently. The third M@ZL criterion ("bij zorg") is the school's own judgement, not a count.
 * <ul>
 *   <li><b>Aaneengesloten</b>: one ziekmelding reaches its {@code aaneengeslotenSchooldagen}-th lesdag (default 7);
 *       one signal per ziekmelding.</li>
 *   <li><b>Vaak</b>: the {@code ziekmeldingen}-th ziekmelding (default 4) that starts within {@code schoolweken}
 *       school weeks (default 12; holiday weeks do not count); then no new signal of this kind until a full window
 *       later.</li>
 * </ul>
 */
final class Ziekteregels {

    /** Which M@ZL criterion was met. */
    enum Criterium { AANEENGESLOTEN, VAAK }

    /** A ziekmelding: first and last day ill ({@code tot} null while the pupil is still ill). */
    record Ziekte(LocalDate van, LocalDate tot) {
    }

    /**
     * A signal: the criterion, its key ({@code sleutel}: the first day of the ziekmelding that met it, so a signal is
     * given once) and the facts in Dutch, dates and counts only.
     */
    record Signaal(Criterium criterium, LocalDate sleutel, String feiten) {
    }

    /** The thresholds: consecutive school days, number of ziekmeldingen, within how many school weeks. */
    record Drempels(int aaneengeslotenSchooldagen, int ziekmeldingen, int schoolweken) {
    }

    private final Schoolkalender kalender;
    /** The pupil's school: its lesdagen are the region's plus its own days. */
    private final EigenKalender school;
    private final Drempels drempels;

    Ziekteregels(Schoolkalender kalender, Regio regio, Drempels drempels) {
        this(kalender, EigenKalender.vanRegio(regio), drempels);
    }

    Ziekteregels(Schoolkalender kalender, EigenKalender school, Drempels drempels) {
        this.kalender = kalender;
        this.school = school;
        this.drempels = drempels;
    }

    /** The signals the ziekmeldingen call for up to {@code vandaag} that were not given before. */
    List<Signaal> toets(List<Ziekte> ziekmeldingen, List<Signaal> eerder, LocalDate vandaag) {
        List<Ziekte> gesorteerd = ziekmeldingen.stream().filter(z -> !z.van().isAfter(vandaag))
                .sorted(Comparator.comparing(Ziekte::van)).toList();
        List<Signaal> signalen = new ArrayList<>();
        for (Ziekte z : gesorteerd) {
            LocalDate eind = z.tot() == null || z.tot().isAfter(vandaag) ? vandaag : z.tot();
            int dagen = lesdagen(z.van(), eind);
            if (dagen >= drempels.aaneengeslotenSchooldagen() && nieuw(eerder, Criterium.AANEENGESLOTEN, z.van())) {
                signalen.add(new Signaal(Criterium.AANEENGESLOTEN, z.van(), "ziek gemeld sinds "
                        + VerzuimService.datum(z.van()) + ", " + dagen + " schooldagen aaneengesloten"
                        + (z.tot() == null ? " (nog ziek)" : " (tot en met " + VerzuimService.datum(z.tot()) + ")")));
            }
        }
        List<LocalDate> vaak = new ArrayList<>(eerder.stream().filter(s -> s.criterium() == Criterium.VAAK)
                .map(Signaal::sleutel).toList());
        for (int i = 0; i < gesorteerd.size(); i++) {
            LocalDate dezeVan = gesorteerd.get(i).van();
            LocalDate venster = beginVenster(dezeVan);
            List<LocalDate> inVenster = gesorteerd.subList(0, i + 1).stream().map(Ziekte::van)
                    .filter(v -> !v.isBefore(venster)).toList();
            boolean alGemeld = vaak.stream().anyMatch(s -> !s.isBefore(venster) && !s.isAfter(dezeVan));
            if (inVenster.size() >= drempels.ziekmeldingen() && !alGemeld) {
                vaak.add(dezeVan);
                signalen.add(new Signaal(Criterium.VAAK, dezeVan, inVenster.size() + " ziekmeldingen binnen "
                        + drempels.schoolweken() + " schoolweken, ziek gemeld op " + String.join(", ",
                        inVenster.stream().map(VerzuimService::datum).toList())));
            }
        }
        return signalen;
    }

    private static boolean nieuw(List<Signaal> eerder, Criterium criterium, LocalDate sleutel) {
        return eerder.stream().noneMatch(s -> s.criterium() == criterium && s.sleutel().equals(sleutel));
    }

    /** The first day of the window of {@code schoolweken} school weeks that ends on {@code dag}. */
    private LocalDate beginVenster(LocalDate dag) {
        int nodig = drempels.schoolweken() * 5;
        int geteld = 0;
        LocalDate d = dag;
        while (!d.isBefore(kalender.bekendVan())) {
            if (kalender.isSchoolweekdag(d, school) && ++geteld == nodig) {
                return d;
            }
            d = d.minusDays(1);
        }
        return kalender.bekendVan();
    }

    private int lesdagen(LocalDate van, LocalDate tot) {
        int n = 0;
        LocalDate eind = tot.isAfter(kalender.bekendTot()) ? kalender.bekendTot() : tot;
        for (LocalDate d = van.isBefore(kalender.bekendVan()) ? kalender.bekendVan() : van; !d.isAfter(eind);
             d = d.plusDays(1)) {
            if (kalender.isLesdag(d, school)) {
                n++;
            }
        }
        return n;
    }
}
