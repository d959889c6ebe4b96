package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: a duration between two moments counts in days to the hour, rounded to the nearest hour
 * ({@link DirecteBron#dagen}), at the boundaries of the rounding.
 */
class DuurOpHetUurTest {

    private static final Instant BEGIN = Instant.parse("2026-10-05T09:17:00Z");

    private static double dagen(Duration duur) {
        return DirecteBron.dagen(BEGIN, BEGIN.plus(duur));
    }

    @Test
    void eenHalfUurTeltAlsHeelUurEenMinuutMinderNiet() {
        assertThat(dagen(Duration.ZERO)).isZero();
        assertThat(dagen(Duration.ofMinutes(29))).isZero();
        assertThat(dagen(Duration.ofMinutes(30))).isEqualTo(1 / 24.0);
        assertThat(dagen(Duration.ofMinutes(89))).isEqualTo(1 / 24.0);
        assertThat(dagen(Duration.ofMinutes(90))).isEqualTo(2 / 24.0);
        assertThat(dagen(Duration.ofDays(3))).isEqualTo(3.0);
        assertThat(dagen(Duration.ofDays(3).plusMinutes(29))).isEqualTo(3.0);
        assertThat(dagen(Duration.ofDays(3).minusMinutes(30))).isEqualTo(3.0);
        assertThat(dagen(Duration.ofDays(3).minusMinutes(31))).isEqualTo(71 / 24.0);
    }

    @Test
    void eenJaarHeeftHoogstens8784Waarden() {
        java.util.Set<Double> waarden = new java.util.HashSet<>();
        for (long minuut = 0; minuut <= 366L * 24 * 60; minuut += 7) {
            waarden.add(dagen(Duration.ofMinutes(minuut)));
        }
        assertThat(waarden).hasSizeLessThanOrEqualTo(366 * 24 + 1);
    }
}
