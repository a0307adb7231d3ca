package org.pustaka.kiosk.diagnostics;

import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.kiosk.library.LibrarySystem;

/**
 * What the self-tests look at. {@code printer}, {@code lights} and {@code buzzer} are null when the
 * kiosk has none configured ({@code driver=none}); the check then passes and says so.
 */
public record SelfTestTargets(RfidReader rfid, ReceiptPrinter printer, StatusLights lights, Buzzer buzzer,
                              LibrarySystem library, CatalogProbe catalog, OutboxDepth outbox) {
}
