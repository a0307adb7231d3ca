package org.pustaka.protocols;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards what makes this module shareable: it depends on no other module of the project (no kiosk, no
 * hardware, no service types), and its two protocols stand apart, SIP2 without Jackson.
 */
class ModuleRulesTest {
    private static JavaClasses module;

    @BeforeAll
    static void importModule() {
        module = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.pustaka");
    }

    @Test
    void dependsOnNoOtherModuleOfTheProject() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.net..", "com.fasterxml.jackson..",
                        "org.pustaka.sip2..", "org.pustaka.catalog.api..", "org.pustaka.privacy..")
                .because("the kiosk and the central catalog service both build on this module, so it knows neither")
                .check(module);
    }

    @Test
    void sip2StandsApartFromTheCatalogApi() {
        noClasses().that().resideInAPackage("org.pustaka.sip2..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pustaka.catalog..", "com.fasterxml..")
                .because("SIP2 is a wire format of its own, with no JSON in it")
                .check(module);
        noClasses().that().resideInAPackage("org.pustaka.catalog.api..")
                .should().dependOnClassesThat().resideInAPackage("org.pustaka.sip2..")
                .because("the catalog API is a contract of its own")
                .check(module);
    }
}
