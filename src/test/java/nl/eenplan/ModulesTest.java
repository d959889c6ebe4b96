package nl.eenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * One package per capability. A capability talks to another through its public service, never
 * through its repositories or internals, and capabilities do not depend on each other in cycles.
 */
class ModulesTest {

    @Test
    void capabilitiesHoudenHunGrenzen() {
        ApplicationModules.of(EenPlanApplication.class).verify();
    }

    @Test
    void repositoriesBlijvenBinnenHunCapability() {
        var klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.eenplan");
        classes().should(new ArchCondition<JavaClass>("only use the repositories of their own capability") {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                for (Dependency d : klasse.getDirectDependenciesFromSelf()) {
                    JavaClass doel = d.getTargetClass();
                    if (doel.getPackageName().startsWith("nl.eenplan") && doel.getSimpleName().endsWith("Repository")
                            && !doel.getPackageName().equals(klasse.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(klassen);
    }
}
