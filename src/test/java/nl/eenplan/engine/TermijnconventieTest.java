package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** The anchor date a task's termijnVanaf gives: a date in any shape a model or form has, or a clear refusal. */
class TermijnconventieTest {

    static final Date MAANDAG = Date.from(Instant.parse("2026-11-08T23:00:00Z"));

    @Test
    void eenDatumInElkeVormDieEenModelOfFormulierHeeft() {
        assertThat(Termijnconventie.datum(MAANDAG, "taak", "${x}")).isEqualTo(MAANDAG);
        assertThat(Termijnconventie.datum(MAANDAG.toInstant(), "taak", "${x}")).isEqualTo(MAANDAG);
        assertThat(Termijnconventie.datum(LocalDate.of(2026, 11, 9), "taak", "${x}")).isEqualTo(MAANDAG);
        assertThat(Termijnconventie.datum("2026-11-09", "taak", "${x}")).isEqualTo(MAANDAG);
        assertThat(Termijnconventie.datum("2026-11-09T14:00", "taak", "${x}")).isEqualTo(MAANDAG);
    }

    @Test
    void geenDatumIsEenFoutDieTaakEnEigenschapNoemt() {
        assertThatThrownBy(() -> Termijnconventie.datum(null, "Groeidocument bijwerken", "${mdoDatum}"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Groeidocument bijwerken").hasMessageContaining("${mdoDatum}");
        assertThatThrownBy(() -> Termijnconventie.datum("morgen", "taak", "${x}"))
                .isInstanceOf(ProcessEngineException.class);
    }
}
