package org.pustaka.central.http.api;

/** The answer to {@code GET circulation/items/{itemId}}: never who has the item. */
public record Item(String itemId, boolean found, String status, String title, String dueDate) {
}
