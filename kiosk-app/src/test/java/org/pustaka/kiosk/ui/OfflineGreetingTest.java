package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A visitor identified offline whose name the kiosk does not know is greeted plainly, never "Halo, !". */
class OfflineGreetingTest {
    private KioskFixture kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void anUnnamedOfflineVisitorGetsAPlainGreetingAndTheOfflineNotice(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.awaitScreen("welcome");
        kiosk.desk.scanCard(FakeDesk.OFFLINE_UNNAMED);
        kiosk.awaitScreen("identify");
        kiosk.type("7777");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("menu");

        kiosk.awaitText("menu.hello", t.get("menu.helloNoName"));
        assertThat(kiosk.text("menu.hello")).doesNotContain(",").doesNotContain("!,");
        assertThat(kiosk.allText()).contains(t.get("identify.offline"));
    }
}
