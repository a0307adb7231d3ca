package org.pustaka.central.backend;

/**
 * A library system the service does circulation in. Thread-safe; {@link #open()} blocks until a database
 * connection is free and throws {@link BackendException} when the database does not answer.
 */
public interface LibraryBackend {

    /** One connection for one request; close it when the request ends (this also frees its locks). */
    LibrarySession open();
}
