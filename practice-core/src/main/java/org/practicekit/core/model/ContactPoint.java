package org.practicekit.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way to reach a person: a phone that takes SMS, a voice-only phone, or an email address.
 * Phones are stored in E.164 form ({@code +15551234567}).
 */
public record ContactPoint(Kind kind, String value) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** How the contact point is reached. */
    public enum Kind { MOBILE, PHONE, EMAIL }

    public ContactPoint {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(value, "value == null");
        value = value.strip();
        if (kind == Kind.EMAIL) {
            if (!isEmail(value)) {
                throw new IllegalArgumentException("not a valid email address");
            }
        } else if (!E164.matcher(value).matches()) {
            throw new IllegalArgumentException("phone must be in E.164 form, e.g. +15551234567");
        }
    }

    public static ContactPoint mobile(String e164) {
        return new ContactPoint(Kind.MOBILE, e164);
    }

    public static ContactPoint email(String address) {
        return new ContactPoint(Kind.EMAIL, address);
    }

    /** True when {@code s} has the shape of an email address. */
    public static boolean isEmail(String s) {
        return s.length() <= 254 && EMAIL.matcher(s).matches();
    }

    /**
     * Normalizes a North American or international phone number to E.164, or returns "" when it is
     * not one. Accepts {@code (555) 123-4567}, {@code 555.123.4567}, {@code +44 20 7946 0958}.
     */
    public static String normalizePhone(String raw) {
        String digits = PHONE_PUNCTUATION.matcher(raw).replaceAll("");
        if (digits.startsWith("+")) {
            return E164.matcher(digits).matches() ? digits : "";
        }
        if (!DIGITS.matcher(digits).matches()) {
            return "";
        }
        if (digits.length() == 10 && digits.charAt(0) >= '2' && digits.charAt(3) >= '2') {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '2' && digits.charAt(4) >= '2') {
            return "+" + digits;
        }
        return "";
    }

    /** Contact details are PHI: toString masks all but the last two characters. */
    @Override
    public String toString() {
        return "ContactPoint[" + kind + " …" + value.substring(Math.max(0, value.length() - 2)) + "]";
    }
}
