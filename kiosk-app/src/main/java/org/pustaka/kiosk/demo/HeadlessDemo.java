package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.time.Clock;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.SessionEvent;
import org.pustaka.kiosk.session.SessionListener;
import org.pustaka.kiosk.session.SessionState;
import org.pustaka.kiosk.session.VisitSession;

/**
 * The scripted visit of {@code kiosk demo --headless}: drives the session state machine through a visit
 * with the simulated devices and prints each step on stderr. Steps whose capability is not built yet
 * say so plainly.
 */
public final class HeadlessDemo {
    private final KioskConfig config;
    private final PrintWriter err;

    public HeadlessDemo(KioskConfig config, PrintWriter err) {
        this.config = config;
        this.err = err;
    }

    public int run() {
        VisitSession session = new VisitSession(Clock.systemDefaultZone(), config.session().inactivityTimeout(),
                config.session().warningBefore(), config.kiosk().defaultLanguage());
        session.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionState from, SessionState to, VisitSession s) {
                step("screen: " + from + " -> " + to);
            }
        });
        step("kiosk " + config.kiosk().id() + " ready; data in " + config.kiosk().dataDir());
        session.handle(new SessionEvent.Start(Activity.BORROW));
        step("identify visitor: NOT BUILT YET (needs the library system adapter)");
        session.handle(new SessionEvent.Cancel());
        session.handle(new SessionEvent.Start(Activity.RETURN));
        step("return items: NOT BUILT YET (needs circulation)");
        session.handle(new SessionEvent.ActivityDone());
        session.handle(new SessionEvent.SurveyAnswered(5));
        session.handle(new SessionEvent.Start(Activity.EVENTS));
        step("event sign-up: NOT BUILT YET");
        session.handle(new SessionEvent.Cancel());
        session.handle(new SessionEvent.Start(Activity.SCHOOL_VISIT));
        step("school visit booking: NOT BUILT YET");
        session.handle(new SessionEvent.Cancel());
        step("scripted visit finished; state " + session.state());
        return 0;
    }

    private void step(String text) {
        err.println("[demo] " + text);
        err.flush();
    }
}
