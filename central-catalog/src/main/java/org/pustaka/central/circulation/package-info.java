/**
 * The circulation core: one set of rules behind every door (kiosk API, SIP2, staff pages).
 *
 * <p>{@link org.pustaka.central.circulation.CirculationDesk} is the interface the doors call; its records
 * are what they render. The implementation works through the library-system port in
 * {@code org.pustaka.central.backend} and keeps its exactly-once ledger in the service's own database.
 */
package org.pustaka.central.circulation;
