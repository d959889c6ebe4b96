package nl.eenplan.termijn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import nl.eenplan.dossier.Onderwijssoort;
import org.junit.jupiter.api.Test;

/**
 * The cap on a day's absence (issue #22: "hours per day capped by the school's lessons that day") at its boundary, and
 * the unit per onderwijssoort (domain.md §5: po counts klokuren, vo lesuren; Leerplichtwet 1969 art. 21a: "16 uren
 * les- of praktijktijd").
 */
class LesroosterTest {

    static final java.time.LocalDate MAANDAG = of(2026, 11, 2);
    static final java.time.LocalDate WOENSDAG = of(2026, 11, 4);

    @Test
    void poTeltKlokuren_hoogstens6PerDag() {
        Lesrooster po = Lesrooster.standaard(Onderwijssoort.PO);
        assertThat(po.eenheid()).isEqualTo(Uureenheid.KLOKUUR);
        assertThat(po.lesuurMinuten()).isNull();
        assertThat(po.past(MAANDAG, new BigDecimal("6"))).isTrue();
        assertThat(po.past(MAANDAG, new BigDecimal("6.01"))).isFalse();
        assertThat(Lesrooster.standaard(Onderwijssoort.SO)).isEqualTo(po);
    }

    @Test
    void voTeltLesuren_hoogstens9PerDag() {
        Lesrooster vo = Lesrooster.standaard(Onderwijssoort.VO);
        assertThat(vo.eenheid()).isEqualTo(Uureenheid.LESUUR);
        assertThat(vo.lesuurMinuten()).isEqualTo(50);
        assertThat(vo.past(MAANDAG, new BigDecimal("9"))).isTrue();
        assertThat(vo.past(MAANDAG, new BigDecimal("9.5"))).isFalse();
        assertThat(Lesrooster.standaard(Onderwijssoort.VSO)).isEqualTo(vo);
    }

    @Test
    void mboTeltKlokuren_hoogstens8PerDag() {
        Lesrooster mbo = Lesrooster.standaard(Onderwijssoort.MBO);
        assertThat(mbo.eenheid()).isEqualTo(Uureenheid.KLOKUUR);
        assertThat(mbo.past(MAANDAG, new BigDecimal("8"))).isTrue();
        assertThat(mbo.past(MAANDAG, new BigDecimal("8.25"))).isFalse();
    }

    @Test
    void vierentwintigUurOpEenDagPastNooit() {
        for (Onderwijssoort soort : Onderwijssoort.values()) {
            assertThat(Lesrooster.standaard(soort).past(MAANDAG, new BigDecimal("24"))).as(soort.name()).isFalse();
        }
    }

    @Test
    void hetEigenRoosterPerWeekdag() {
        Map<DayOfWeek, BigDecimal> lessen = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            lessen.put(d, new BigDecimal("5.5"));
        }
        lessen.put(DayOfWeek.WEDNESDAY, new BigDecimal("3.75"));
        Lesrooster eigen = new Lesrooster(Uureenheid.KLOKUUR, null, lessen, true);
        assertThat(eigen.past(WOENSDAG, new BigDecimal("3.75"))).isTrue();
        assertThat(eigen.past(WOENSDAG, new BigDecimal("4"))).isFalse();
        assertThat(eigen.past(MAANDAG, new BigDecimal("5.5"))).isTrue();
        // A weekend has no lessons.
        assertThat(eigen.lessenOp(of(2026, 11, 7))).isEqualByComparingTo("0");
    }
}
