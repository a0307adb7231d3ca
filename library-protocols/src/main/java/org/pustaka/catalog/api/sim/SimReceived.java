package org.pustaka.catalog.api.sim;

/**
 * One thing the simulated catalog received, for tests: the request line, the record id it carried (a
 * batch yields one entry per record), whether it was a repeat of an id already applied, and the status
 * answered (0 when the connection was dropped after processing).
 */
public record SimReceived(String method, String path, String id, boolean duplicate, int status) {
}
