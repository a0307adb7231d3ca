package org.pustaka.central.events;

import java.util.UUID;

/** A sign-up by a member ({@code memberId}) or a guest ({@code guestName} and {@code guestPhone}). */
public record SignUp(UUID id, String memberId, String guestName, String guestPhone, int partySize, String language) {
    @Override
    public String toString() {
        return "SignUp[" + id + ", partySize=" + partySize + "]";
    }
}
