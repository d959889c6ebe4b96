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

    /**
     * A list of goals as EenPlan's API has always taken it (texts) and as a form's dynamic list sends it (a row per
     * goal, an object keyed by its field); both read as the same goals, with the same checks per goal.
     */
    @Test
    void doelenAlsTekstenOfAlsRijenVanEenFormulier() {
        var json = new ObjectMapper().findAndRegisterModules()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Taakinvoer streng = new Taakinvoer(json, validatie.getValidator());

        var alsTekst = streng.lees(Map.of("doelen", List.of("Sam leest vlot")),
                nl.eenplan.aanmelding.proces.Handelingsplan.Invoer.class);
        var alsRij = streng.lees(Map.of("doelen", Variables.serializedObjectValue(
                        "[{\"omschrijving\": \"Sam leest vlot\"}]").serializationDataFormat("application/json").create()),
                nl.eenplan.aanmelding.proces.Handelingsplan.Invoer.class);
        var opp = streng.lees(Map.of("onderwijsdeel", "ARRANGEMENT", "onderwijs", "Klein groepje", "perspectief", "Havo",
                        "doelen", List.of("Sam werkt zelfstandig", Map.of("omschrijving", "Sam plant zijn werk")),
                        "aanmeldingOntvangenOp", "2026-11-02"),
                nl.eenplan.arrangement.proces.Aanvraag.Invoer.class);

        assertThat(alsTekst).isEqualTo(alsRij);
        assertThat(alsRij.doelen()).extracting(nl.eenplan.dossier.NieuwDoel::omschrijving).containsExactly("Sam leest vlot");
        assertThat(opp.doelen()).extracting(nl.eenplan.opp.Oppdoel::omschrijving)
                .containsExactly("Sam werkt zelfstandig", "Sam plant zijn werk");

        Taakweigering weigering = catchThrowableOfType(Taakweigering.class, () -> streng.lees(Map.of("doelen",
                List.of("", Map.of("omschrijving", "   "), Map.of("omschrijving", "x".repeat(1001)))),
                nl.eenplan.aanmelding.proces.Handelingsplan.Invoer.class));
        assertThat(((OngeldigeInvoerException) weigering.oorzaak()).getFouten()).extracting(f -> f.veld() + ": " + f.melding())
                .containsExactly("doelen[0].<list element>: Een doel mag niet leeg zijn.",
                        "doelen[1].omschrijving: Een doel mag niet leeg zijn.",
                        "doelen[2].omschrijving: Een doel is hoogstens 1000 tekens.");
        Taakweigering onbekend = catchThrowableOfType(Taakweigering.class, () -> streng.lees(Map.of("doelen",
                List.of(Map.of("tekst", "Sam leest vlot"))), nl.eenplan.aanmelding.proces.Handelingsplan.Invoer.class));
        assertThat(((OngeldigeInvoerException) onbekend.oorzaak()).getFouten()).extracting(f -> f.veld() + ": " + f.melding())
                .containsExactly("doelen[0].tekst: Dit veld bestaat niet.");
    }
}
