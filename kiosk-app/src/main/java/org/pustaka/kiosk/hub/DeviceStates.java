package org.pustaka.kiosk.hub;

import java.util.List;
import org.pustaka.hardware.api.DeviceHealth;

/** Supplies the devices' health for the heartbeat; called on the heartbeat's thread, must not block long. */
@FunctionalInterface
public interface DeviceStates {
    List<DeviceHealth> current();
}
