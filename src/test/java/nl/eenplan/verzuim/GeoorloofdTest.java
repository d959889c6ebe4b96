package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.verzuim.Geoorloofd.Periode;
import nl.eenplan.verzuim.Verzuimregels.Dag;
import org.junit.jupiter.api.Test;

/** Which absence counts when the pupil has leave, an exemption or illness, and the 5-year-old rule (art. 11a). */
class GeoorloofdTest {

    static final LocalDate GEBOREN = of(2013, 5, 1);
    /** Leerplichtig from 1 October 2026; 6 on 15 September 2027. */
    static final LocalDate VIJF = of(2021, 9, 15);

    @Test
    void art11_eenDagInVerlofVrijstellingOfZiekteTeltNiet() {
        var geoorloofd = new Geoorloofd(List.of(
                new Periode(of(2026, 11, 3), of(2026, 11, 4), "verlof"),
                new Periode(of(2026, 11, 16), null, "vrijstelling")), List.of(), GEBOREN);
        var uitkomst = geoorloofd.pasToe(List.of(dag(of(2026, 11, 2), "4"), dag(of(2026, 11, 3), "4"),
                dag(of(2026, 11, 4), "4"), dag(of(2026, 11, 5), "4"), dag(of(2026, 11, 20), "4")));
        assertThat(uitkomst.telbaar()).extracting(Dag::datum).containsExactly(of(2026, 11, 2), of(2026, 11, 5));
        assertThat(uitkomst.waaromNiet()).containsOnlyKeys(of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 20));
        assertThat(uitkomst.waaromNiet().get(of(2026, 11, 20))).isEqualTo("vrijstelling");
    }

    @Test
    void art11a_vijfUurPerWeekVanEenVijfjarigeTeltNiet() {
        // Week of Mon 2 November 2026: 5 hours is all excused, nothing counts.
        var vijf = new Geoorloofd(List.of(), List.of(), VIJF).pasToe(List.of(dag(of(2026, 11, 2), "3"),
                dag(of(2026, 11, 4), "2")));
        assertThat(vijf.telbaar()).isEmpty();
        assertThat(vijf.waaromNiet().get(of(2026, 11, 2))).contains("art. 11a", "5 uur per week");
    }

    @Test
    void art11a_hetZesdeUurTeltWel() {
        var zes = new Geoorloofd(List.of(), List.of(), VIJF).pasToe(List.of(dag(of(2026, 11, 2), "3"),
                dag(of(2026, 11, 4), "3")));
        assertThat(zes.telbaar()).singleElement().satisfies(d -> {
            assertThat(d.datum()).isEqualTo(of(2026, 11, 4));
            assertThat(d.uren()).isEqualByComparingTo("1");
        });
        // A new week, 5 hours again.
        var volgendeWeek = new Geoorloofd(List.of(), List.of(), VIJF).pasToe(List.of(dag(of(2026, 11, 6), "5"),
                dag(of(2026, 11, 9), "5")));
        assertThat(volgendeWeek.telbaar()).isEmpty();
    }

    @Test
    void art11aLid2_metToestemmingVanHetHoofdTienUur() {
        var toestemming = List.of(new Periode(of(2026, 11, 1), of(2026, 12, 18), "art. 11a"));
        assertThat(new Geoorloofd(List.of(), toestemming, VIJF).pasToe(List.of(dag(of(2026, 11, 2), "10")))
                .telbaar()).isEmpty();
        assertThat(new Geoorloofd(List.of(), toestemming, VIJF).pasToe(List.of(dag(of(2026, 11, 2), "11")))
                .telbaar()).singleElement().satisfies(d -> assertThat(d.uren()).isEqualByComparingTo("1"));
    }

    @Test
    void art11a_geldtNietVoorEenZesjarigeEnNietVoorDeLeerplicht() {
        // 6 on 15 September 2027: from then, every hour counts.
        assertThat(new Geoorloofd(List.of(), List.of(), VIJF).pasToe(List.of(dag(of(2027, 9, 15), "2")))
                .telbaar()).hasSize(1);
        assertThat(new Geoorloofd(List.of(), List.of(), GEBOREN).pasToe(List.of(dag(of(2026, 11, 2), "2")))
                .telbaar()).hasSize(1);
    }

    private static Dag dag(LocalDate datum, String uren) {
        return new Dag(datum, new BigDecimal(uren), Verzuimsoort.ONGEOORLOOFD, false);
    }
}
