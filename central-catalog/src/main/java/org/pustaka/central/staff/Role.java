package org.pustaka.central.staff;

/** What a staff member may do on the staff pages. Every signed-in account has {@link #READ}. */
public enum Role {
    READ, EVENTS, KIOSKS
}
