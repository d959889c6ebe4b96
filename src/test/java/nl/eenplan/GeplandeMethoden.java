package nl.eenplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.MethodMetadata;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * EenPlan's {@code @Scheduled} methods (the monitor's worker, the nightly jobs), found in the classes of package
 * nl.eenplan, each with its cron as a configuration resolves it ("-": switched off). Names as Spring's registry of
 * scheduled tasks has them: class.method.
 */
public final class GeplandeMethoden {

    private GeplandeMethoden() {
    }

    /** Every {@code @Scheduled} method by name, with its cron resolved in this configuration. */
    public static Map<String, String> met(PropertyResolver configuratie) {
        Map<String, String> methoden = new TreeMap<>();
        Gevonden.CRONS.forEach((methode, cron) ->
                methoden.put(methode, configuratie.resolveRequiredPlaceholders(cron)));
        return methoden;
    }

    /** The configuration in src/main/resources/application.yaml, as the application's jar has it. */
    public static ConfigurableEnvironment vanDeApplicatie() {
        var omgeving = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                    .forEach(bron -> omgeving.getPropertySources().addLast(bron));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return omgeving;
    }

    /** The methods and their crons as written, unresolved: the class path scanned once per JVM (every node asks). */
    private static final class Gevonden {

        static final Map<String, String> CRONS = scan();

        private static Map<String, String> scan() {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter((lezer, fabriek) -> lezer.getAnnotationMetadata()
                    .hasAnnotatedMethods(Scheduled.class.getName()));
            Map<String, String> crons = new TreeMap<>();
            for (BeanDefinition klasse : scanner.findCandidateComponents("nl.eenplan")) {
                var metadata = ((ScannedGenericBeanDefinition) klasse).getMetadata();
                for (MethodMetadata methode : metadata.getAnnotatedMethods(Scheduled.class.getName())) {
                    Object cron = methode.getAnnotationAttributes(Scheduled.class.getName()).get("cron");
                    crons.put(metadata.getClassName() + "." + methode.getMethodName(), String.valueOf(cron));
                }
            }
            return Collections.unmodifiableMap(crons);
        }
    }
}
