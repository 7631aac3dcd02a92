package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.EMPLOYER;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.ORG_SUFFIX;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_PREP;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STORE;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * The guard's deny-by-default reading, offered to the detector's callers: what {@link ResidualCheck} would replace
 * in the text the guard sends, mapped back to the raw text. The detector's spans are first released the way the guard
 * releases them ({@link ResidualCheck#withoutPublicVocabulary}), then the text is pseudonymized exactly as the guard
 * does for a one-message request, so the check reads the same text and gives the same answer; its spans are mapped
 * back through the placeholders (a span that starts or ends inside one takes the whole value it stands for).
 *
 * <p>Each added span gets a category from the slot that placed it and a score below every rule's (the rules score
 * 0.5 and up): {@link #PLACED} when the check or the words around it say what it is (a person, a place or
 * organization, a date, an age, a handle, an identifier shape), {@link #UNPLACED} for a {@code NAME} nothing but
 * the dictionaries placed (a capitalized word no list knows). Stateless and thread-safe.
 */
public final class DenyByDefaultReading {
    /** Score of a span whose slot or shape says what it is. */
    public static final double PLACED = 0.45;
    /** Score of a word replaced only because no dictionary knows it. */
    public static final double UNPLACED = 0.3;

    private static final DenyByDefaultReading SHARED = new DenyByDefaultReading();

    private final ResidualCheck residual = new ResidualCheck();
    private final WordTable lex = Lexicon.table();

    private DenyByDefaultReading() {
    }

    public static DenyByDefaultReading shared() {
        return SHARED;
    }

    /**
     * The detector's answer read deny by default: {@code detected} (the rules' and the model's spans, ordered)
     * less public vocabulary, the client's {@code known} spans, and what the residual check would replace after
     * both are pseudonymized; ordered by start.
     */
    public List<PhiSpan> read(String text, List<PhiSpan> detected, List<PhiSpan> known) {
        List<PhiSpan> kept = residual.withoutPublicVocabulary(text, detected);
        List<PhiSpan> replaced = new ArrayList<>(kept.size() + known.size());
        replaced.addAll(kept);
        replaced.addAll(known);
        List<PhiSpan> merged = Pseudonymizer.merge(replaced);
        String sent = new Pseudonymizer(List.of(text)).apply(text, merged);
        Placeholders map = new Placeholders(sent, merged);

        List<PhiSpan> out = new ArrayList<>(kept);
        for (PhiSpan r : residual.namesToReplace(sent)) {
            int s = map.rawStart(r.start());
            int e = map.rawEnd(r.end());
            if (e > s) {
                add(out, typed(text, s, e, r.type()));
            }
        }
        out.addAll(known);
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return withTitles(text, out);
    }

    /**
     * A person's span starts at the capitalized courtesy title or role word written before the name ("Dr. Amadi",
     * "Officer Daniels", "Aunt Bev"), as annotators mark a name mention; the guard, which reads the rules' spans,
     * keeps the title readable for the model.
     */
    private List<PhiSpan> withTitles(String text, List<PhiSpan> spans) {
        List<PhiSpan> out = new ArrayList<>(spans.size());
        int previousEnd = 0;
        for (PhiSpan span : spans) {
            int start = span.start();
            if (span.type().equals(PhiCategory.PERSON)) {
                int k = start;
                while (k > previousEnd && text.charAt(k - 1) == ' ') {
                    k--;
                }
                int e = k < start && k > previousEnd && text.charAt(k - 1) == '.' ? k - 1 : k;
                int b = e;
                while (b > previousEnd && Character.isLetter(text.charAt(b - 1))) {
                    b--;
                }
                if (k < start && b < e && Character.isUpperCase(text.charAt(b))
                        && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
                        && (lex.get(text, b, e) & TITLE) != 0) {
                    start = b;
                }
            }
            out.add(start == span.start() ? span : new PhiSpan(start, span.end(), span.type(), span.score()));
            previousEnd = Math.max(previousEnd, span.end());
        }
        return out;
    }

    /** Adds {@code r} unless a span of the rules holds it; one it only overlaps joins it, keeping the rules' kind. */
    private static void add(List<PhiSpan> out, PhiSpan r) {
        int s = r.start();
        int e = r.end();
        String type = r.type();
        double score = r.score();
        boolean joined = false;
        for (int k = out.size() - 1; k >= 0; k--) {
            PhiSpan f = out.get(k);
            if (f.start() < e && s < f.end()) {
                if (f.start() <= s && e <= f.end()) {
                    return;
                }
                s = Math.min(s, f.start());
                e = Math.max(e, f.end());
                type = f.type();
                score = Math.max(score, f.score());
                out.remove(k);
                joined = true;
            }
        }
        out.add(joined ? new PhiSpan(s, e, type, score) : r);
    }

    /** The span with a category from its slot: a {@code NAME} after a place cue is a place, after a relation a person. */
    private PhiSpan typed(String text, int s, int e, String type) {
        if (!type.equals(PhiCategory.NAME)) {
            return new PhiSpan(s, e, type, PLACED);
        }
        long self = lex.get(text, s, e);
        int[] before = wordBefore(text, s);
        long prev = before == null ? 0 : lex.get(text, before[0], before[1]);
        if (before != null && (prev & (PLACE_PREP | PLACE_VERB | EMPLOYER)) == 0 && isThe(text, before)) {
            int[] earlier = wordBefore(text, before[0]);
            prev = earlier == null ? 0 : lex.get(text, earlier[0], earlier[1]) & (PLACE_PREP | PLACE_VERB | EMPLOYER);
        }
        if ((prev & (KIN | TITLE | CONTACT | NAMING | PERSON_NOUN)) != 0 || (self & (FIRST | SURNAME)) != 0
                && (self & (CITY | STORE)) == 0 || personAfter(text, e)) {
            return new PhiSpan(s, e, PhiCategory.PERSON, PLACED); // "her sister X", "X texted", "X's mom"
        }
        if ((prev & (PLACE_PREP | PLACE_VERB | EMPLOYER)) != 0 || (self & (CITY | STORE | ORG_SUFFIX)) != 0) {
            return new PhiSpan(s, e, PhiCategory.LOCATION, PLACED); // "moved to X", "works at X"
        }
        return new PhiSpan(s, e, PhiCategory.NAME, UNPLACED);
    }

    /** A possessive or a verb only people take right after the word: "X's mom", "X said". */
    private boolean personAfter(String text, int e) {
        if (e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's') {
            return true;
        }
        int k = ResidualCheck.skipBlanks(text, e);
        int end = ResidualCheck.lettersEnd(text, k);
        return end > k && (lex.get(text, k, end) & (HUMAN_VERB | SPEECH_VERB)) != 0;
    }

    private static boolean isThe(String text, int[] word) {
        return word[1] - word[0] == 3 && text.regionMatches(true, word[0], "the", 0, 3);
    }

    /** The word right before {@code at} with only blanks between, or null. */
    static int[] wordBefore(String text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        int end = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return end > k ? new int[] {k, end} : null;
    }

    /** Offsets of the pseudonymized text mapped back to the raw text through its placeholders. */
    private static final class Placeholders {
        private final int[] sentStart;
        private final int[] sentEnd;
        private final int[] rawStart;
        private final int[] rawEnd;

        Placeholders(String sent, List<PhiSpan> merged) {
            int n = merged.size();
            sentStart = new int[n];
            sentEnd = new int[n];
            rawStart = new int[n];
            rawEnd = new int[n];
            int shift = 0; // sent offset minus raw offset in the text between placeholders
            for (int i = 0; i < n; i++) {
                PhiSpan m = merged.get(i);
                int at = m.start() + shift;
                int close = sent.indexOf(']', at); // a placeholder holds no ']'
                rawStart[i] = m.start();
                rawEnd[i] = m.end();
                sentStart[i] = at;
                sentEnd[i] = close + 1;
                shift += sentEnd[i] - sentStart[i] - m.length();
            }
        }

        /** The raw offset of a span starting at {@code at}: inside a placeholder, the start of what it stands for. */
        int rawStart(int at) {
            int shift = 0;
            for (int i = 0; i < sentStart.length && sentStart[i] <= at; i++) {
                if (at < sentEnd[i]) {
                    return rawStart[i];
                }
                shift = sentEnd[i] - rawEnd[i];
            }
            return at - shift;
        }

        /** The raw offset of a span ending (exclusive) at {@code at}: inside a placeholder, the end of its value. */
        int rawEnd(int at) {
            int shift = 0;
            for (int i = 0; i < sentStart.length && sentStart[i] < at; i++) {
                if (at <= sentEnd[i]) {
                    return rawEnd[i];
                }
                shift = sentEnd[i] - rawEnd[i];
            }
            return at - shift;
        }
    }
}
