package org.pustaka.central.http.api;

/** An amount of money; whole rupiah in practice. */
public record Money(long amount, String currency) {
}
