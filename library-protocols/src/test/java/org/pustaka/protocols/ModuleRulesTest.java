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
 * hardware, no service types), and its two protocols stand apart, the SIP2 codec and transport without
 * Jackson (only the simulated SIP2 library reads its data files as JSON).
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
                        "java..", "javax.net..", "com.sun.net.httpserver..", "com.fasterxml.jackson..", "org.slf4j..",
                        "org.pustaka.sip2..", "org.pustaka.catalog.api..", "org.pustaka.privacy..")
                .because("the kiosk and the central catalog service both build on this module, so it knows neither")
                .check(module);
    }

    @Test
    void sip2StandsApartFromTheCatalogApi() {
        noClasses().that().resideInAnyPackage("org.pustaka.sip2", "org.pustaka.sip2.net")
                .should().dependOnClassesThat().resideInAnyPackage("org.pustaka.catalog..", "com.fasterxml..")
                .because("SIP2 is a wire format of its own, with no JSON in it")
                .check(module);
        // the simulated SIP2 library keeps its demo data and loan state in JSON files, yet knows no catalog API
        noClasses().that().resideInAPackage("org.pustaka.sip2.sim..")
                .should().dependOnClassesThat().resideInAPackage("org.pustaka.catalog..")
                .because("the simulated SIP2 library speaks SIP2 only")
                .check(module);
        noClasses().that().resideInAPackage("org.pustaka.catalog.api..")
                .should().dependOnClassesThat().resideInAPackage("org.pustaka.sip2..")
                .because("the catalog API is a contract of its own")
                .check(module);
    }
}
