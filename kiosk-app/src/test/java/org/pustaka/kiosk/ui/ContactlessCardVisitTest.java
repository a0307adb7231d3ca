package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.hardware.card.CardReaders;
import org.pustaka.hardware.card.pcsc.PcscCardReader;
import org.pustaka.hardware.card.pcsc.PcscdProcess;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.hardware.sim.VirtualContactlessCard;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.identification.CatalogCardPairings;
import org.pustaka.kiosk.identification.IdentifiedCards;
import org.pustaka.kiosk.identification.MemberNumbers;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.session.SessionState;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcCardPairingStore;

/**
 * A contactless card on a real pcscd (the vsmartcard virtual reader) starts the visit of the member its
 * UID is paired with at the central catalog (the simulated one, over real HTTP); the pairing kept in H2
 * still works with the catalog gone; an unpaired card gets a sentence on the welcome screen.
 */
class ContactlessCardVisitTest {

    private static String shown(DesktopKiosk kiosk) throws Exception {
        AtomicReference<String> s = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> s.set(kiosk.session().state() + " " + kiosk.controller().screenId()));
        return s.get();
    }

    private static void backToWelcome(DesktopKiosk kiosk) throws Exception {
        SwingUtilities.invokeAndWait(() -> kiosk.controller().cancel());
        await().atMost(10, TimeUnit.SECONDS).until(() -> kiosk.session().state() == SessionState.IDLE);
    }

    /**
     * Waits until pcscd reports the virtual reader empty, and then for a few of the kiosk reader's polls
     * (100 ms apart): a card laid down again before the reader saw the field empty is, to any PC/SC reader,
     * the same card still lying there.
     */
    private static void awaitFieldEmpty() {
        javax.smartcardio.CardTerminals terminals = javax.smartcardio.TerminalFactory.getDefault().terminals();
        await().atMost(20, TimeUnit.SECONDS).until(() -> terminals.list().stream().noneMatch(t -> {
            try {
                return t.isCardPresent();
            } catch (javax.smartcardio.CardException e) {
                return true;
            }
        }));
        await().pollDelay(java.time.Duration.ofMillis(500)).atMost(5, TimeUnit.SECONDS).until(() -> true);
    }

    @Test
    void aPairedCardStartsItsMembersVisitAlsoOfflineAndAnUnpairedOneIsToldSo() throws Exception {
        System.setProperty("flatlaf.uiScale", "1");
        Path dir = Files.createTempDirectory("kiosk-contactless");
        FakeDesk desk = new FakeDesk();
        SimCentralCatalog catalog = new SimCentralCatalog(TestSettings.TOKEN, 7);
        catalog.start();
        catalog.pairCard("04C0FFEE1234", "2024000321");
        KioskConfig config = KioskConfig.demo(dir, Map.of());
        try (Database db = Database.open(dir.resolve("db"));
             CentralCatalogClient client = new CentralCatalogClient(TestSettings.forBase(catalog.baseUri().toString()), "MLG-01");
             PcscdProcess pcscd = PcscdProcess.start()) {
            IdentifiedCards cards = new IdentifiedCards(
                    new CardReaders(List.of(new PcscCardReader("Virtual PCD", Duration.ofMillis(100)))),
                    MemberNumbers.of(config.cards()),
                    new CatalogCardPairings(client, new JdbcCardPairingStore(db), Clock.systemUTC()));
            DesktopKiosk kiosk = DesktopKiosk.builder(config, desk, new KioskDevices(desk.printer,
                    new RecordingStatusLights(), new RecordingBuzzer(), cards)).start();
            try {
                try (VirtualContactlessCard card = pcscd.insert("04C0FFEE1234", null)) {
                    await().atMost(20, TimeUnit.SECONDS).until(() -> shown(kiosk).equals("IDENTIFYING identify"));
                    await().atMost(5, TimeUnit.SECONDS).until(() -> kiosk.session().state() == SessionState.IDENTIFYING);
                }
                assertThat(text(kiosk, "identify.number")).isEqualTo("2024000321");
                backToWelcome(kiosk);
                awaitFieldEmpty();

                catalog.stop();
                try (VirtualContactlessCard card = pcscd.insert("04C0FFEE1234", null)) {
                    await().atMost(30, TimeUnit.SECONDS).until(() -> shown(kiosk).equals("IDENTIFYING identify"));
                }
                assertThat(text(kiosk, "identify.number")).as("the pairing kept offline").isEqualTo("2024000321");
                backToWelcome(kiosk);
                awaitFieldEmpty();

                try (VirtualContactlessCard card = pcscd.insert("04DEAD0000BEEF", null)) {
                    Texts t = Texts.of(config.kiosk().defaultLanguage());
                    await().atMost(60, TimeUnit.SECONDS).until(() -> text(kiosk, "welcome.card")
                            .equals(t.get("card.problem.LOOKUP_UNAVAILABLE")));
                }
                assertThat(shown(kiosk)).isEqualTo("IDLE welcome");
            } finally {
                kiosk.close();
                cards.close();
            }
        } finally {
            catalog.close();
        }
    }

    private static String text(DesktopKiosk kiosk, String name) throws Exception {
        AtomicReference<String> s = new AtomicReference<>("");
        SwingUtilities.invokeAndWait(() -> s.set(find(kiosk.window().getRootPane(), name)));
        return s.get();
    }

    private static String find(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                if (child instanceof javax.swing.JLabel l) {
                    return l.getText().replaceAll("<[^>]+>", "").trim();
                }
                if (child instanceof javax.swing.text.JTextComponent tc) {
                    return tc.getText().trim();
                }
            }
            if (child instanceof java.awt.Container inner) {
                String found = find(inner, name);
                if (found != null && !found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
