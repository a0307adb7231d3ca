package org.pustaka.kiosk.library;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in a currency (ISO 4217; the library's is IDR, rupiah without minor units). */
public record Money(BigDecimal amount, String currency) {
    public static final Money ZERO = new Money(BigDecimal.ZERO, "IDR");

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = currency == null || currency.isBlank() ? "IDR" : currency;
    }

    public static Money rupiah(long amount) {
        return new Money(BigDecimal.valueOf(amount), "IDR");
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }
}
