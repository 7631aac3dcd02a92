package org.practicekit.notes;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one clinician writes, learned from their earlier signed notes: "client" or "patient", first
 * or third person (and which third-person phrase), header style, sentence length, preferred verbs
 * and abbreviations. Both drafters apply it. The profile keeps its evidence as counts, so each
 * signed note {@link #learn(String) learned} refines it; with no notes it is
 * {@link #defaults()}. Immutable and thread-safe.
 */
public final class StyleProfile {
    /** How the clinician names the person in care. */
    public enum Term {
        CLIENT("client"), PATIENT("patient");

        private final String word;

        Term(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Whether the clinician writes "I used..." or "This writer used...". */
    public enum Person { FIRST, THIRD }

    /** How section headings are printed. */
    public enum HeaderStyle {
        /** "Subjective" on its own line. */
        TITLE,
        /** "Subjective:" on its own line. */
        TITLE_COLON,
        /** "SUBJECTIVE" on its own line. */
        UPPERCASE,
        /** "S:" followed by the paragraph on the same line. */
        INITIAL
    }

    /** Abbreviations a profile can adopt, each with the words it stands for. */
    public static final Map<String, String> ABBREVIATIONS = Map.of(
            "SI", "suicidal ideation",
            "HI", "homicidal ideation",
            "MSE", "mental status",
            "HW", "homework",
            "f/u", "follow-up",
            "tx", "treatment");

    static final List<String> REPORT_VERBS = List.of("reported", "stated", "shared", "described", "endorsed", "noted");
    static final List<String> INTERVENTION_VERBS = List.of("used", "utilized", "facilitated", "introduced", "provided",
            "guided");
    static final List<String> THIRD_PERSON = List.of("this writer", "this clinician", "the clinician", "the therapist",
            "this therapist");

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z/'-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern INITIAL_HEADER = Pattern.compile("^[A-Z]:\\s+\\S.*");
    private static final Pattern UPPER_HEADER = Pattern.compile("^[A-Z][A-Z /]{2,30}:?\\s*$");
    private static final Pattern TITLE_COLON_HEADER = Pattern.compile("^[A-Z][a-z]+( [A-Za-z]+){0,3}:\\s*$");
    private static final Pattern TITLE_HEADER = Pattern.compile("^[A-Z][a-z]+( [A-Za-z]+){0,3}\\s*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|my|me)\\b");

    private final Map<String, Integer> counts;

    private StyleProfile(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** The profile used when a clinician has no signed notes yet. */
    public static StyleProfile defaults() {
        return new StyleProfile(Map.of());
    }

    /** A profile learned from earlier signed notes' texts. */
    public static StyleProfile learnedFrom(Collection<String> signedNotes) {
        StyleProfile p = defaults();
        for (String note : signedNotes) {
            p = p.learn(note);
        }
        return p;
    }

    /** This profile refined by one more signed note. */
    public StyleProfile learn(String signedNote) {
        Objects.requireNonNull(signedNote, "signedNote == null");
        Map<String, Integer> c = new HashMap<>(counts);
        c.merge("notes", 1, Integer::sum);
        String lower = signedNote.toLowerCase(Locale.ROOT);
        c.merge("term.client", count(lower, "\\bclients?('s)?\\b"), Integer::sum);
        c.merge("term.patient", count(lower, "\\b(patients?('s)?|pt)\\b"), Integer::sum);
        Matcher first = FIRST_PERSON.matcher(signedNote);
        int firstCount = 0;
        while (first.find()) {
            firstCount++;
        }
        c.merge("person.first", firstCount, Integer::sum);
        for (String phrase : THIRD_PERSON) {
            int n = count(lower, "\\b" + phrase + "\\b");
            c.merge("third." + phrase, n, Integer::sum);
            c.merge("person.third", n, Integer::sum);
        }
        for (String v : REPORT_VERBS) {
            c.merge("report." + v, count(lower, "\\b" + v + "\\b"), Integer::sum);
        }
        for (String v : INTERVENTION_VERBS) {
            c.merge("intervention." + v, count(lower, "\\b" + v + "\\b"), Integer::sum);
        }
        for (String abbreviation : ABBREVIATIONS.keySet()) {
            int n = count(signedNote, "(?<![A-Za-z])" + Pattern.quote(abbreviation) + "(?![A-Za-z])");
            c.merge("abbr." + abbreviation, n > 0 ? 1 : 0, Integer::sum);
        }
        int words = 0;
        int sentences = 0;
        for (String line : signedNote.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String header = headerStyleOf(l);
            if (header != null) {
                c.merge("header." + header, 1, Integer::sum);
                if (!header.equals(HeaderStyle.INITIAL.name())) {
                    continue;
                }
                l = l.substring(2).strip();
            }
            Matcher w = WORD.matcher(l);
            while (w.find()) {
                words++;
            }
            Matcher s = SENTENCE_END.matcher(l);
            int ends = 0;
            while (s.find()) {
                ends++;
            }
            sentences += Math.max(1, ends);
        }
        c.merge("words", words, Integer::sum);
        c.merge("sentences", sentences, Integer::sum);
        return new StyleProfile(c);
    }

    private static String headerStyleOf(String line) {
        if (INITIAL_HEADER.matcher(line).matches()) {
            return HeaderStyle.INITIAL.name();
        }
        if (UPPER_HEADER.matcher(line).matches()) {
            return HeaderStyle.UPPERCASE.name();
        }
        if (TITLE_COLON_HEADER.matcher(line).matches()) {
            return HeaderStyle.TITLE_COLON.name();
        }
        if (TITLE_HEADER.matcher(line).matches() && !line.endsWith(".")) {
            return HeaderStyle.TITLE.name();
        }
        return null;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private int get(String key) {
        return counts.getOrDefault(key, 0);
    }

    /** How many signed notes the profile learned from. */
    public int notesLearned() {
        return get("notes");
    }

    public Term term() {
        return get("term.patient") > get("term.client") ? Term.PATIENT : Term.CLIENT;
    }

    public Person person() {
        return get("person.first") > get("person.third") ? Person.FIRST : Person.THIRD;
    }

    /** The third-person phrase for the clinician ("this writer"); "this clinician" by default. */
    public String thirdPersonPhrase() {
        return best("third.", THIRD_PERSON, "this clinician");
    }

    public HeaderStyle headerStyle() {
        HeaderStyle best = HeaderStyle.TITLE;
        int bestCount = 0;
        for (HeaderStyle h : HeaderStyle.values()) {
            int n = get("header." + h.name());
            if (n > bestCount) {
                best = h;
                bestCount = n;
            }
        }
        return best;
    }

    /** Mean words per sentence in the clinician's notes; 15 by default. */
    public int sentenceWords() {
        int sentences = get("sentences");
        return sentences == 0 ? 15 : Math.max(4, Math.round((float) get("words") / sentences));
    }

    /** True when the clinician writes long sentences: the drafter then joins lists into one sentence. */
    public boolean prefersLongSentences() {
        return sentenceWords() >= 17;
    }

    /** The clinician's verb for what the client said ("reported", "shared"…). */
    public String reportVerb() {
        return best("report.", REPORT_VERBS, "reported");
    }

    /** The clinician's verb for what they did ("used", "utilized"…). */
    public String interventionVerb() {
        return best("intervention.", INTERVENTION_VERBS, "used");
    }

    /** Abbreviations the clinician uses, from {@link #ABBREVIATIONS}. */
    public Set<String> abbreviations() {
        Set<String> out = new LinkedHashSet<>();
        int notes = Math.max(1, notesLearned());
        for (String a : new TreeMap<>(ABBREVIATIONS).keySet()) {
            // Why: an abbreviation seen in one note out of many is an accident, not a habit.
            if (get("abbr." + a) * 3 >= notes && get("abbr." + a) > 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** Renders a section heading in the clinician's header style. */
    public String heading(NoteSection section) {
        switch (headerStyle()) {
            case TITLE_COLON:
                return section.heading() + ":";
            case UPPERCASE:
                return section.heading().toUpperCase(Locale.ROOT);
            case INITIAL:
                return section.initial() + ":";
            default:
                return section.heading();
        }
    }

    /** A short description for a clinician's settings page (no note text). */
    public String describe() {
        return "term \"" + term().word() + "\", " + (person() == Person.FIRST ? "first person" : "third person (\""
                + thirdPersonPhrase() + "\")") + ", headers " + headerStyle() + ", about " + sentenceWords()
                + " words per sentence, verbs \"" + reportVerb() + "\"/\"" + interventionVerb() + "\", abbreviations "
                + abbreviations() + ", learned from " + notesLearned() + " notes";
    }

    private String best(String prefix, List<String> candidates, String fallback) {
        String best = fallback;
        int bestCount = 0;
        for (String c : candidates) {
            int n = get(prefix + c);
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StyleProfile && ((StyleProfile) o).counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "StyleProfile[" + describe() + "]";
    }
}
