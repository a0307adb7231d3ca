package org.pustaka.kiosk.library;

import java.util.List;
import java.util.Objects;

/**
 * The library's answer to a return. {@code sortBin} (SIP2 CL) and {@code holdForAnother} turn into an
 * instruction for the visitor ("put this book on the hold shelf"); {@code alert} means staff must see it.
 */
public record CheckinResult(String itemId, boolean ok, String title, String sortBin, boolean alert,
                            boolean holdForAnother, Refusal refusal, List<String> screenMessages) {
    public CheckinResult {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
        sortBin = sortBin == null ? "" : sortBin;
        screenMessages = List.copyOf(screenMessages);
        if (!ok && refusal == null) {
            refusal = Refusal.of(RefusalReason.OTHER);
        }
    }

    public static CheckinResult accepted(String itemId, String title) {
        return new CheckinResult(itemId, true, title, "", false, false, null, List.of());
    }
}
