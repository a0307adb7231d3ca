package org.pustaka.hardware.sim;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.StatusLights;

/** Lights that remember every pattern they were asked to show. */
public final class RecordingStatusLights implements StatusLights {
    private final List<LightPattern> history = new ArrayList<>();

    @Override
    public synchronized void show(LightPattern pattern) {
        history.add(pattern);
    }

    public synchronized LightPattern current() {
        return history.isEmpty() ? LightPattern.OFF : history.get(history.size() - 1);
    }

    public synchronized List<LightPattern> history() {
        return List.copyOf(history);
    }

    @Override
    public DeviceHealth health() {
        return DeviceHealth.ok("lights");
    }
}
