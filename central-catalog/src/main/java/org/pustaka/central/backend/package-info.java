/**
 * What circulation needs from a library system, as small ports, with one adapter per system
 * ({@code slims} today; an {@code inlislite} adapter can implement the same ports over its own tables).
 *
 * <p>A {@link org.pustaka.central.backend.LibrarySession} is one connection for one request: the item lock
 * it takes lives and dies with that connection, and every read and write of the request runs on it, so a
 * request whose connection is gone can write nothing more. Rule <em>selection</em> (which loan rule applies)
 * belongs to the adapter because it is system-specific; rule <em>arithmetic</em> (due dates, fines, limits)
 * lives once in the circulation core.
 */
package org.pustaka.central.backend;
