package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The welcome screen says plainly when the kiosk is out of order, and stops saying it when it is back. */
@Isolated
class OutOfOrderNoticeTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theWelcomeScreenSaysTheKioskIsOutOfOrderWhileItIs(String lang) throws Exception {
        Switch notice = new Switch();
        kiosk = KioskFixture.startWith(lang, b -> b.serviceNotice(notice));
        Texts t = kiosk.texts();
        kiosk.awaitText("welcome.subtitle", t.get("welcome.subtitle"));
        assertThat(kiosk.allText()).doesNotContain(t.get("welcome.outOfOrder"));

        notice.set(true);
        kiosk.awaitText("welcome.outOfOrder", t.get("welcome.outOfOrder"));
        assertThat(kiosk.text("welcome.subtitle")).isEmpty();
        kiosk.shoot("welcome-out-of-order");

        notice.set(false);
        kiosk.awaitText("welcome.subtitle", t.get("welcome.subtitle"));
        assertThat(kiosk.allText()).doesNotContain(t.get("welcome.outOfOrder"));
    }

    /** A notice the test switches, telling its listeners from the test's thread as the real one does. */
    private static final class Switch implements ServiceNotice {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean out;

        void set(boolean value) {
            out = value;
            listeners.forEach(Runnable::run);
        }

        @Override
        public boolean outOfOrder() {
            return out;
        }

        @Override
        public void onChange(Runnable listener) {
            listeners.add(listener);
        }
    }
}
