package org.pustaka.hardware.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PortsTest {

    private static final JavaClasses DRIVERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pustaka.hardware");

    @Test
    void thePortsImportNothingButTheJdk() {
        classes().that().resideInAPackage("org.pustaka.hardware.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pustaka.hardware.api..")
                .check(DRIVERS);
    }

    @Test
    void simulatorsAndTheTagCodecNeedNoDeviceLibrary() {
        classes().that().resideInAnyPackage("org.pustaka.hardware.sim..", "org.pustaka.hardware.tag..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "org.pustaka.hardware..")
                .check(DRIVERS);
    }
}
