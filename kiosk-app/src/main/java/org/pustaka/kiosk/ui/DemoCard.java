package org.pustaka.kiosk.ui;

import java.util.Objects;

/** A demo library card: its number and a short description of who it is (for the device window). */
public record DemoCard(String cardNumber, String description) {
    public DemoCard {
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(description, "description");
    }
}
