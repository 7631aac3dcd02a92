package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Replaces PHI spans with typed placeholders ({@code [PERSON_1]}) that are stable for one request:
 * the same value, spelled the same way, gets the same placeholder in every message ("Marcus" and
 * "MARCUS" get two, so each comes back as it was written), and
 * placeholders already present in the input are never reused. Restores them afterwards. One
 * instance per request; not thread-safe.
 */
public final class Pseudonymizer {
    public static final Pattern PLACEHOLDER = Pattern.compile("\\[([A-Z][A-Z0-9_]*?)_(\\d{1,6})\\]");

    /** Category to value to placeholder: no joined key string built per span. */
    private final Map<String, Map<String, String>> placeholderByValue = new HashMap<>();
    private final Map<String, String> originalByPlaceholder = new HashMap<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private final Map<String, String> categories = new HashMap<>();
    private static final Pattern NOT_CATEGORY = Pattern.compile("[^A-Z0-9_]");

    /** Placeholders that already occur in {@code texts} are reserved so restoring stays unambiguous. */
    public Pseudonymizer(List<String> texts) {
        for (String t : texts) {
            // only a '[' can start a placeholder: look there, not everywhere
            for (int open = t.indexOf('['); open >= 0; open = t.indexOf('[', open + 1)) {
                Matcher m = PLACEHOLDER.matcher(t).region(open, Math.min(t.length(), open + 40));
                if (m.lookingAt()) {
                    reserved.add(m.group());
                }
            }
        }
    }

    /** Merges overlapping spans into one (type of the strongest, then longest) and sorts them. */
    public static List<PhiSpan> merge(List<PhiSpan> spans) {
        List<PhiSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(PhiSpan::start).thenComparing(Comparator.comparingInt(PhiSpan::end).reversed()));
        List<PhiSpan> out = new ArrayList<>();
        PhiSpan cur = null;
        for (PhiSpan s : sorted) {
            if (cur == null) {
                cur = s;
            } else if (s.start() < cur.end()) {
                PhiSpan lead = stronger(cur, s);
                cur = new PhiSpan(cur.start(), Math.max(cur.end(), s.end()), lead.type(), Math.max(cur.score(), s.score()));
            } else {
                out.add(cur);
                cur = s;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    private static PhiSpan stronger(PhiSpan a, PhiSpan b) {
        // A span that contains another names the whole (an email holding a first name is an email).
        if (a.start() <= b.start() && b.end() <= a.end() && a.length() > b.length()) {
            return a;
        }
        if (b.start() <= a.start() && a.end() <= b.end() && b.length() > a.length()) {
            return b;
        }
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        return a.length() >= b.length() ? a : b;
    }

    /** {@code text} with every span (merged) replaced by its placeholder. */
    public String apply(String text, List<PhiSpan> spans) {
        List<PhiSpan> merged = merge(spans);
        StringBuilder sb = new StringBuilder(text.length() + merged.size() * 8);
        int at = 0;
        for (PhiSpan s : merged) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span beyond the text: " + s.start() + ".." + s.end());
            }
            sb.append(text, at, s.start());
            sb.append(placeholderFor(s.type(), text.substring(s.start(), s.end())));
            at = s.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    private String placeholderFor(String type, String value) {
        String category = categories.computeIfAbsent(type, Pseudonymizer::category);
        Map<String, String> values = placeholderByValue.computeIfAbsent(category, c -> new HashMap<>());
        String key = normalized(value);
        occurrences.merge(category, 1, Integer::sum);
        String existing = values.get(key);
        if (existing != null) {
            return existing;
        }
        String placeholder;
        do {
            int n = nextNumber.merge(category, 1, Integer::sum);
            placeholder = "[" + category + "_" + n + "]";
        } while (reserved.contains(placeholder));
        values.put(key, placeholder);
        // the residual check's pass can take in a placeholder of the first pass ("@[USERNAME_1]/projects"):
        // keep what it stands for, so one restoring pass gives back the text as written
        originalByPlaceholder.put(placeholder, value.indexOf('[') >= 0 ? restore(value, false) : value);
        return placeholder;
    }

    /** The placeholder category for a span type: upper case, letters, digits and underscores. */
    private static String category(String type) {
        String category = NOT_CATEGORY.matcher(type.toUpperCase(Locale.ROOT)).replaceAll("_");
        return category.isEmpty() || !Character.isLetter(category.charAt(0)) ? "PHI_" + category : category;
    }

    /**
     * The value as the same-value test sees it: exactly as written. Folding case or spacing here would
     * give "marcus" and "MARCUS" one placeholder, and the answer could then hold only one spelling.
     */
    private static String normalized(String value) {
        return value;
    }

    /** Category to number of replaced occurrences, sorted by category. */
    public Map<String, Integer> occurrences() {
        return new TreeMap<>(occurrences);
    }

    /** Number of distinct values replaced. */
    public int distinctValues() {
        return originalByPlaceholder.size();
    }

    /** True when {@code placeholder} is one this request made. */
    public boolean isOwn(String placeholder) {
        return originalByPlaceholder.containsKey(placeholder);
    }

    /** True when {@code start..end} of a pseudonymized text lies inside one of this request's placeholders. */
    public boolean isPlaceholder(String text, int start, int end) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.start() <= start && end <= m.end() && originalByPlaceholder.containsKey(m.group())) {
                return true;
            }
            if (m.start() >= end) {
                break;
            }
        }
        return false;
    }

    /**
     * {@code text} with this request's placeholders put back. With {@code jsonString} the restored
     * values are escaped for a JSON string, so a JSON answer stays valid.
     */
    public String restore(String text, boolean jsonString) {
        if (originalByPlaceholder.isEmpty()) {
            return text;
        }
        // one pass over the text; only a '[' can start a placeholder
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
        int at = 0;
        int open = text.indexOf('[');
        while (open >= 0) {
            int close = text.indexOf(']', open + 1);
            if (close < 0) {
                break;
            }
            if (close - open <= 40) {
                String original = originalByPlaceholder.get(text.substring(open, close + 1));
                if (original != null) {
                    sb.append(text, at, open).append(jsonString ? jsonEscape(original) : original);
                    at = close + 1;
                    open = text.indexOf('[', at);
                    continue;
                }
            }
            open = text.indexOf('[', open + 1);
        }
        return sb.append(text, at, text.length()).toString();
    }


    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }
}
