package org.pustaka.hardware.api;

import java.io.IOException;

/**
 * A device did not do what was asked: no answer, an error status, or an answer that could not be
 * understood. The message is a sentence for a technician; {@link #device()} names the device so that
 * diagnostics and the lights can point at it.
 */
public class DeviceException extends IOException {
    private final String device;

    public DeviceException(String device, String message) {
        super(message);
        this.device = device;
    }

    public DeviceException(String device, String message, Throwable cause) {
        super(message, cause);
        this.device = device;
    }

    public String device() {
        return device;
    }
}
