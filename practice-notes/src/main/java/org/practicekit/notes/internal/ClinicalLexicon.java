package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The clinical entities a draft may name only when its prompt does: medications (generic and brand),
 * levels of care, legal and police events, substances, diagnoses by name and major life events,
 * loaded from {@code clinical-entities.txt}. Each surface maps to its entity, so "hospitalized" in
 * the draft is matched by "psychiatric admission" in the prompt. A practice adds its own words
 * through the verifier's builder. Immutable and thread-safe once built.
 */
public final class ClinicalLexicon {
    /** What kind of entity a surface names. */
    public enum Category { MEDICATION, LEVEL_OF_CARE, LEGAL, SUBSTANCE, DIAGNOSIS, LIFE_EVENT, INTERVENTION, PERSON,
        SYMPTOM }

    /** One entity found in a text: its category, its id, the words that named it and the first word's index. */
    public record Mention(Category category, String id, String surface, int at) {
    }

    /** Particles a phrasal verb's surface may end with; declared before the lexicon loads them. */
    private static final Set<String> PARTICLES = Set.of("up", "out", "away", "off", "in", "down", "back");

    private static final ClinicalLexicon STANDARD = load();

    /** One surface of an entity, its words split once when the lexicon is read. */
    private record Surface(Category category, String id, String text, String[] parts) {
    }

    // First word of a surface -> surfaces starting with it (longest first), each with its entity.
    private final Map<String, List<Surface>> byFirstWord;

    // Words a surface names after "the" ("the ed", "the er"): a place typed bare that a draft writes with its article.
    private final Set<String> afterThe;

    // The same surfaces keyed by their first word's plural ("+s") and possessive ("+'s"): a word of a text is looked
    // up as it stands, with the hash it already carries, instead of cutting a new string to hash (every word ending in
    // "s" was cut).
    private final Map<String, List<Surface>> byPluralFirstWord = new HashMap<>();
    private final Map<String, List<Surface>> byPossessiveFirstWord = new HashMap<>();
    /** Every key of the three tables above: most words of a text start no surface and skip all three lookups. */
    private final WordFilter firstWords;

    private ClinicalLexicon(Map<String, List<Surface>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        byFirstWord.forEach((k, v) -> {
            byPluralFirstWord.put(k + "s", v);
            byPossessiveFirstWord.put(k + "'s", v);
        });
        Set<String> after = new java.util.HashSet<>();
        for (Surface s : byFirstWord.getOrDefault("the", List.of())) {
            if (s.parts().length > 1) {
                after.add(s.parts()[1]);
            }
        }
        this.afterThe = Set.copyOf(after);
        List<String> first = new java.util.ArrayList<>(byFirstWord.keySet());
        first.addAll(byPluralFirstWord.keySet());
        first.addAll(byPossessiveFirstWord.keySet());
        this.firstWords = WordFilter.of(first);
    }

    /** Whether a surface is "the" and then {@code w}: a noun the lexicon knows only with its article. */
    public boolean namedAfterThe(String w) {
        return afterThe.contains(w);
    }

    /** The built-in lexicon. */
    public static ClinicalLexicon standard() {
        return STANDARD;
    }

    /** A copy with more surfaces: {@code extra} holds [category name, id, surface] triples. */
    public ClinicalLexicon with(List<String[]> extra) {
        Map<String, List<Surface>> copy = new HashMap<>();
        byFirstWord.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        for (String[] e : extra) {
            add(copy, Category.valueOf(e[0]), e[1], e[2]);
        }
        return new ClinicalLexicon(freeze(copy));
    }

    private static ClinicalLexicon load() {
        Map<String, List<Surface>> map = new HashMap<>();
        read(map, "clinical-entities.txt");
        read(map, "symptoms.txt");
        for (String term : Lexicon.INTERVENTIONS) {
            add(map, Category.INTERVENTION, term, term);
        }
        for (String person : Lexicon.PEOPLE) {
            add(map, Category.PERSON, person, person);
        }
        return new ClinicalLexicon(freeze(map));
    }

