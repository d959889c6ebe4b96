package nl.eenplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.env.PropertyResolver;
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
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((lezer, fabriek) -> lezer.getAnnotationMetadata()
                .hasAnnotatedMethods(Scheduled.class.getName()));
        Map<String, String> methoden = new TreeMap<>();
        for (BeanDefinition klasse : scanner.findCandidateComponents("nl.eenplan")) {
            var metadata = ((ScannedGenericBeanDefinition) klasse).getMetadata();
            for (MethodMetadata methode : metadata.getAnnotatedMethods(Scheduled.class.getName())) {
                Object cron = methode.getAnnotationAttributes(Scheduled.class.getName()).get("cron");
                methoden.put(metadata.getClassName() + "." + methode.getMethodName(),
                        configuratie.resolveRequiredPlaceholders(String.valueOf(cron)));
            }
        }
        return methoden;
    }

    /** The configuration in src/main/resources/application.yaml, as the application's jar has it. */
    public static org.springframework.core.env.ConfigurableEnvironment vanDeApplicatie() {
        var omgeving = new org.springframework.core.env.StandardEnvironment();
        try {
            new org.springframework.boot.env.YamlPropertySourceLoader().load("application.yaml",
                    new org.springframework.core.io.ClassPathResource("application.yaml"))
                    .forEach(bron -> omgeving.getPropertySources().addLast(bron));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return omgeving;
    }
}
