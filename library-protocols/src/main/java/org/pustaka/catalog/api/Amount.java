package org.pustaka.catalog.api;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in the API: a decimal and its ISO 4217 currency, IDR when absent. */
public record Amount(BigDecimal amount, String currency) {
    public Amount {
        Objects.requireNonNull(amount, "amount");
        currency = currency == null || currency.isBlank() ? "IDR" : currency;
    }
}