    private static void read(Map<String, List<Surface>> map, String resource) {
        try (InputStream in = Objects.requireNonNull(ClinicalLexicon.class.getResourceAsStream(resource),
                resource + " missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                String[] head = l.substring(0, colon).strip().split("\\s+");
                Category category = Category.valueOf(head[0].toUpperCase(Locale.ROOT).replace('-', '_'));
                for (String surface : l.substring(colon + 1).split(",")) {
                    add(map, category, head[1], surface.strip());
                    for (String form : phrasalForms(surface.strip())) {
                        add(map, category, head[1], form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The other forms of a phrasal verb a surface names ("moved to": "move to", "moves to", "moving to"), so the
     * prompt's "wants to move to supported apartment" names the relocation a draft writes "moving to": a verb with
     * only its particles after it is the same event in any tense. A single word, or a verb with an object ("lost her
     * job", "gave birth"), keeps the forms its line lists.
     */
    private static List<String> phrasalForms(String surface) {
        List<String> words = words(surface.toLowerCase(Locale.ROOT));
        if (words.size() < 2) {
            return List.of();
        }
        for (String w : words.subList(1, words.size())) {
            if (!English.PREPOSITIONS.contains(w) && !PARTICLES.contains(w)) {
                return List.of();
            }
        }
        English en = English.get();
        String base = en.baseOf(words.get(0));
        if (base.isEmpty() || !en.isVerb(base)) {
            return List.of();
        }
        String rest = " " + String.join(" ", words.subList(1, words.size()));
        List<String> out = new ArrayList<>();
        for (String form : List.of(base, en.third(base), en.past(base), en.participle(base), en.gerund(base))) {
            if (!form.isEmpty() && !form.equals(words.get(0))) {
                out.add(form + rest);
            }
        }
        return out;
    }

    private static void add(Map<String, List<Surface>> map, Category category, String id, String surface) {
        String s = surface.toLowerCase(Locale.ROOT).strip();
        if (s.isEmpty()) {
            return;
        }
        List<String> words = words(s);
        if (words.isEmpty()) {
            return;
        }
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Surface(category, id,
            String.join(" ", words), words.toArray(new String[0])));
    }

    private static Map<String, List<Surface>> freeze(Map<String, List<Surface>> map) {
        Map<String, List<Surface>> out = new HashMap<>();
        map.forEach((k, v) -> {
            List<Surface> sorted = new ArrayList<>(v);
            sorted.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
            out.put(k, List.copyOf(sorted));
        });
        // A hash map, not Map.copyOf: every word of every field and draft sentence that may start a surface is looked
        // up, and the hash map compares hashes before strings where the immutable map's probing compares strings.
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Lower-case words of a text: letters, digits, and inner apostrophes, hyphens and slashes. */
    public static List<String> words(String lower) {
        return words(lower, null);
    }

    /**
     * The words, and in {@code boundaries} (when not null) for each word whether a clause boundary
     * (. ; : ! ? or a parenthesis) comes before it.
     */
    public static List<String> words(String lower, List<Boolean> boundaries) {
        return words(lower, boundaries, null);
    }

    /**
     * As {@link #words(String, List)}, and in {@code commas} (when not null) for each word whether a comma
     * comes before it: where one item of a list ends and the next begins.
     */
    public static List<String> words(String lower, List<Boolean> boundaries, List<Boolean> commas) {
        // The composer and the verifier split the same field texts, several times each: split once per draft, and the
        // same word strings (their hashes worked out once) go to every lookup.
        PromptReading.Words split = PromptReading.words(lower, ClinicalLexicon::split);
        List<String> out = new ArrayList<>(split.words());
        if (boundaries != null) {
            boundaries.addAll(split.boundaries());
        }
        if (commas != null) {
            commas.addAll(split.commas());
        }
        return out;
    }

    private static PromptReading.Words split(String lower) {
        List<String> out = new ArrayList<>();
        List<Boolean> boundaries = new ArrayList<>();
        List<Boolean> commas = new ArrayList<>();
        boolean boundary = false;
        boolean comma = false;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = lower.charAt(i);
                    if (Character.isLetterOrDigit(d) || (d == '\'' || d == '-' || d == '/') && i + 1 < n
                            && Character.isLetterOrDigit(lower.charAt(i + 1))
                            // A point between digits ("A1c 7.1", "2.5 mg") is a decimal point: one number, no clause end.
                            || d == '.' && i + 1 < n && Character.isDigit(lower.charAt(i - 1))
                            && Character.isDigit(lower.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(lower.substring(start, i));
                boundaries.add(boundary);
                commas.add(comma);
                boundary = false;
                comma = false;
            } else {
                boundary |= c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')';
                comma |= c == ',';
                i++;
            }
        }
        // Read-only views, not copies: the lists are this method's own and never change after (a split is made for
        // every text a draft reads, and the copies were a tenth of a draft's allocation).
        return new PromptReading.Words(Collections.unmodifiableList(out), Collections.unmodifiableList(boundaries),
                Collections.unmodifiableList(commas));
    }

    /** Every entity named in {@code words} (lower case), longest surface first at each position. */
    public List<Mention> find(List<String> words) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!firstWords.mayHold(w)) {
                continue;
            }
            List<Surface> candidates = byFirstWord.get(w);
            if (candidates == null && w.endsWith("s") && w.length() > 3) {
                candidates = byPluralFirstWord.get(w);
            }
            if (candidates == null && w.endsWith("'s")) {
                candidates = byPossessiveFirstWord.get(w);
            }
            if (candidates == null) {
                continue;
            }
            for (Surface c : candidates) {
                int length = matches(words, i, c.parts());
                if (length > 0) {
                    out.add(new Mention(c.category(), c.id(), c.text(), i));
                    i += length - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The entity ids (category:id) named anywhere in {@code text}. */
    public Set<String> ids(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : find(words(text.toLowerCase(Locale.ROOT)))) {
            out.add(m.category() + ":" + m.id());
        }
        return out;
    }

    private static int matches(List<String> words, int at, String[] parts) {
        if (at + parts.length > words.size()) {
            return 0;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!sameWord(words.get(at + k), parts[k])) {
                return 0;
            }
        }
        return parts.length;
    }

    /** {@code w} is {@code part} or its plural or possessive ("s", "es", "'s"), compared in place. */
    private static boolean sameWord(String w, String part) {
        int extra = w.length() - part.length();
        if (extra < 0 || extra > 2 || !w.startsWith(part)) {
            return false;
        }
        return extra == 0 || extra == 1 && w.charAt(part.length()) == 's'
                || extra == 2 && (w.endsWith("es") || w.endsWith("'s"));
    }
}
