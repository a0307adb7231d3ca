package org.pustaka.central.http.api;

/** One batch record refused for good. {@code id} is the record's id as sent, even when it is not a UUID. */
public record BatchRejection(String id, String code, LocalizedText message) {
}
