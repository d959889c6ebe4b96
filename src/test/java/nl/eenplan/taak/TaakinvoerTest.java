package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import nl.eenplan.engine.Taakweigering;
import nl.eenplan.web.OngeldigeInvoerException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The input of a task as the doors send it, read as the handler's record. */
class TaakinvoerTest {

    record Deelnemer(@NotBlank(message = "Kies de rol.") String rol, String gebruiker) {
    }

    record Planning(@NotBlank(message = "Vul de locatie in.") String locatie, String opmerking,
                    List<@Valid Deelnemer> deelnemers) {
    }

    private final ValidatorFactory validatie = Validation.buildDefaultValidatorFactory();
    private final Taakinvoer lezer = new Taakinvoer(new ObjectMapper(), validatie.getValidator());

    @AfterEach
    void sluit() {
        validatie.close();
    }

    /** Tasklist sends "" for a text field left empty, also inside a dynamic list (a Json variable). */
    @Test
    void eenLeegTekstveldIsGeenWaarde() {
        Planning p = lezer.lees(Map.of("locatie", Variables.stringValue("Lokaal 12"), "opmerking", Variables.stringValue(""),
                "deelnemers", Variables.serializedObjectValue("[{\"rol\": \"SCHOOL\", \"gebruiker\": \"\"}]")
                        .serializationDataFormat("application/json").create()), Planning.class);

        assertThat(p).isEqualTo(new Planning("Lokaal 12", null, List.of(new Deelnemer("SCHOOL", null))));
    }

    @Test
    void eenLeegVerplichtVeldKrijgtZijnEigenMelding() {
        Taakweigering weigering = catchThrowableOfType(Taakweigering.class,
                () -> lezer.lees(Map.of("locatie", "", "deelnemers", List.of(Map.of("rol", ""))), Planning.class));

        assertThat(weigering.status()).isEqualTo(400);
        assertThat(((OngeldigeInvoerException) weigering.oorzaak()).getFouten()).extracting(f -> f.veld() + ": " + f.melding())
                .containsExactly("deelnemers[0].rol: Kies de rol.", "locatie: Vul de locatie in.");
    }
}
