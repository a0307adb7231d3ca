package org.pustaka.kiosk.ui;

/** The connections the demo's device window can cut. */
public enum SimulatedLink {
    /** The library system (SIP2): circulation falls back to its offline rules. */
    LIBRARY_SYSTEM,
    /** The central catalog (HTTP): events, visits and reports wait. */
    CENTRAL_CATALOG
}
