package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Each task's form is the one complete definition of its input (issue #20): Tasklist and EenPlan's own pages render
 * it and send what it asks to the task's handler. So every field of every handler's input record, also inside its
 * lists and groups, has a component with that key or path in the task's form, required where the record requires it,
 * with the record's choices and limits (see {@link Formuliercontrole}). Read from processes/, forms/ and the handler
 * classes, without starting the application.
 */
class FormulierenTest {

    @Test
    void elkFormulierVraagtAlleInvoerVanZijnTaak() {
        assertThat(controle(Path.of("processes"), Path.of("forms")).problemen())
                .as("formulieren die niet alle invoer van hun taak vragen").isEmpty();
    }

    @Test
    void elkeAfhandelingIsGevonden() {
        // The scan below finds the handlers as Spring does (every Taakafhandeling in nl.eenplan), so a task of a
        // model is never skipped for want of one.
        assertThat(afhandelingen()).containsKeys("verzuim.melden", "mdo.verslag", "arrangement.aanvraag",
                "aanmelding.handelingsplan", "leerplichtEscalatie.beoordelen", "overstap.plaatsing");
    }

    @Test
    void eenFormulierDatAfwijktWordtBetrapt(@TempDir Path map) throws IOException {
        Path processen = Files.createDirectories(map.resolve("processes"));
        Path formulieren = Files.createDirectories(map.resolve("forms"));
        for (String model : new String[] {"leerplichtEscalatie", "verzuim", "aanmelding", "mdo"}) {
            Files.copy(Path.of("processes/" + model + ".bpmn"), processen.resolve(model + ".bpmn"));
        }
        for (String f : new String[] {"intake", "meldcode", "toestemming", "evaluatieBasisondersteuning",
                "warmeOverdracht", "mdoPlannen", "groeidocument", "afspraakUitvoeren", "mdoEvaluatie", "duoIndiening"}) {
            Files.copy(Path.of("forms/" + f + ".form"), formulieren.resolve(f + ".form"));
        }
        // The old kind of form: the route under its routing variable's name, and not required.
        Files.writeString(formulieren.resolve("escalatieBeoordelen.form"), Files.readString(
                Path.of("forms/escalatieBeoordelen.form"))
                .replace("\"key\": \"route\"", "\"key\": \"masRoute\"")
                .replace("\"required\": true", "\"required\": false"));
        Files.copy(Path.of("forms/escalatieAfsluiten.form"), formulieren.resolve("escalatieAfsluiten.form"));
        // A choice the handler does not know, and a field the form forgot.
        Files.writeString(formulieren.resolve("verzuimmelding.form"), Files.readString(Path.of("forms/verzuimmelding.form"))
                .replace("\"value\": \"intrekken\"", "\"value\": \"weggooien\"")
                .replace("\"key\": \"contactpersoon\"", "\"key\": \"contact\""));
        // A list of goals that may start empty, whose goal text is not required.
        Files.writeString(formulieren.resolve("handelingsplan.form"), Files.readString(Path.of("forms/handelingsplan.form"))
                .replace("\"defaultRepetitions\": 1", "\"defaultRepetitions\": 0")
                .replace("\"required\": true", "\"required\": false"));
        // The report's agreements left out, and the lists collapsing rows (form-js 1.8 then drops them).
        Files.writeString(formulieren.resolve("mdoVerslag.form"), Files.readString(Path.of("forms/mdoVerslag.form"))
                .replace("\"path\": \"afspraken\"", "\"path\": \"acties\"")
                .replace("\"disableCollapse\": true", "\"disableCollapse\": false"));

        assertThat(controle(processen, formulieren).problemen()).containsExactlyInAnyOrder(
                "escalatieBeoordelen.form (leerplichtEscalatie.beoordelen): veld 'masRoute' bestaat niet in de invoer "
                        + "van de taak (Beoordelen.Invoer: route)",
                "escalatieBeoordelen.form (leerplichtEscalatie.beoordelen): 'route' van de invoer (Beoordelen.Invoer) "
                        + "ontbreekt in het formulier en is verplicht",
                "verzuimmelding.form (verzuim.melden): 'besluit' kiest uit [weggooien], maar de invoer kent alleen "
                        + "[intrekken, versturen]",
                "verzuimmelding.form (verzuim.melden): veld 'contact' bestaat niet in de invoer van de taak "
                        + "(Melden.Invoer: besluit, intrekReden, vermoedelijkeReden, toelichting, gevraagdeActie, "
                        + "contactpersoon, rolMelder, locatie)",
                "verzuimmelding.form (verzuim.melden): 'contactpersoon' van de invoer (Melden.Invoer) ontbreekt in het "
                        + "formulier",
                "handelingsplan.form (aanmelding.handelingsplan): 'doelen' is verplicht in de invoer (@NotEmpty): laat "
                        + "de dynamische lijst met een rij beginnen (defaultRepetitions 1)",
                "handelingsplan.form (aanmelding.handelingsplan): doelen[].'omschrijving' is verplicht in de invoer "
                        + "(@NotBlank) maar niet in het formulier (validate.required)",
                "mdoVerslag.form (mdo.verslag): veld 'acties' bestaat niet in de invoer van de taak (Verslag.Invoer: "
                        + "verslag, verslagVoorGezin, oudersAanwezig, leerlingAanwezig, nieuweDoelen, doelen, afspraken)",
                "mdoVerslag.form (mdo.verslag): 'afspraken' van de invoer (Verslag.Invoer) ontbreekt in het formulier: "
                        + "een dynamische lijst met path 'afspraken'",
                "mdoVerslag.form (mdo.verslag): 'nieuweDoelen' klapt rijen in, en ingeklapte rijen stuurt form-js 1.8 "
                        + "niet mee: zet disableCollapse aan",
                "mdoVerslag.form (mdo.verslag): 'doelen' klapt rijen in, en ingeklapte rijen stuurt form-js 1.8 niet "
                        + "mee: zet disableCollapse aan");
    }

