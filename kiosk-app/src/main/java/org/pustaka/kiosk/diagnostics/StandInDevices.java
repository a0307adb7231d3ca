package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.hardware.api.TagRead;

/**
 * Devices that could not be opened, standing in so their self-test fails with the reason instead of
 * the whole run stopping at the first broken device.
 */
public final class StandInDevices {
    private StandInDevices() {
    }

    public static ReceiptPrinter failedPrinter(String reason) {
        return new ReceiptPrinter() {
            @Override
            public PrinterStatus status() {
                return new PrinterStatus(false, false, false, false, true, true);
            }

            @Override
            public void print(Receipt receipt) throws DeviceException {
                throw new DeviceException("printer", reason);
            }

            @Override
            public DeviceHealth health() {
                return new DeviceHealth("printer", DeviceHealth.State.FAILED, reason);
            }
        };
    }

    public static RfidReader failedReader(String reason) {
        return new RfidReader() {
            @Override
            public List<String> inventory() throws DeviceException {
                throw new DeviceException("rfid", reason);
            }

            @Override
            public TagRead read(String uid) throws DeviceException {
                throw new DeviceException("rfid", reason);
            }

            @Override
            public void writeAfi(String uid, int afi) throws DeviceException {
                throw new DeviceException("rfid", reason);
            }

            @Override
            public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
                throw new DeviceException("rfid", reason);
            }

            @Override
            public DeviceHealth health() {
                return new DeviceHealth("rfid", DeviceHealth.State.FAILED, reason);
            }
        };
    }

    public static StatusLights failedLights(String reason) {
        return new StatusLights() {
            @Override
            public void show(LightPattern pattern) {
                // no lights to switch
            }

            @Override
            public DeviceHealth health() {
                return new DeviceHealth("lights", DeviceHealth.State.FAILED, reason);
            }
        };
    }
}
