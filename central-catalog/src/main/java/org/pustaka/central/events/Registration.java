package org.pustaka.central.events;

import java.time.Instant;

/**
 * One sign-up as staff see it. {@code waitlistPosition} is 1-based for a waiting registration and 0 otherwise;
 * {@code attendance} is null until marked, then {@link Attendance#ATTENDED} or {@link Attendance#ABSENT}.
 */
public record Registration(String id, String kioskId, String memberId, String guestName, String guestPhone,
                           int partySize, String status, Instant createdAt, Attendance attendance,
                           int waitlistPosition) {

    public boolean member() {
        return memberId != null && !memberId.isEmpty();
    }

    /** The member number with all but its last three characters hidden, as pages and exports show it. */
    public String maskedMember() {
        if (!member()) {
            return "";
        }
        int keep = Math.min(3, memberId.length());
        return "*".repeat(memberId.length() - keep) + memberId.substring(memberId.length() - keep);
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", " + status + "]";
    }
}
