package org.practicekit.llm.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-process PHI detector: no network, tuned for therapy text. Thread-safe.
 */
public final class PatternPhiDetector implements PhiDetector {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\(?\\b[2-9]\\d{2}\\)?[-. ]?[2-9]\\d{2}[-. ]\\d{4}\\b");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    private final KnownIdentifiers known;

    private PatternPhiDetector(Builder b) {
        this.known = b.known;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<PhiSpan> detect(String text) {
        Objects.requireNonNull(text, "text == null");
        List<PhiSpan> out = new ArrayList<>(known.findIn(text));
        add(out, EMAIL, text, PhiCategory.EMAIL);
        add(out, PHONE, text, PhiCategory.PHONE);
        add(out, SSN, text, PhiCategory.SSN);
        add(out, DATE, text, PhiCategory.DATE);
        out.sort(Comparator.comparingInt(PhiSpan::start));
        return out;
    }

    private static void add(List<PhiSpan> out, Pattern p, String text, String type) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new PhiSpan(m.start(), m.end(), type, 0.9));
        }
    }

    /** Builds a {@link PatternPhiDetector}. */
    public static final class Builder {
        private KnownIdentifiers known = KnownIdentifiers.none();

        private Builder() {
        }

        /** The client's own identifiers, matched exactly in addition to the patterns. */
        public Builder knownIdentifiers(KnownIdentifiers known) {
            this.known = Objects.requireNonNull(known, "known == null");
            return this;
        }

        public PatternPhiDetector build() {
            return new PatternPhiDetector(this);
        }
    }
}
