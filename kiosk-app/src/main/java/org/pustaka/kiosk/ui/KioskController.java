package org.pustaka.kiosk.ui;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.EndReason;
import org.pustaka.kiosk.session.SessionEvent;
import org.pustaka.kiosk.session.SessionListener;
import org.pustaka.kiosk.session.SessionState;
import org.pustaka.kiosk.session.VisitSession;
import org.pustaka.kiosk.session.VisitSummary;

/**
 * Renders the session: one {@link Screen} per state, the header, the inactivity warning; forwards
 * taps, card scans, pad changes and the passing of time to the session, which decides the flow.
 * Event thread only. On the way back to the welcome screen the visit, the screen and any look the
 * visitor chose are dropped, so the next visitor starts clean.
 */
final class KioskController implements SessionListener, Header.Actions {
    private static final int TICK_MILLIS = 250;

    private final JFrame frame;
    private final VisitSession session;
    private final KioskTheme theme;
    private final boolean defaultContrast;
    private final boolean defaultLargeText;
    private final JPanel root = new JPanel(new BorderLayout());
    private final Timer ticker;
    private final AWTEventListener touches;
    private KioskContext context;
    private Visit visit = new Visit();
    private Texts texts;
    private Screen screen;
    private List<PadItem> pad = List.of();
    private final java.util.Set<String> leftOnPad = new java.util.HashSet<>();
    private String pendingCard;
    private TimeoutOverlay overlay;
    private JComponent view;
    private final TapGesture gesture = new TapGesture(5, 3_000);
    private Runnable secretGesture;
    private BooleanSupplier cardsHeld = () -> false;

    KioskController(JFrame frame, VisitSession session, KioskTheme theme) {
        this.frame = frame;
        this.session = session;
        this.theme = theme;
        this.defaultContrast = theme.contrast();
        this.defaultLargeText = theme.largeText();
        this.texts = Texts.of(session.language());
        this.ticker = new Timer(TICK_MILLIS, e -> tick());
        this.touches = this::touched;
        root.setName("kiosk");
        frame.setContentPane(root);
    }

