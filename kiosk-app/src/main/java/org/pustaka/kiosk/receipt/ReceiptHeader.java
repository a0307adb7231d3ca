package org.pustaka.kiosk.receipt;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What every receipt starts with: the library's name and address, the kiosk's id (so staff can tell
 * which kiosk printed it) and the zone its times are shown in (Asia/Jakarta, printed as WIB).
 */
public record ReceiptHeader(String libraryName, String libraryAddress, String kioskId, ZoneId zone) {
    public ReceiptHeader {
        Objects.requireNonNull(libraryName, "libraryName");
        libraryAddress = libraryAddress == null ? "" : libraryAddress;
        kioskId = kioskId == null ? "" : kioskId;
        Objects.requireNonNull(zone, "zone");
    }
}
