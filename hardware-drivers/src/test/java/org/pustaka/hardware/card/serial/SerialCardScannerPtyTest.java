package org.pustaka.hardware.card.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.card.RecordingCardListener;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;

/** The serial scanner driver with jSSC on one end of a socat pty pair and the test "scanning" on the other. */
class SerialCardScannerPtyTest {

    @TempDir
    Path dir;

    private SerialCardScanner scanner(LinkedPtys ptys, String prefix, String suffix) {
        JsscSerialLink link = new JsscSerialLink(new SerialSettings(ptys.device().toString(), 9600, 8, Parity.NONE, 1));
        return new SerialCardScanner(link, new SerialCardScanner.Options(ptys.device(), ControlText.parse(prefix),
                ControlText.parse(suffix), Duration.ofMillis(300), Duration.ofMillis(200)));
    }

    @Test
    void scansWithPrefixAndSuffixArriveAsNumbersAndHalfScansAreDropped() throws Exception {
        try (LinkedPtys ptys = new LinkedPtys(dir)) {
            ptys.plugIn();
            RecordingCardListener heard = new RecordingCardListener();
            try (SerialCardScanner s = scanner(ptys, "\\x02", "\\x03\\r")) {
                s.listen(heard);
                await().atMost(10, TimeUnit.SECONDS).until(() -> s.health().state() == DeviceHealth.State.OK);
                ptys.send("\u000200012345\u0003\r".getBytes(StandardCharsets.US_ASCII));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.values().contains("00012345"));
                ptys.send("\u000277".getBytes(StandardCharsets.US_ASCII));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.PARTIAL_READ));
                ptys.send("\u000288888\u0003\r".getBytes(StandardCharsets.US_ASCII));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.values().contains("88888"));
                assertThat(heard.values()).containsExactly("00012345", "88888");
            }
        }
    }

    @Test
    void anUnpluggedScannerIsReportedAndReadsAgainOncePluggedBack() throws Exception {
        try (LinkedPtys ptys = new LinkedPtys(dir)) {
            ptys.plugIn();
            RecordingCardListener heard = new RecordingCardListener();
            try (SerialCardScanner s = scanner(ptys, "", "\\r")) {
                s.listen(heard);
                await().atMost(10, TimeUnit.SECONDS).until(() -> s.health().state() == DeviceHealth.State.OK);
                ptys.unplug();
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.READER_LOST));
                assertThat(s.health().state()).isEqualTo(DeviceHealth.State.FAILED);
                ptys.plugIn();
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.READER_BACK));
                ptys.send("4321\r\n".getBytes(StandardCharsets.US_ASCII));
                ptys.send("5678\r\n".getBytes(StandardCharsets.US_ASCII));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.values().size() == 2);
                assertThat(heard.values()).containsExactly("4321", "5678");
            }
        }
    }
}