    private static Formuliercontrole controle(Path processen, Path formulieren) {
        Map<String, Class<?>> invoer = afhandelingen();
        return new Formuliercontrole(processen, formulieren,
                (proces, taak) -> Optional.ofNullable(invoer.get(proces + "." + taak)));
    }

    /**
     * Every handler in nl.eenplan by "process.task", with its input record. The handlers are Spring beans; their
     * constructors only keep the services they are given, so they are made here without them.
     */
    static Map<String, Class<?>> afhandelingen() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Taakafhandeling.class));
        Map<String, Class<?>> invoer = new HashMap<>();
        for (BeanDefinition d : scanner.findCandidateComponents("nl.eenplan")) {
            Taakafhandeling<?> a = zonderDiensten(d.getBeanClassName());
            for (String taak : a.taken()) {
                Class<?> eerder = invoer.put(a.proces() + "." + taak, a.invoer());
                assertThat(eerder).as("taak %s.%s heeft twee afhandelingen", a.proces(), taak).isNull();
            }
        }
        return invoer;
    }

    private static Taakafhandeling<?> zonderDiensten(String klasse) {
        try {
            Class<?> soort = Class.forName(klasse);
            if (Modifier.isAbstract(soort.getModifiers())) {
                throw new IllegalStateException(klasse + " is abstract");
            }
            Constructor<?> constructor = soort.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            Object[] argumenten = new Object[constructor.getParameterCount()];
            for (int i = 0; i < argumenten.length; i++) {
                Class<?> p = constructor.getParameterTypes()[i];
                argumenten[i] = !p.isPrimitive() ? null : p == boolean.class ? false : 0;
            }
            return (Taakafhandeling<?>) constructor.newInstance(argumenten);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Afhandeling " + klasse + " kan niet zonder Spring worden gemaakt", e);
        }
    }
}
