package org.practicekit.llm.phi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;
import org.practicekit.llm.phi.internal.KnownTermMatcher;

/**
 * The client's own identifiers from the intake record (names of the client, family and emergency
 * contacts, date of birth, address, phone, email, member and record numbers), matched exactly,
 * case-insensitively and as whole words. Names are also matched part by part ("Keisha", "Brown");
 * phones and identifiers are matched ignoring separators. Immutable and thread-safe; its toString
 * shows counts only.
 */
public final class KnownIdentifiers {
    private static final KnownIdentifiers NONE = new KnownIdentifiers(Map.of());

    private final Map<String, String> terms; // term -> category
    private final KnownTermMatcher matcher;

    private KnownIdentifiers(Map<String, String> terms) {
        this.terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        this.matcher = KnownTermMatcher.of(terms);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No known identifiers: detection relies on patterns alone. */
    public static KnownIdentifiers none() {
        return NONE;
    }

    /** Everything the intake record holds about {@code client}: name, birth date, contacts, address, emergency contact. */
    public static KnownIdentifiers of(Client client) {
        return builder().addClient(client).build();
    }

    /** A builder holding this set's terms, to add more. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.terms.putAll(terms);
        return b;
    }

    /** True when no identifier is known. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Number of distinct match terms (a name counts once whole and once per part). */
    public int size() {
        return terms.size();
    }

    /**
     * The values per category as they can appear in text, for detectors that take a deny-list
     * (Presidio): names and parts, date spellings, phones in the common US formats, identifiers as given.
     */
    Map<String, List<String>> valuesByCategory() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        terms.forEach((term, type) -> {
            List<String> values = out.computeIfAbsent(type, k -> new ArrayList<>());
            if (!term.startsWith(KnownTermMatcher.COMPACT_PREFIX)) {
                if (!KnownTermMatcher.isEverydayWord(term)) {
                    values.add(term);
                }
                return;
            }
            String raw = term.substring(KnownTermMatcher.COMPACT_PREFIX.length());
            if (raw.matches("\\d{10}")) {
                String a = raw.substring(0, 3);
                String b = raw.substring(3, 6);
                String c = raw.substring(6);
                values.addAll(List.of(a + "-" + b + "-" + c, "(" + a + ") " + b + "-" + c, a + "." + b + "." + c,
                        a + " " + b + " " + c, raw, "+1 " + a + " " + b + " " + c, "1-" + a + "-" + b + "-" + c));
            } else {
                values.add(raw);
            }
        });
        return out;
    }

    /** Every occurrence of a known identifier in {@code text}, ordered by start; score 1.0. */
    public List<PhiSpan> findIn(String text) {
        Objects.requireNonNull(text, "text == null");
        return matcher.find(text);
    }

    @Override
    public String toString() {
        return "KnownIdentifiers[" + terms.size() + " terms]";
    }

    /** Collects known identifiers. Blank values are ignored. */
    public static final class Builder {
        private final Map<String, String> terms = new LinkedHashMap<>();

        private Builder() {
        }

        /** A person's name: the whole name and each part of two or more letters. */
        public Builder addName(String name) {
            Objects.requireNonNull(name, "name == null");
            String whole = name.strip().replaceAll("\\s+", " ");
            if (whole.isEmpty()) {
                return this;
            }
            put(whole, PhiCategory.PERSON);
            for (String part : whole.split("[\\s,]+")) {
                String p = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                if (p.length() >= 2) {
                    put(p, PhiCategory.PERSON);
                }
            }
            return this;
        }

        /** A person's name from the core model. */
        public Builder addName(PersonName name) {
            Objects.requireNonNull(name, "name == null");
            return addName(name.display());
        }

