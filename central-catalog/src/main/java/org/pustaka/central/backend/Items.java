package org.pustaka.central.backend;

import java.util.Optional;

/** Catalogued items (copies). */
public interface Items {

    /** The item with this code (barcode), with its title; empty when unknown or without a title record. */
    Optional<Item> find(String itemCode);
}
