package org.practicekit.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount of money in minor units (cents) of one currency. */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {
    private static final Currency USD = Currency.getInstance("USD");

    public Money {
        Objects.requireNonNull(currency, "currency == null");
    }

    public static Money usd(String amount) {
        return of(new BigDecimal(amount), USD);
    }

    public static Money ofCents(long cents) {
        return new Money(cents, USD);
    }

    public static Money zero() {
        return new Money(0, USD);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        BigDecimal scaled = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        return new Money(scaled.unscaledValue().longValueExact(), currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public int compareTo(Money o) {
        requireSameCurrency(o);
        return Long.compare(minorUnits, o.minorUnits);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
