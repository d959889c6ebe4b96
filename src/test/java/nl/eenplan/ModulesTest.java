package nl.eenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
        noClasses().that().resideOutsideOfPackage("nl.eenplan.dossier..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .andShould().dependOnClassesThat().resideInAPackage("org.springframework.data..")
                .allowEmptyShould(true)
                .check(klassen);
    }
}
