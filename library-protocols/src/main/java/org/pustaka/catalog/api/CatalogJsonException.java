package org.pustaka.catalog.api;

/** A JSON text that is not a valid value of the API type it was read as; the message says which and why. */
public class CatalogJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogJsonException(String message) {
        super(message);
    }
}
