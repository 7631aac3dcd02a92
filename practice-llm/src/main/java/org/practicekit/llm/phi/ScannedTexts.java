package org.practicekit.llm.phi;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one of the guard's readings found in texts it has read before, by exact text: a drafter sends the same fixed
 * instructions (its system message for a format and a style) on every call, and the same prompt again when a user
 * drafts it again, and each reading is a function of the text alone. The findings are held as read (immutable), so the
 * guard's output is the same with or without them; placeholders are still numbered per call by the call's own
 * pseudonymizer.
 *
 * <p>Bounded by the characters of text it holds, least recently used out first; a text longer than a quarter of the
 * bound is read and not held, so one long text never empties it. It holds the texts themselves, so PHI the guard was
 * sent stays in the process until it is pushed out (the guard's per-call pseudonymizer already holds the same values
 * for the call). Thread-safe: the lock is held only to look up and to store; the reading runs outside it, so two
 * threads reading one new text both read it and hold one copy.
 *
 * @param <V> what the reading finds; immutable
 */
final class ScannedTexts<V> {
    private final int maxChars;
    private final LinkedHashMap<String, V> byText = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    /** A memory of at most {@code maxChars} characters of text; 0 holds nothing. */
    ScannedTexts(int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars < 0: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** What {@code reading} finds in {@code text}: held from an earlier call, or read now (and held if it fits). */
    V read(String text, Function<String, V> reading) {
        if (maxChars == 0 || text.length() > maxChars / 4) {
            return reading.apply(text);
        }
        synchronized (this) {
            V held = byText.get(text);
            if (held != null) {
                return held;
            }
        }
        V found = reading.apply(text);
        synchronized (this) {
            V held = byText.putIfAbsent(text, found);
            if (held != null) {
                return held;
            }
            chars += text.length();
            Iterator<Map.Entry<String, V>> eldest = byText.entrySet().iterator();
            while (chars > maxChars && eldest.hasNext()) {
                chars -= eldest.next().getKey().length();
                eldest.remove();
            }
        }
        return found;
    }

    /** Texts held now. */
    synchronized int texts() {
        return byText.size();
    }

    /** Characters of text held now; never more than the bound. */
    synchronized long characters() {
        return chars;
    }
}
