package org.practicekit.core.model;

import java.util.List;
import java.util.Objects;

/** A postal address. {@code state} is the two-letter code in the US; {@code country} is ISO 3166 alpha-2. */
public record Address(List<String> lines, String city, String state, String postalCode, String country) {
    public Address {
        Objects.requireNonNull(lines, "lines == null");
        Objects.requireNonNull(city, "city == null");
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(postalCode, "postalCode == null");
        Objects.requireNonNull(country, "country == null");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("an address needs at least one street line");
        }
        if (city.isBlank()) {
            throw new IllegalArgumentException("city is blank");
        }
    }

    public static Address us(String line, String city, String state, String zip) {
        return new Address(List.of(line), city, state, zip, "US");
    }

    @Override
    public String toString() {
        return "Address[" + state + " " + country + "]";
    }
}
