package org.pustaka.kiosk.diagnostics;

/**
 * How many reports wait in the local store's outbox ({@code OutboxStore::depth} fits). Throws
 * {@link org.pustaka.kiosk.store.StoreException} when the store cannot be read.
 */
@FunctionalInterface
public interface OutboxDepth {
    int depth();
}
