package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void geldigeNummersDoorstaanDeElfproef(String bsn) {
        assertThat(BsnValidator.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a", " 11122233"})
    void ongeldigeNummersWordenGeweigerd(String bsn) {
        assertThat(BsnValidator.isGeldig(bsn)).isFalse();
    }
}
