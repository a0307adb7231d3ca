package org.pustaka.central.circulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core knows the library system only through its ports; SLiMS's tables stay behind their adapter. */
class CirculationDependencyTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pustaka.central");

    @Test
    void theCoreUsesNoAdapter() {
        noClasses().that().resideInAPackage("org.pustaka.central.circulation..")
                .should().dependOnClassesThat().resideInAPackage("org.pustaka.central.backend.slims..")
                .check(CLASSES);
    }

    @Test
    void thePortsAreFreeOfJdbc() {
        noClasses().that().resideInAPackage("org.pustaka.central.backend")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }
}
