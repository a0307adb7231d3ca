package org.pustaka.kiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the dependency rule of the architecture: library-protocols knows no product and nothing
 * depends on the kiosk; the session and circulation core stays plain Java over ports; the UI never reaches devices, sockets or the database; third-party libraries stay in their
 * adapter packages.
 */
class DependencyRulesTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        // jars are not left out: under `mvn verify` the modules below the kiosk reach this test as jars
        // (under `mvn test`, as class folders), and the module rules must see their classes either way
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pustaka");
    }

    @Test
    void theCoreImportsOnlyPortsAndEachOther() {
        DependencyRules.CORE_ONLY_PORTS.check(product);
    }

    @Test
    void theSessionHasNoSwingJdbcOrSockets() {
        DependencyRules.SESSION_IS_PLAIN_JAVA.check(product);
    }

    @Test
    void theUiNeverTalksToDevicesSocketsOrTheDatabase() {
        DependencyRules.UI_STAYS_ON_SCREEN.check(product);
    }

    @Test
    void theSharedProtocolsKnowNoProduct() {
        DependencyRules.PROTOCOLS_KNOW_NO_PRODUCT.check(product);
    }

    @Test
    void nothingDependsOnTheKiosk() {
        DependencyRules.NOTHING_DEPENDS_ON_THE_KIOSK.check(product);
    }

    @Test
    void theRootPackageHoldsMainOnly() {
        DependencyRules.ROOT_HOLDS_MAIN_ONLY.check(product);
    }

    @Test
    void onlyCommandsBenchesAndTheDemoUseTheComposition() {
        DependencyRules.ONE_COMPOSITION.check(product);
    }

    @Test
    void onlyTheCompositionPicksASimulator() {
        DependencyRules.SIMULATORS_ONLY_IN_COMPOSITION.check(product);
    }

    @Test
    void theSimulatorRuleCatchesAFeatureUsingASimulator() {
        assertThat(violations(DependencyRules.SIMULATORS_ONLY_IN_COMPOSITION, "simulator"))
                .contains("org.pustaka.sip2.sim.SimCatalog");
    }

    @Test
    void thirdPartyLibrariesStayInTheirAdapters() {
        for (var rule : DependencyRules.ADAPTERS_OWN_THEIR_LIBRARIES) {
            rule.check(product);
        }
    }

    @Test
    void theRuleCatchesASessionClassUsingSwingJdbcOrSockets() {
        assertThat(violations(DependencyRules.SESSION_IS_PLAIN_JAVA, "session"))
                .contains("javax.swing").contains("java.sql").contains("java.net.Socket");
    }

    /** The report of {@code rule} over the rule-breaking classes of {@code fixture.<name>}; fails when it finds none. */
    private static String violations(ArchRule rule, String fixture) {
        JavaClasses offenders = new ClassFileImporter()
                .importPackages("org.pustaka.kiosk.architecture.fixture." + fixture);
        assertThat(offenders).isNotEmpty();
        EvaluationResult result = rule.evaluate(offenders);
        assertThat(result.hasViolation()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
