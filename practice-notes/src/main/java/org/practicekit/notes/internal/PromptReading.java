package org.practicekit.notes.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One prompt's reading of its field texts, worked out once per draft and shared by every composer pass and by the
 * verifier of that draft: a field's words with the clause boundaries and commas before them, its shorthand written out,
 * its demographic shorthand written out, what a concern item is typed as. Each is a pure function of the text, so a text read again within the draft gets the same answer without the
 * work (the composer asks a concern item what it is from three passes; the verifier writes out every field the composer
 * already wrote out).
 *
 * <p>Lives on the drafting thread for the length of {@link English#draftScope()} and is dropped when the draft ends, so
 * nothing a clinician typed is held after it; each table is bounded. Outside a draft scope nothing is kept.
 */
public final class PromptReading {
    private static final ThreadLocal<PromptReading> CURRENT = new ThreadLocal<>();
    /** More distinct texts than any prompt has fields and draft sentences; past it a text is read again. */
    private static final int KEPT = 1_024;

    private final Map<String, String> expanded = new HashMap<>();
    private final Map<String, String> expandedVerbFirst = new HashMap<>();
    private final Map<String, String> demographics = new HashMap<>();
    private final Map<String, String> writtenOut = new HashMap<>();
    private final Map<String, Object> typedFacts = new HashMap<>();
    private final Map<String, Words> words = new HashMap<>();
    /** Readings that depend on the prompt as well as the text (who is who), per prompt object and kind. */
    private final Map<Object, Map<String, Map<String, Object>>> byPrompt = new IdentityHashMap<>();
    /** The prompt and the few prompts a draft derives from it (another group member's name written away). */
    private static final int PROMPTS_KEPT = 8;

    private PromptReading() {
    }

    /** Starts this thread's reading; called by the outermost {@link English#draftScope()}. */
    static void begin() {
        CURRENT.set(new PromptReading());
    }

    /** Forgets this thread's reading; called when the outermost draft scope closes. */
    static void end() {
        CURRENT.remove();
    }

    /** {@link Shorthand#expand} of {@code text}, worked out once per draft. */
    static String expanded(String text, boolean verbFirst, Function<String, String> write) {
        PromptReading r = CURRENT.get();
        return r == null ? write.apply(text) : kept(verbFirst ? r.expandedVerbFirst : r.expanded, text, write);
    }

    /** {@link Demographics#written} of {@code text}, worked out once per draft. */
    static String demographics(String text, Function<String, String> write) {
        PromptReading r = CURRENT.get();
        return r == null ? write.apply(text) : kept(r.demographics, text, write);
    }

    /**
     * A text with all its shorthand, ages, demographics and units written out, as the verifier reads every field and
     * draft sentence, worked out once per draft: the verifier reads a field's text again from several checks (each
     * sentence that copies it, its actors, its coverage words).
     */
    public static String writtenOut(String text, Function<String, String> write) {
        PromptReading r = CURRENT.get();
        return r == null ? write.apply(text) : kept(r.writtenOut, text, write);
    }

    /** {@link TypedFacts#read} of {@code text}, worked out once per draft (its facts are immutable records). */
    @SuppressWarnings("unchecked")
    static <T> T typedFact(String text, Function<String, T> read) {
        PromptReading r = CURRENT.get();
        return r == null ? read.apply(text) : (T) kept(r.typedFacts, text, read::apply);
    }

    /**
     * A lower-case text split into words ({@link ClinicalLexicon#words(String, List, List)}), and for each word whether a
     * clause boundary or a comma comes before it. Immutable: callers get copies.
     */
    record Words(List<String> words, List<Boolean> boundaries, List<Boolean> commas) {
    }

    /** {@code lower} split into words, worked out once per draft. */
    static Words words(String lower, Function<String, Words> split) {
        PromptReading r = CURRENT.get();
        return r == null ? split.apply(lower) : kept(r.words, lower, split);
    }

    /**
     * What {@code read} says of {@code text} in {@code prompt} (a pure function of both), worked out once per draft;
     * {@code kind} names the reading so two readings of one text do not meet. For the prompt's own texts only: the
     * verifier reads a draft's sentences afresh, never from here. The answer is shared, so it must be immutable.
     */
    @SuppressWarnings("unchecked")
    public static <T> T ofPrompt(Object prompt, String kind, String text, Function<String, T> read) {
        PromptReading r = CURRENT.get();
        if (r == null) {
            return read.apply(text);
        }
        Map<String, Map<String, Object>> kinds = r.byPrompt.get(prompt);
        if (kinds == null) {
            if (r.byPrompt.size() >= PROMPTS_KEPT) {
                return read.apply(text);
            }
            kinds = new HashMap<>();
            r.byPrompt.put(prompt, kinds);
        }
        return (T) kept(kinds.computeIfAbsent(kind, k -> new HashMap<>()), text, read::apply);
    }

    private static <V> V kept(Map<String, V> table, String text, Function<String, ? extends V> work) {
        V out = table.get(text);
        if (out == null) {
            out = work.apply(text);
            if (table.size() < KEPT) {
                table.put(text, out);
            }
        }
        return out;
    }
}