        /** A date (birth date, admission date) in the ways people write it; the year alone is not matched. */
        public Builder addDate(LocalDate date) {
            Objects.requireNonNull(date, "date == null");
            int m = date.getMonthValue();
            int d = date.getDayOfMonth();
            int y = date.getYear();
            String yy = String.format(Locale.ROOT, "%02d", y % 100);
            for (String month : List.of(String.valueOf(m), String.format(Locale.ROOT, "%02d", m))) {
                for (String day : List.of(String.valueOf(d), String.format(Locale.ROOT, "%02d", d))) {
                    for (char sep : new char[] {'/', '-', '.'}) {
                        put(month + sep + day + sep + y, PhiCategory.DATE);
                        put(month + sep + day + sep + yy, PhiCategory.DATE);
                    }
                }
            }
            put(date.format(DateTimeFormatter.ISO_LOCAL_DATE), PhiCategory.DATE);
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                String month = date.getMonth().getDisplayName(style, Locale.US);
                put(month + " " + d + ", " + y, PhiCategory.DATE);
                put(month + " " + d + " " + y, PhiCategory.DATE);
                put(month + ". " + d + ", " + y, PhiCategory.DATE);
                put(d + " " + month + " " + y, PhiCategory.DATE);
                put(month + " " + d, PhiCategory.DATE);
            }
            return this;
        }

        /** Any other identifier (MRN, member id, license), with its {@link PhiCategory}; separators are ignored when matching. */
        public Builder addIdentifier(String type, String value) {
            Objects.requireNonNull(type, "type == null");
            Objects.requireNonNull(value, "value == null");
            if (!value.isBlank()) {
                put(KnownTermMatcher.COMPACT_PREFIX + value.strip(), type);
            }
            return this;
        }

        /** A street address: the whole text, and each comma-separated part of it that carries a number or a name. */
        public Builder addAddress(String address) {
            Objects.requireNonNull(address, "address == null");
            String whole = address.strip().replaceAll("\\s+", " ");
            if (whole.isEmpty()) {
                return this;
            }
            put(whole, PhiCategory.ADDRESS);
            String[] parts = whole.split("\\s*,\\s*");
            if (parts.length > 1 && parts[0].length() >= 4) {
                put(parts[0], PhiCategory.ADDRESS);
            }
            return this;
        }

        /** A postal address from the core model: street lines, city and ZIP code. */
        public Builder addAddress(Address address) {
            Objects.requireNonNull(address, "address == null");
            address.lines().forEach(this::addAddress);
            if (!address.city().isBlank()) {
                put(address.city().strip(), PhiCategory.LOCATION);
            }
            if (address.postalCode().strip().length() >= 5) {
                put(address.postalCode().strip(), PhiCategory.ZIP);
            }
            return this;
        }

        /** A phone number in any format; matched by its digits (the last ten for NANP numbers). */
        public Builder addPhone(String phone) {
            Objects.requireNonNull(phone, "phone == null");
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() == 11 && digits.startsWith("1")) {
                digits = digits.substring(1);
            }
            if (digits.length() >= 7) {
                put(KnownTermMatcher.COMPACT_PREFIX + digits, PhiCategory.PHONE);
            }
            return this;
        }

        /** An email address. */
        public Builder addEmail(String email) {
            Objects.requireNonNull(email, "email == null");
            if (!email.isBlank()) {
                put(email.strip(), PhiCategory.EMAIL);
            }
            return this;
        }

        /** A contact point from the core model (phone or email). */
        public Builder addContact(ContactPoint contact) {
            Objects.requireNonNull(contact, "contact == null");
            return contact.kind() == ContactPoint.Kind.EMAIL ? addEmail(contact.value()) : addPhone(contact.value());
        }

        /** The client's name, birth date, contacts, address and emergency contact. */
        public Builder addClient(Client client) {
            Objects.requireNonNull(client, "client == null");
            addName(client.name());
            client.birthDate().ifPresent(this::addDate);
            client.contacts().forEach(this::addContact);
            client.address().ifPresent(this::addAddress);
            client.emergencyContact().ifPresent(ec -> {
                addName(ec.name());
                addContact(ec.phone());
            });
            return this;
        }

        /** Adds every term of {@code other}. */
        public Builder addAll(KnownIdentifiers other) {
            Objects.requireNonNull(other, "other == null");
            other.terms.forEach(this::put);
            return this;
        }

        private void put(String term, String type) {
            if (!term.isBlank()) {
                terms.putIfAbsent(term, type);
            }
        }

        public KnownIdentifiers build() {
            return terms.isEmpty() ? NONE : new KnownIdentifiers(new LinkedHashMap<>(terms));
        }
    }
}
