package org.pustaka.hardware.gpio.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.StatusLights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three lights (green, amber, red) on GPIO pins through Pi4J 2. Steady patterns set the pins at once;
 * blinking ones ({@link LightPattern#BUSY} green, {@link LightPattern#ATTENTION} amber) toggle on this
 * driver's own scheduled thread until the next {@link #show}. A pin that cannot be driven is logged and
 * shows in {@link #health()}; it never throws to the caller, so a broken lamp cannot stop a loan.
 */
public final class Pi4jStatusLights implements StatusLights {
    public static final String DEVICE = "lights";
    public static final Duration DEFAULT_BLINK = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jStatusLights.class);

    private final DigitalOutput green;
    private final DigitalOutput amber;
    private final DigitalOutput red;
    private final Duration blinkHalfPeriod;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> blinking;
    private DigitalOutput blinkingPin;
    private LightPattern pattern = LightPattern.OFF;
    // per pin, so that one working pin does not hide another that failed
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();

    /**
     * Lights on BCM pins {@code greenPin}, {@code amberPin}, {@code redPin} of an explicitly built
     * {@code context} (see {@link Pi4jContexts}); blinking pins stay on and off for {@code blinkHalfPeriod}.
     */
    public Pi4jStatusLights(Context context, int greenPin, int amberPin, int redPin, Duration blinkHalfPeriod) {
        this(Pi4jOutputs.create(context, "light-green", greenPin), Pi4jOutputs.create(context, "light-amber", amberPin),
                Pi4jOutputs.create(context, "light-red", redPin), blinkHalfPeriod);
    }

    Pi4jStatusLights(DigitalOutput green, DigitalOutput amber, DigitalOutput red, Duration blinkHalfPeriod) {
        this.green = green;
        this.amber = amber;
        this.red = red;
        this.blinkHalfPeriod = blinkHalfPeriod;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "status-lights");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void show(LightPattern next) {
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
            blinkingPin = null;
        }
        pattern = next;
        set(green, next == LightPattern.READY || next == LightPattern.BUSY);
        set(amber, next == LightPattern.ATTENTION || next == LightPattern.OFFLINE);
        set(red, next == LightPattern.OUT_OF_ORDER);
        DigitalOutput blink = switch (next) {
            case BUSY -> green;
            case ATTENTION -> amber;
            default -> null;
        };
        if (blink != null) {
            blinkingPin = blink;
            long half = blinkHalfPeriod.toMillis();
            blinking = timer.scheduleAtFixedRate(this::tick, half, half, TimeUnit.MILLISECONDS);
        }
    }

    /** One blink step: the blinking pin changes state. Runs on the driver's timer thread. */
    synchronized void tick() {
        if (blinkingPin != null) {
            set(blinkingPin, !blinkingPin.isHigh());
        }
    }

    DigitalOutput greenForTest() {
        return green;
    }

    public synchronized LightPattern pattern() {
        return pattern;
    }

    @Override
    public DeviceHealth health() {
        String f = String.join(" ", new TreeMap<>(failures).values());
        return f.isEmpty() ? DeviceHealth.ok(DEVICE) : new DeviceHealth(DEVICE, DeviceHealth.State.FAILED, f);
    }

    private void set(DigitalOutput pin, boolean on) {
        try {
            pin.state(on ? DigitalState.HIGH : DigitalState.LOW);
            failures.remove(pin.address().intValue());
        } catch (RuntimeException e) {
            String problem = "The light on GPIO " + pin.address() + " cannot be switched (" + e.getMessage()
                    + "). Check gpio.*Pin in the configuration and the wiring.";
            if (!problem.equals(failures.put(pin.address().intValue(), problem))) {
                LOG.warn("{}", problem);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (blinking != null) {
            blinking.cancel(false);
        }
        timer.shutdownNow();
        set(green, false);
        set(amber, false);
        set(red, false);
    }
}
