package org.pustaka.kiosk.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.kiosk.bench.PtyPair;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.diagnostics.DiagnosticsTools;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.ui.TechnicianTools;
import org.pustaka.sip2.sim.SimulatedAcs;
import org.slf4j.LoggerFactory;

/**
 * The production composition ({@link DesktopComposition} with demo=false, as {@code kiosk run} starts it)
 * with real adapters: the FEIG driver over jSSC on one end of a socat pty pair with the reader emulator on
 * the other, and the SIP2 adapter against the simulated ACS on a loopback port. A checkout goes through
 * to both. A configuration that leaves a device simulated is named in the log and in diagnostics.
 * Needs a display (Xvfb in the test run) and socat.
 */
class ProductionCompositionTest {
    private static final String ITEM = "30000101";

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger compositionLog = (Logger) LoggerFactory.getLogger(DesktopComposition.class);

    @BeforeEach
    void listen() {
        log.start();
        compositionLog.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        compositionLog.detachAppender(log);
    }

    @Test
    void aCheckoutGoesThroughTheFeigReaderOnAPtyAndTheSip2Server() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        SimTag tag = DemoTags.tagFor(ITEM);
        pad.place(tag);
        Scenario s = Scenario.builtIn();
        PatronCredentials visitor = new PatronCredentials(s.patron(), s.pin());
        try (PtyPair line = PtyPair.start(); FeigReaderEmulator reader = new FeigReaderEmulator(pad);
             SimulatedAcs acs = new SimulatedAcs()) {
            reader.startOnDevice(line.first());
            int port = acs.start(0, null);
            Properties p = new Properties();
            p.setProperty("kiosk.id", "MLG-PRD");
            p.setProperty("kiosk.dataDir", dir.resolve("data").toString());
            p.setProperty("library.type", "sip2");
            p.setProperty("sip2.host", "127.0.0.1");
            p.setProperty("sip2.port", Integer.toString(port));
            p.setProperty("sip2.institution", acs.catalog().institution());
            p.setProperty("rfid.driver", "feig");
            p.setProperty("rfid.port", line.second().toString());
            p.setProperty("printer.driver", "none");
            p.setProperty("gpio.driver", "none");

            try (DesktopComposition kiosk = DesktopComposition.start(KioskConfig.from(p, Map.of()), false)) {
                Circulation desk = kiosk.engine().desk();
                IdentifyResult who = desk.identify(visitor);
                assertThat(who.refusal()).isNull();
                assertThat(who.offline()).isFalse();
                await().atMost(Duration.ofSeconds(20)).until(() -> desk.padContent().items().stream()
                        .anyMatch(i -> i.itemId().equals(ITEM)));
                PadItem item = desk.padContent().items().stream().filter(i -> i.itemId().equals(ITEM)).findFirst()
                        .orElseThrow();

                ItemOutcome outcome = desk.borrow(visitor, item);

                assertThat(outcome.result()).as(outcome.toString()).isEqualTo(ItemOutcome.Result.DONE);
                assertThat(tag.afi()).as("the tag's AFI, written over the pty").isEqualTo(DemoTags.AFI_ON_LOAN);
                assertThat(kiosk.engine().library().item(ITEM).status().onLoan()).as("the loan at the SIP2 server").isTrue();
                assertThat(kiosk.technicianTools().selfTests("en")).extracting(TechnicianTools.Check::name)
                        .doesNotContain(DiagnosticsTools.SETUP_CHECK).contains("rfid", "library");
                assertThat(warnings()).isEmpty();
            }
        }
    }

    @Test
    void aConfigurationThatLeavesDevicesSimulatedSaysSoInTheLogAndInDiagnostics() throws Exception {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "MLG-SIM");
        p.setProperty("kiosk.dataDir", dir.resolve("data").toString());

        try (DesktopComposition kiosk = DesktopComposition.start(KioskConfig.from(p, Map.of()), false)) {
            assertThat(warnings()).hasSize(4).anyMatch(w -> w.contains("rfid.driver=sim"))
                    .anyMatch(w -> w.contains("printer.driver=sim")).anyMatch(w -> w.contains("gpio.driver=sim"))
                    .anyMatch(w -> w.contains("library.type=sim"));
            List<TechnicianTools.Check> checks = kiosk.technicianTools().selfTests("en");
            assertThat(checks.get(0).name()).isEqualTo(DiagnosticsTools.SETUP_CHECK);
            assertThat(checks.get(0).ok()).isFalse();
            assertThat(checks.get(0).detail()).contains("rfid.driver=sim", "set rfid.driver=feig",
                    "printer.driver=sim", "library.type=sim");
        }
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("Simulated part")).toList();
    }
}
