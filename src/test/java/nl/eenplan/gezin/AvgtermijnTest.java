package nl.eenplan.gezin;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The extension of an AVG request (AVG art. 12 lid 3) at its boundaries. */
class AvgtermijnTest {

    @Test
    @DisplayName("AVG art. 12 lid 3: verlengen kan tot en met de laatste dag van de eerste maand, niet een dag later")
    void verlengenAlleenBinnenDeEersteMaand_AVGart12lid3() {
        // Received 1 December 2026; the first month ends on Monday 4 January 2027 (the task's due date).
        assertThat(Avgtermijn.magVerlengen(of(2027, 1, 4), of(2026, 12, 1))).isTrue();
        assertThat(Avgtermijn.magVerlengen(of(2027, 1, 4), of(2027, 1, 4))).isTrue();
        assertThat(Avgtermijn.magVerlengen(of(2027, 1, 4), of(2027, 1, 5))).isFalse();
    }

    @Test
    @DisplayName("AVG art. 12 lid 3: met hoogstens twee maanden, dus uiterlijk drie maanden na ontvangst")
    void hoogstensTweeMaandenExtra_AVGart12lid3() {
        assertThat(Avgtermijn.uiterlijkVerlengdTot(of(2026, 12, 1))).isEqualTo(of(2027, 3, 1));
        // The end of a long month into a short one: 30 November → 28 February (2027 is no leap year).
        assertThat(Avgtermijn.uiterlijkVerlengdTot(of(2026, 11, 30))).isEqualTo(of(2027, 2, 28));
        assertThat(Avgtermijn.geldigeVerlenging(of(2026, 12, 1), of(2027, 1, 4), of(2027, 3, 1))).isTrue();
        assertThat(Avgtermijn.geldigeVerlenging(of(2026, 12, 1), of(2027, 1, 4), of(2027, 3, 2))).isFalse();
        // No extension at all: not after the first month.
        assertThat(Avgtermijn.geldigeVerlenging(of(2026, 12, 1), of(2027, 1, 4), of(2027, 1, 4))).isFalse();
        assertThat(Avgtermijn.geldigeVerlenging(of(2026, 12, 1), of(2027, 1, 4), of(2027, 1, 5))).isTrue();
    }
}
