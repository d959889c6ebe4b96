package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's forms and the tasks' handlers stay together: a form's field keys are its task's input, with the
 * same required fields, choices and limits (see {@link Formuliercontrole}). A form that asks for something else
 * is refused at completion ("Dit veld bestaat niet"), so this keeps Tasklist usable.
 */
class FormulierenIT extends IntegratieTest {

    /**
     * Tasks completed outside Tasklist, with the reason: their input is something a Camunda Form cannot send.
     * Their form only explains where to do it (EenPlan's API today, EenPlan's own pages later).
     */
    static final Map<String, String> BUITEN_TASKLIST = Map.of(
            "aanmelding.handelingsplan", "de doelen zijn een lijst teksten; een formulier stuurt alleen lijsten van "
                    + "keuzes of van objecten",
            "arrangement.aanvraag", "de doelen van het OPP zijn een lijst teksten",
            "arrangement.evalueren", "een score per doel van het arrangement, op het id van het doel: het formulier "
                    + "kent de doelen niet (die staan in het dossier, niet in het proces)",
            "arrangement.afsluiten", "een uitkomst per doel van het arrangement, op het id van het doel");

    /**
     * Optional input a form leaves out, by task; the form says where to give it instead. Lists of objects would be
     * dynamic lists, which Tasklist 7.24 does not complete (see {@link Formuliercontrole}); new goals are a list of
     * texts, a goal's status needs its id.
     */
    static final Map<String, Set<String>> NIET_IN_FORMULIER = Map.of(
            "mdo.plannen", Set.of("deelnemers"),
            "mdo.verslag", Set.of("afspraken", "nieuweDoelen", "doelen"));

    @Autowired
    Afhandelingen afhandelingen;

    @Test
    void elkFormulierVraagtDeInvoerVanZijnTaak() {
        assertThat(controle(Path.of("processes"), Path.of("forms"), BUITEN_TASKLIST).problemen()).isEmpty();
    }

    @Test
    void eenFormulierDatAfwijktWordtBetrapt(@TempDir Path map) throws IOException {
        Path processen = Files.createDirectories(map.resolve("processes"));
        Path formulieren = Files.createDirectories(map.resolve("forms"));
        Files.copy(Path.of("processes/leerplichtEscalatie.bpmn"), processen.resolve("leerplichtEscalatie.bpmn"));
        Files.copy(Path.of("processes/verzuim.bpmn"), processen.resolve("verzuim.bpmn"));
        // The old kind of form: the route under its routing variable's name, and not required.
        Files.writeString(formulieren.resolve("escalatieBeoordelen.form"), Files.readString(
                Path.of("forms/escalatieBeoordelen.form"))
                .replace("\"key\": \"route\"", "\"key\": \"masRoute\"")
                .replace("\"required\": true", "\"required\": false"));
        // A form that asks for a field as explanation-only, and a choice the handler does not know.
        Files.writeString(formulieren.resolve("escalatieAfsluiten.form"), Files.readString(
                Path.of("forms/escalatieAfsluiten.form")));
        Files.writeString(formulieren.resolve("verzuimmelding.form"), Files.readString(Path.of("forms/verzuimmelding.form"))
                .replace("\"value\": \"intrekken\"", "\"value\": \"weggooien\"")
                // A dynamic list, which Tasklist 7.24 does not complete.
                .replace("\"key\": \"intrekReden\",", "\"path\": \"intrekReden\",")
                .replace("\"type\": \"select\"", "\"type\": \"dynamiclist\""));

        assertThat(controle(processen, formulieren, Map.of("leerplichtEscalatie.afsluiten", "proef",
                "aanmelding.intake", "proef")).problemen()).containsExactlyInAnyOrder(
                "escalatieBeoordelen.form (leerplichtEscalatie.beoordelen): veld 'masRoute' bestaat niet in de invoer "
                        + "van de taak (Beoordelen.Invoer: route)",
                "escalatieBeoordelen.form (leerplichtEscalatie.beoordelen): 'route' van de invoer (Beoordelen.Invoer) "
                        + "ontbreekt in het formulier en is verplicht",
                "escalatieAfsluiten.form (leerplichtEscalatie.afsluiten): wordt buiten Tasklist afgerond, maar het "
                        + "formulier heeft velden [uitkomst]: alleen uitleg, anders weigert de afhandeling ze",
                "verzuimmelding.form (verzuim.melden): 'besluit' kiest uit [weggooien], maar de invoer kent alleen "
                        + "[intrekken, versturen]",
                "verzuimmelding.form (verzuim.melden): 'intrekReden' is een dynamische lijst: daarmee blijft Complete "
                        + "in Tasklist 7.24 uitgeschakeld zodra er iets in de lijst verandert; laat de lijst weg (als "
                        + "weggelaten invoer) of rond de taak buiten Tasklist af",
                "aanmelding.intake: staat op de lijst van taken buiten Tasklist, maar is geen taak met een formulier");
    }

    private Formuliercontrole controle(Path processen, Path formulieren, Map<String, String> buitenTasklist) {
        return new Formuliercontrole(processen, formulieren,
                (proces, taak) -> afhandelingen.voor(proces, taak).<Class<?>>map(Taakafhandeling::invoer),
                buitenTasklist, NIET_IN_FORMULIER.entrySet().stream()
                        .filter(e -> Files.exists(processen.resolve(e.getKey().split("\\.")[0] + ".bpmn")))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
