package org.pustaka.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The rules of the architecture (see docs/architecture.md), shared by the test and its self-check. */
final class DependencyRules {

    static final ArchRule SESSION_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("..session..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javax.swing..", "java.awt..", "java.sql..", "javax.sql..", "javax.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .because("the session state machine is plain Java: the UI renders it, adapters do the I/O");

    static final ArchRule CORE_ONLY_PORTS = classes()
            .that().resideInAnyPackage("org.pustaka.kiosk.session..", "org.pustaka.kiosk.circulation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java.lang..", "java.util..", "java.time..", "java.math..", "java.nio.charset..",
                    "java.io..", "java.security..", "javax.crypto..",
                    "org.slf4j..",
                    "org.pustaka.hardware.api..",
                    "org.pustaka.hardware.tag..",
                    "org.pustaka.hardware.rfid",
                    "org.pustaka.kiosk.library",
                    "org.pustaka.privacy",
                    "org.pustaka.kiosk.pin",
                    "org.pustaka.kiosk.store",
                    "org.pustaka.kiosk.config",
                    "org.pustaka.kiosk.session..",
                    "org.pustaka.kiosk.circulation..")
            .because("session and circulation work over ports: hardware.api (with the pure tag codec and the "
                    + "reader watch built on it), the LibrarySystem port, patron masking, PIN hashing, store interfaces and each other");

    static final ArchRule UI_STAYS_ON_SCREEN = noClasses()
            .that().resideInAPackage("org.pustaka.kiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "jssc..", "com.pi4j..",
                    "org.apache.hc..", "org.pustaka.kiosk.store.jdbc..", "org.pustaka.kiosk.library.sip2..",
                    "org.pustaka.kiosk.library.http..", "org.pustaka.hardware.serial..",
                    "org.pustaka.hardware.rfid.feig..", "org.pustaka.hardware.printer.escpos..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .because("the UI renders state and forwards taps; devices and networks are behind ports")
            .allowEmptyShould(true);

    static final ArchRule PROTOCOLS_KNOW_NO_PRODUCT = noClasses()
            .that().resideInAnyPackage("org.pustaka.sip2..", "org.pustaka.catalog.api..", "org.pustaka.privacy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pustaka.kiosk..", "org.pustaka.hardware..")
            .because("library-protocols is shared by the kiosk and the central catalog service, so it knows neither");

    static final ArchRule NOTHING_DEPENDS_ON_THE_KIOSK = noClasses()
            .that().resideOutsideOfPackage("org.pustaka.kiosk..")
            .should().dependOnClassesThat().resideInAPackage("org.pustaka.kiosk..")
            .because("kiosk-app is a product at the top: the modules below it never import it");

    static final ArchRule ROOT_HOLDS_MAIN_ONLY = classes()
            .that().resideInAPackage("org.pustaka.kiosk")
            .should().haveNameMatching("org\\.pustaka\\.kiosk\\.Main(\\$.*)?")
            .because("the root package is the entry point; the composition lives in compose, features beside it");

    static final ArchRule ONE_COMPOSITION = noClasses()
            .that().resideOutsideOfPackages("org.pustaka.kiosk", "org.pustaka.kiosk.compose..", "org.pustaka.kiosk.cli..",
                    "org.pustaka.kiosk.bench..", "org.pustaka.kiosk.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.pustaka.kiosk.compose..")
            .because("features are composed in one place (Main starts it) and never compose each other");

    /**
     * The simulators live beside what they imitate (library-protocols' sip2.sim and catalog.api.sim,
     * hardware-drivers' sim); in the kiosk only the composition chooses them, with the demo and the benches
     * (which exist to drive them) and the commands that serve a simulator on its own.
     */
    static final ArchRule SIMULATORS_ONLY_IN_COMPOSITION = noClasses()
            .that().resideInAPackage("org.pustaka.kiosk..")
            .and().resideOutsideOfPackages("org.pustaka.kiosk.compose..", "org.pustaka.kiosk.demo..",
                    "org.pustaka.kiosk.bench..")
            .and().haveNameNotMatching("org\\.pustaka\\.kiosk\\.cli\\.[A-Za-z0-9]+SimCommand(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.pustaka.sip2.sim..", "org.pustaka.catalog.api.sim..", "org.pustaka.hardware.sim..")
            .because("production code works on ports; only the composition picks a simulator behind one");

    static final List<ArchRule> ADAPTERS_OWN_THEIR_LIBRARIES = List.of(
            only("jssc..", "org.pustaka.hardware.serial.."),
            only("com.pi4j..", "org.pustaka.hardware.gpio.pi4j.."),
            only("com.github.anastaciocintra..", "org.pustaka.hardware.printer.escpos.."),
            only("com.formdev..", "org.pustaka.kiosk.ui.."),
            only("org.h2..", "org.pustaka.kiosk.store.jdbc.."),
            only("org.flywaydb..", "org.pustaka.kiosk.store.jdbc.."),
            only("org.apache.hc..", "org.pustaka.kiosk.library.http.."),
            only("com.password4j..", "org.pustaka.kiosk.pin.."));

    private DependencyRules() {
    }

    private static ArchRule only(String library, String adapter) {
        return noClasses().that().resideOutsideOfPackage(adapter)
                .should().dependOnClassesThat().resideInAPackage(library)
                .because(library + " is used only by its adapter " + adapter);
    }
}
