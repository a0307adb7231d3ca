package org.pustaka.hardware.api;

/**
 * The kiosk's status lights. {@link #show} returns at once; blinking patterns run on the driver's own
 * timer until the next call. Safe to call from any thread. Never throws: a broken light must not stop
 * a loan; it shows in {@link #health()}.
 */
public interface StatusLights extends AutoCloseable {

    void show(LightPattern pattern);

    DeviceHealth health();

    @Override
    default void close() {
    }
}
