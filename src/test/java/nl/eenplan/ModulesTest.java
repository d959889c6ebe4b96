package nl.eenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * One package per capability. A capability talks to another through its public service, never
 * through its repositories or internals, and capabilities do not depend on each other in cycles.
 * Engine internals live in one package, and domain services are engine-free (issue #19).
 */
class ModulesTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.eenplan");

    /**
     * Services that are the engine-facing part of their capability themselves, and so may use the engine's runtime and
     * task services. Other engine-facing classes are not named *Service (deployment.Proefomgeving,
     * security.IdentiteitInrichting) or live in a proces package.
     */
    private static final Set<String> ENGINEKANT = Set.of(
            // the task list over the engine: /api/taken queries, assigns and completes the engine's tasks
            "nl.eenplan.taak.TaakService");

    @Test
    void capabilitiesHoudenHunGrenzen() {
        ApplicationModules.of(EenPlanApplication.class).verify();
    }

    @Test
    void repositoriesBlijvenBinnenHunCapability() {
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
        }).check(KLASSEN);
    }

    @Test
    void engineInternalsAlleenInHetEnginepakket() {
        noClasses().that().resideOutsideOfPackage("nl.eenplan.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..",
                        "org.camunda.bpm.dmn.engine.impl..")
                .because("a move to Operaton is a rename in nl.eenplan.engine (ADR 0001); a capability plugs in "
                        + "through the engine package's ports (Deploymentregel, EenDeur.Regels, Termijnconventie, ...)")
                .check(KLASSEN);
    }

    @Test
    void domeinservicesZijnEnginevrij() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .and().resideOutsideOfPackages("nl.eenplan.engine..", "nl.eenplan..proces..")
                .and(DescribedPredicate.describe("are not the engine-facing part of their capability",
                        (JavaClass klasse) -> !ENGINEKANT.contains(klasse.getName())))
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..")
                .orShould().dependOnClassesThat().belongToAnyOf(RuntimeService.class, TaskService.class)
                .because("a domain service takes plain values; starting, completing and listening to processes is "
                        + "its capability's proces package (docs/architecture.md)")
                .check(KLASSEN);
    }
}