    /** Wires the devices and shows the welcome screen. */
    void start(KioskContext kioskContext) {
        this.context = kioskContext;
        session.addListener(this);
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK);
        if (context.preparing()) {
            // the opening window: no cards, no pad, no lights until the kiosk's parts are ready
            show(create(session.state()));
            ticker.start();
            return;
        }
        context.devices().cards().listen(new CardListener() {
            @Override
            public void card(CardRead read) {
                SwingUtilities.invokeLater(() -> cardScanned(read.value()));
            }

            @Override
            public void problem(CardProblem problem) {
                SwingUtilities.invokeLater(() -> cardProblem(problem.kind()));
            }
        });
        context.work().lookup(() -> context.desk().watchPad(items -> SwingUtilities.invokeLater(() -> padChanged(items))));
        context.cue(null, LightPattern.READY);
        show(create(session.state()));
        ticker.start();
    }

    /** Every screen once, for {@link WarmUp}; none is opened, so none starts work. */
    List<java.util.function.Supplier<Screen>> allScreens() {
        return java.util.Arrays.stream(SessionState.values())
                .<java.util.function.Supplier<Screen>>map(st -> () -> warmable(st))
                .toList();
    }

    private Screen warmable(SessionState state) {
        if (state == SessionState.IDENTIFYING) {
            return new IdentifyScreen(context, null);
        }
        Screen s = create(state);
        return s instanceof BookingScreen<?> b ? b.forWarmUp() : s;
    }

    void stop() {
        ticker.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
        if (!context.preparing()) {
            context.devices().cards().stop();
        }
        session.removeListener(this);
        if (screen != null) {
            screen.closed();
        }
    }

    /** What five taps on the library's name do on the welcome screen; nothing when null. */
    void onSecretGesture(Runnable action) {
        this.secretGesture = action;
    }

    /**
     * While {@code busy} says so (the technician's diagnostics window covers the screen), a card presented
     * at the reader is ignored instead of starting a visit nobody can see.
     */
    void holdCardsWhile(BooleanSupplier busy) {
        this.cardsHeld = busy;
    }

    Visit visit() {
        return visit;
    }

    Texts texts() {
        return texts;
    }

    List<PadItem> pad() {
        return pad;
    }

    java.util.Set<String> leftOnPad() {
        return java.util.Collections.unmodifiableSet(leftOnPad);
    }

    /** The id of the screen showing, for tests and screenshots. */
    String screenId() {
        return screen == null ? "" : screen.id();
    }

    @Override
    public void stateChanged(SessionState from, SessionState to, VisitSession s) {
        if (to == SessionState.IDLE || from == SessionState.IDLE) {
            visit = new Visit();
        }
        if (to == SessionState.IDLE) {
            // what the visitor leaves on the pad is not the next visitor's to borrow or return unasked
            leftOnPad.clear();
            pad.stream().filter(PadItem::readable).forEach(i -> leftOnPad.add(i.itemId()));
            hideOverlay();
            if (theme.contrast() != defaultContrast || theme.largeText() != defaultLargeText) {
                theme.reset(defaultContrast, defaultLargeText);
            }
            context.cue(null, LightPattern.READY);
        }
        show(create(to));
    }

    @Override
    public void timeoutWarning(long secondsLeft) {
        context.cue(BuzzerCue.ATTENTION, null);
        overlay = new TimeoutOverlay(texts, secondsLeft, () -> session.handle(new SessionEvent.Touch()));
        frame.setGlassPane(overlay);
        overlay.setVisible(true);
        overlay.revalidate();
    }

    @Override
    public void timeoutWarningCleared() {
        hideOverlay();
    }

    @Override
    public void visitEnded(EndReason reason, VisitSummary summary) {
        pendingCard = null;
    }

    @Override
    public void language(String language) {
        session.handle(new SessionEvent.LanguageChosen(language));
        render();
    }

    @Override
    public void largeText(boolean on) {
        theme.largeText(on);
        render();
    }

    @Override
    public void contrast(boolean on) {
        theme.contrast(on);
        render();
    }

    @Override
    public void cancel() {
        session.handle(new SessionEvent.Cancel());
    }

    @Override
    public void libraryTapped() {
        // only on the welcome screen: a visitor in the middle of a loan never lands in diagnostics
        if (secretGesture != null && session.state() == SessionState.IDLE && gesture.tap(System.nanoTime())) {
            secretGesture.run();
        }
    }

    /** A screen's own state changed: only its view is built again, the header stays put under the finger. */
    void refresh(Screen s) {
        if (s == screen) {
            if (view != null) {
                root.remove(view);
            }
            view = screen.build(texts);
            view.setName("screen." + screen.id());
            root.add(view, BorderLayout.CENTER);
            root.revalidate();
            root.repaint();
        }
    }

    /** The kiosk went out of order or back: the welcome screen says so (a visit under way is left alone). */
    void noticeChanged() {
        if (screen instanceof WelcomeScreen) {
            refresh(screen);
        }
    }

    private Screen create(SessionState state) {
        return switch (state) {
            case IDLE -> new WelcomeScreen(context);
            case IDENTIFYING -> {
                String card = pendingCard;
                pendingCard = null;
                yield new IdentifyScreen(context, card);
            }
            case MENU -> new MenuScreen(context);
            case BORROWING -> new BorrowScreen(context);
            case RETURNING -> new ReturnScreen(context);
            case RENEWING -> new RenewScreen(context);
            case ACCOUNT -> new AccountScreen(context);
            case EVENTS -> context.bookings() == null ? new NotYetScreen(context, Activity.EVENTS)
                    : new EventsScreen(context);
            case SCHOOL_VISIT -> context.bookings() == null ? new NotYetScreen(context, Activity.SCHOOL_VISIT)
                    : new SchoolVisitScreen(context);
            case RECEIPT -> new ReceiptScreen(context);
            case SURVEY -> new SurveyScreen(context);
            case GOODBYE -> new GoodbyeScreen(context);
        };
    }

    private void show(Screen next) {
        if (screen != null) {
            screen.closed();
        }
        screen = next;
        render();
        next.opened();
    }

    private void render() {
        texts = Texts.of(session.language());
        root.removeAll();
        root.add(Header.build(texts, theme, session.state() != SessionState.IDLE, this), BorderLayout.NORTH);
        view = screen.build(texts);
        view.setName("screen." + screen.id());
        root.add(view, BorderLayout.CENTER);
        root.revalidate();
        root.repaint();
    }

    private void tick() {
        session.handle(new SessionEvent.Tick());
        if (overlay != null && session.warningShown()) {
            overlay.secondsLeft(texts, session.secondsLeft());
        }
    }

    private void hideOverlay() {
        if (overlay != null) {
            overlay.setVisible(false);
            overlay = null;
        }
    }

    private void cardScanned(String card) {
        if (cardsHeld.getAsBoolean()) {
            return;
        }
        SessionState state = session.state();
        if (state == SessionState.IDENTIFYING) {
            session.handle(new SessionEvent.Touch());
            screen.cardPresented(card);
        } else if (state == SessionState.IDLE || (state == SessionState.EVENTS && session.patron().isEmpty())) {
            pendingCard = card;
            session.handle(new SessionEvent.CardPresented(card));
        } else {
            screen.cardPresented(card);
        }
    }

    /** A card reader saw something to put in words (a half scan, two cards, an unknown card, a reader gone). */
    private void cardProblem(CardProblem.Kind kind) {
        if (!cardsHeld.getAsBoolean()) {
            screen.cardProblem(kind);
        }
    }

    private void padChanged(List<PadItem> items) {
        pad = List.copyOf(items);
        leftOnPad.removeIf(id -> pad.stream().noneMatch(i -> id.equals(i.itemId())));
        if (session.state() != SessionState.IDLE) {
            session.handle(new SessionEvent.Touch());
        }
        screen.padChanged(pad);
    }

    private void touched(AWTEvent event) {
        if (event.getID() == MouseEvent.MOUSE_PRESSED && event.getSource() instanceof Component c
                && SwingUtilities.getWindowAncestor(c) == frame && session.state() != SessionState.IDLE) {
            session.handle(new SessionEvent.Touch());
        }
    }
}
