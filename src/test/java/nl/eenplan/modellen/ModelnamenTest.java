package nl.eenplan.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.eenplan.taak.Gebruikerstaak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * A model can be traced to its code by name (issue #19): every delegate, every bean and every user task a model in
 * processes/ names is one class of that name. {@code ${verstuurVerzuimmelding}} is class VerstuurVerzuimmelding
 * (bean "verstuurVerzuimmelding"), in the capability's {@code proces} package; a bean in an expression such as
 * {@code ${termijn.deadline(...)}} is a class of its name (Termijn); user task {@code melden} of process verzuim is
 * handled by a class Melden in a {@code proces} package, a {@link Gebruikerstaak}. Read from the files and the
 * classes, without starting the application.
 */
class ModelnamenTest {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final Pattern BEAN = Pattern.compile("[$#]\\{[^}]*?\\b([a-z]\\w*)\\s*\\.\\s*\\w+\\s*\\(");
    private static final Pattern GEBRUIKERSTAAK = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");
    /** Objects the engine gives an expression, not beans. */
    private static final Set<String> ENGINE = Set.of("execution", "task", "authenticatedUserId");

    @Test
    void elkeNaamInEenModelIsEenKlasseVanDieNaam() throws IOException {
        Map<String, Class<?>> beans = beansOpNaam();
        Set<String> handlers = new TreeSet<>();
        scan(new AssignableTypeFilter(Gebruikerstaak.class)).forEach(k -> handlers.add(k.getName()));

        List<String> fouten = new ArrayList<>();
        try (Stream<Path> modellen = Files.list(Path.of("processes"))) {
            for (Path bestand : modellen.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                String proces = bestand.getFileName().toString().replace(".bpmn", "");
                String xml = Files.readString(bestand);
                Set<String> delegates = namen(DELEGATE, xml);
                for (String naam : delegates) {
                    Class<?> klasse = beans.get(naam);
                    if (klasse == null) {
                        fouten.add(proces + ": ${" + naam + "} is geen bean");
                    } else if (!klasse.getSimpleName().equals(hoofdletter(naam))
                            || !klasse.getPackageName().endsWith(".proces")) {
                        fouten.add(proces + ": ${" + naam + "} is klasse " + klasse.getName() + ", verwacht "
                                + "<capability>.proces." + hoofdletter(naam));
                    }
                }
                for (String naam : namen(BEAN, xml)) {
                    if (ENGINE.contains(naam) || delegates.contains(naam)) {
                        continue;
                    }
                    Class<?> klasse = beans.get(naam);
                    if (klasse != null && !klasse.getSimpleName().equals(hoofdletter(naam))) {
                        fouten.add(proces + ": bean '" + naam + "' is klasse " + klasse.getName() + ", verwacht "
                                + hoofdletter(naam));
                    }
                }
                for (String taak : namen(GEBRUIKERSTAAK, xml)) {
                    List<String> klassen = handlers.stream().filter(h -> h.endsWith(".proces." + hoofdletter(taak)))
                            .toList();
                    if (klassen.isEmpty()) {
                        fouten.add(proces + ": gebruikerstaak '" + taak + "' heeft geen afhandeling "
                                + "<capability>.proces." + hoofdletter(taak) + " (een Gebruikerstaak)");
                    }
                }
            }
        }
        assertThat(fouten).as("namen in de modellen zonder klasse van die naam").isEmpty();
    }

    private static Set<String> namen(Pattern patroon, String xml) {
        Set<String> namen = new TreeSet<>();
        Matcher m = patroon.matcher(xml);
        while (m.find()) {
            namen.add(m.group(1));
        }
        return namen;
    }

    private static String hoofdletter(String naam) {
        return Character.toUpperCase(naam.charAt(0)) + naam.substring(1);
    }

    /** Every component in nl.eenplan by its bean name (its @Component value, else the class name lowercased). */
    private static Map<String, Class<?>> beansOpNaam() {
        Map<String, Class<?>> beans = new TreeMap<>();
        for (Class<?> klasse : scan(new AnnotationTypeFilter(Component.class))) {
            Component c = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(klasse,
                    Component.class);
            String naam = c != null && !c.value().isEmpty() ? c.value()
                    : Character.toLowerCase(klasse.getSimpleName().charAt(0)) + klasse.getSimpleName().substring(1);
            beans.put(naam, klasse);
        }
        return beans;
    }

    private static List<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        List<Class<?>> klassen = new ArrayList<>();
        for (BeanDefinition d : scanner.findCandidateComponents("nl.eenplan")) {
            try {
                klassen.add(Class.forName(d.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return klassen;
    }
}
