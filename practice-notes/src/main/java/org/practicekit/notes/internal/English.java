package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The English the composer needs to inflect a clinician's phrase: verb forms (regular rules plus
 * the irregular verbs), adjectives, count nouns and the small closed classes. Loaded once from
 * {@code english.txt}; immutable and thread-safe.
 */
public final class English {
    /** The verb forms a word can be. */
    public enum Form { BASE, THIRD, PAST, PARTICIPLE, GERUND }

    public static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "some",
            "any", "no", "each", "every", "both", "all", "several", "many", "few", "more", "less", "fewer", "most",
            "much", "another", "other", "either", "neither", "such", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twenty", "half", "multiple", "various", "numerous", "same", "own");
    public static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "my", "our", "your", "its");
    public static final Set<String> PRONOUNS = Set.of("i", "we", "she", "he", "they", "it", "you");
    public static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them", "me", "us", "it", "you",
            "herself", "himself", "themselves", "myself", "itself");
    public static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along",
            "amid", "around", "as", "at", "before", "behind", "below", "beside", "besides", "between", "beyond", "by",
            "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off",
            "on", "onto", "out", "outside", "over", "per", "since", "than", "through", "throughout", "to", "toward",
            "towards", "under", "until", "up", "upon", "via", "with", "within", "without", "while", "when", "because",
            "although", "though", "if", "unless", "whether", "where", "once", "whenever", "so");
    /**
     * Terms that name one thing with a preposition inside them; a noun after one is the head of the phrase
     * ("reasons for living list" is one list).
     */
    private static final List<List<String>> FIXED_TERMS = List.of(List.of("reasons", "for", "living"),
            List.of("activities", "of", "daily", "living"), List.of("quality", "of", "life"),
            List.of("plan", "of", "care"), List.of("cost", "of", "living"), List.of("sense", "of", "purpose"),
            List.of("history", "of", "present", "illness"), List.of("release", "of", "information"));

    /**
     * When the preposition at {@code prep} is inside a fixed term ({@link #FIXED_TERMS}), the index just after the
     * term; -1 otherwise.
     */
    public static int fixedTermEnd(List<String> tokens, int prep) {
        for (List<String> term : FIXED_TERMS) {
            // Each term's preposition is its second word.
            int start = prep - 1;
            if (start < 0 || start + term.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < term.size() && all; k++) {
                all = term.get(k).equalsIgnoreCase(tokens.get(start + k));
            }
            if (all) {
                return start + term.size();
            }
        }
        return -1;
    }

    public static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "then", "plus");
    public static final Set<String> MODALS = Set.of("will", "would", "can", "could", "should", "may", "might",
            "must", "shall", "won't", "can't", "cannot", "wouldn't", "couldn't", "shouldn't");
    public static final Set<String> ADVERBS = Set.of("also", "still", "now", "often", "rarely", "briefly", "only",
            "then", "again", "never", "always", "sometimes", "usually", "frequently", "occasionally", "recently",
            "just", "already", "nearly", "almost", "mostly", "largely", "partly", "fully", "readily", "reportedly",
            "initially", "eventually", "consistently", "repeatedly", "actively", "independently", "successfully",
            "easily", "quickly", "slowly", "gradually", "not", "daily", "nightly", "weekly", "well", "very", "quite",
            "somewhat", "more", "less", "even", "later", "first", "finally", "alone", "together", "throughout",
            "tonight", "today", "overall", "verbally", "openly");
    /** Present and past forms of "be", "have" and "do" with their past tense. */
    private static final Map<String, String> AUX_PAST = Map.ofEntries(Map.entry("is", "was"), Map.entry("am", "was"),
            Map.entry("are", "were"), Map.entry("was", "was"), Map.entry("were", "were"), Map.entry("has", "had"),
            Map.entry("have", "had"), Map.entry("had", "had"), Map.entry("does", "did"), Map.entry("do", "did"),
            Map.entry("did", "did"), Map.entry("isn't", "wasn't"), Map.entry("aren't", "weren't"),
            Map.entry("wasn't", "wasn't"), Map.entry("weren't", "weren't"), Map.entry("hasn't", "hadn't"),
            Map.entry("haven't", "hadn't"), Map.entry("doesn't", "didn't"), Map.entry("don't", "didn't"),
            Map.entry("didn't", "didn't"), Map.entry("hadn't", "hadn't"), Map.entry("will", "would"),
            Map.entry("can", "could"), Map.entry("won't", "wouldn't"), Map.entry("can't", "couldn't"),
            Map.entry("cannot", "could not"), Map.entry("may", "might"));

    /** Loaded after every static field of this class is set: the load works out profiles with them. */
    private static final class Loaded {
        static final English INSTANCE = load();
    }

    private final Map<String, String[]> irregular;
    private final Map<String, String> irregularPast;
    private final Map<String, String> irregularParticiple;
    private final Set<String> verbs;
    private final Set<String> doubling;
    private final Set<String> participial;
    private final Set<String> speech;
    private final Set<String> clinician;
    private final Set<String> client;
    private final Set<String> nounFirst;
    private final Set<String> adjectives;
    private final Set<String> count;
    /** Per word: how often WordNet tagged it as a noun, verb, adjective and adverb (-1: not that class). */
    private final Map<String, short[]> classes = new HashMap<>(48_000);

    // ---- one profile per word ----------------------------------------------------------------------
    // Why: the composer and the verifier ask a dozen questions of each of a few hundred words on every draft
    // (verb form, adjective, noun-first, preposition...); each answer was its own set or map lookup. A word's
    // answers are computed together once and kept, so each later question costs one lookup.

    /** Profile bits after the five verb-form bits (the {@link Form} ordinals). */
    static final int ADJECTIVE = 1 << 5;
    static final int PARTICIPIAL = 1 << 6;
    static final int NOUN_FIRST = 1 << 7;
    static final int COUNT = 1 << 8;
    static final int MOSTLY_NOUN = 1 << 9;
    static final int AUX = 1 << 10;
    static final int DETERMINER = 1 << 11;
    static final int POSSESSIVE = 1 << 12;
    static final int PRONOUN = 1 << 13;
    static final int OBJECT_PRONOUN = 1 << 14;
    static final int PREPOSITION = 1 << 15;
    static final int CONJUNCTION = 1 << 16;
    static final int MODAL = 1 << 17;
    static final int ADVERB = 1 << 18;
    static final int LY_ADVERB = 1 << 19;
    static final int KNOWN = 1 << 20;
    static final int CAN_BE_VERB = 1 << 21;
    static final int MOSTLY_ADJECTIVE = 1 << 22;
    /** The word is a verb base the lexicon lists ({@link #isVerb}). */
    static final int VERB = 1 << 23;
    /** The word is a form of a known verb ({@link #baseOf} is not empty). */
    static final int HAS_BASE = 1 << 24;

    /** Everything asked of one word, exactly as the single questions answer it. */
    private record Profile(String base, int bits, String lemma, String dictionary) {
    }

    private static final int PROFILES_KEPT = 40_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Profile> profiles =
            new java.util.concurrent.ConcurrentHashMap<>(4_096);

    private Profile profile(String word) {
        Profile p = profiles.get(word);
        if (p == null) {
            Map<String, Profile> draftWords = DRAFT_WORDS.get();
            p = draftWords == null ? null : draftWords.get(word);
            if (p != null) {
                return p;
            }
            p = computeProfile(word);
            // Only words the dictionary knows (the lexicon's classes or WordNet's list) are kept: a name or an
            // identifier a clinician typed is worked out again next time rather than held in memory after the draft. Within one draft it is kept until the draft ends.
            if (((p.bits & KNOWN) != 0 || classes.containsKey(word)) && profiles.size() < PROFILES_KEPT) {
                profiles.put(word, p);
            } else if (draftWords != null && draftWords.size() < DRAFT_WORDS_KEPT) {
                draftWords.put(word, p);
            }
        }
        return p;
    }

    // Why: a draft asks a dozen questions of each name, number and typed identifier, several times over (composer and
    // verifier); without this each question worked the word out again (a fifth of a draft's CPU). The words are held
    // on the drafting thread only while the draft runs and dropped when it ends.
    private static final ThreadLocal<Map<String, Profile>> DRAFT_WORDS = new ThreadLocal<>();
    private static final int DRAFT_WORDS_KEPT = 4_096;

    /**
     * Keeps the words the dictionary does not know, and the prompt's reading ({@link PromptReading}), for the length of one
     * draft or verification on this thread; nested
     * scopes share the outermost one's words. Close it (try-with-resources) when the draft ends.
     */
    public static DraftScope draftScope() {
        if (DRAFT_WORDS.get() != null) {
            return DraftScope.NESTED;
        }
        DRAFT_WORDS.set(new HashMap<>(256));
        PromptReading.begin();
        return DraftScope.OUTER;
    }

    /** One draft's span for {@link #draftScope()}: closing the outermost forgets the draft's words. */
    public enum DraftScope implements AutoCloseable {
        OUTER, NESTED;

        @Override
        public void close() {
            if (this == OUTER) {
                DRAFT_WORDS.remove();
                PromptReading.end();
            }
        }
    }

    /**
     * Works out, once at load, the profiles of the words every draft writes or reads that no dictionary list holds: the
     * shipped vocabulary of session notes ("minutes", "homework", "ideation"; the [vocabulary] section of english.txt,
     * with their possessives and the forms without a final "s" or "ss" that {@link #dictionaryForm} asks about), the
     * closed classes, the months and weekdays, the F and Z codes of ICD-10, the numbers 0 to 999 and the years 1900 to
     * 2099. Without this each was worked out again
     * on every draft (about 40 words, 6 % of an offline draft). The table is fixed by the code, never by what a
     * clinician typed.
     */
    private void keepVocabulary(Set<String> vocabulary) {
        Set<String> words = new HashSet<>();
        for (String w : vocabulary) {
            words.add(w);
            words.add(w + "'s");
            words.add(w + "'");
            if (w.endsWith("ss") && w.length() > 4) {
                words.add(w.substring(0, w.length() - 2));
            }
            if (w.endsWith("s") && w.length() > 3) {
                words.add(w.substring(0, w.length() - 1));
            }
        }
        for (Set<String> closed : java.util.List.of(DETERMINERS, POSSESSIVES, PRONOUNS, OBJECT_PRONOUNS, PREPOSITIONS,
                CONJUNCTIONS, MODALS, ADVERBS, AUX_PAST.keySet())) {
            words.addAll(closed);
        }
        for (java.time.Month m : java.time.Month.values()) {
            words.add(m.name().toLowerCase(Locale.ROOT));
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            words.add(d.name().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < 1_000; i++) {
            words.add(Integer.toString(i));
            if (i < 10) {
                words.add("0" + i);
            }
        }
        // ICD-10 chapters a note cites most (mental and behavioural disorders, social circumstances), and the
        // tokens punctuation leaves.
        for (int i = 0; i < 100; i++) {
            words.add((i < 10 ? "f0" : "f") + i);
            words.add((i < 10 ? "z0" : "z") + i);
        }
        words.addAll(java.util.List.of("", ",", "'", "\"", ":", ";", "+", "&"));
        for (int year = 1900; year < 2100; year++) {
            words.add(Integer.toString(year));
        }
        for (String w : words) {
            if (profiles.size() < PROFILES_KEPT) {
                profiles.put(w, computeProfile(w));
            }
        }
    }

    /** Whether the word's profile is held in memory (tests: typed names are never kept). */
    boolean remembers(String word) {
        Map<String, Profile> draftWords = DRAFT_WORDS.get();
        return profiles.containsKey(word) || draftWords != null && draftWords.containsKey(word);
    }

    /** The profile bits of {@code word}: its verb forms ({@code 1 << form.ordinal()}) and the class bits above. */
    int bits(String word) {
        return profile(word).bits;
    }

    private Profile computeProfile(String w) {
        String base = computeBase(w);
        int bits = 0;
        for (Form f : Form.values()) {
            if (computeIs(w, base, f)) {
                bits |= 1 << f.ordinal();
            }
        }
        bits |= base.isEmpty() ? 0 : HAS_BASE;
        String lemma = computeLemma(w, base);
        short[] lemmaCounts = classes.get(lemma);
        if (lemmaCounts == null || lemmaCounts[WordClass.NOUN.ordinal()] >= 0
                && lemmaCounts[WordClass.NOUN.ordinal()] >= lemmaCounts[WordClass.VERB.ordinal()]) {
            bits |= MOSTLY_NOUN;
        }
        if (lemmaCounts != null && lemmaCounts[WordClass.VERB.ordinal()] >= 0) {
            bits |= CAN_BE_VERB;
        }
        if (computeMostlyAdjective(w)) {
            bits |= MOSTLY_ADJECTIVE;
        }
        if (computeAdjective(w, base)) {
            bits |= ADJECTIVE;
        }
        bits |= participial.contains(w) ? PARTICIPIAL : 0;
        bits |= nounFirst.contains(w) ? NOUN_FIRST : 0;
        bits |= count.contains(w) ? COUNT : 0;
        bits |= verbs.contains(w) ? VERB : 0;
        bits |= AUX_PAST.containsKey(w.toLowerCase(Locale.ROOT)) ? AUX : 0;
        bits |= DETERMINERS.contains(w) ? DETERMINER : 0;
        bits |= POSSESSIVES.contains(w) ? POSSESSIVE : 0;
        bits |= PRONOUNS.contains(w) ? PRONOUN : 0;
        bits |= OBJECT_PRONOUNS.contains(w) ? OBJECT_PRONOUN : 0;
        bits |= PREPOSITIONS.contains(w) ? PREPOSITION : 0;
        bits |= CONJUNCTIONS.contains(w) ? CONJUNCTION : 0;
        bits |= MODALS.contains(w) ? MODAL : 0;
        bits |= ADVERBS.contains(w) ? ADVERB : 0;
        bits |= computeLyAdverb(w) ? LY_ADVERB : 0;
        if (computeKnown(w, base)) {
            bits |= KNOWN;
        }
        String dictionary;
        if (!base.isEmpty()) {
            dictionary = base;
        } else if (w.endsWith("ies") && w.length() > 4) {
            dictionary = w.substring(0, w.length() - 3) + "y";
        } else {
            dictionary = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        }
        return new Profile(base, bits, lemma, dictionary);
    }

    private English(Map<String, Set<String>> sections, Map<String, String[]> irregular) {
        this.irregular = Map.copyOf(irregular);
        Map<String, String> past = new HashMap<>();
        Map<String, String> participle = new HashMap<>();
        irregular.forEach((base, forms) -> {
            past.putIfAbsent(forms[0], base);
            participle.putIfAbsent(forms[1], base);
        });
        past.put("were", "be");
        past.put("was", "be");
        this.irregularPast = Map.copyOf(past);
        this.irregularParticiple = Map.copyOf(participle);
        Set<String> v = new HashSet<>(sections.getOrDefault("verbs", Set.of()));
        v.addAll(irregular.keySet());
        this.verbs = Set.copyOf(v);
        this.doubling = section(sections, "doubling");
        this.participial = section(sections, "participial");
        this.speech = section(sections, "speech");
        this.clinician = section(sections, "clinician");
        this.client = section(sections, "client");
        this.nounFirst = section(sections, "noun-first");
        this.adjectives = section(sections, "adjectives");
        this.count = section(sections, "count");
    }

    private static Set<String> section(Map<String, Set<String>> sections, String name) {
        return Set.copyOf(sections.getOrDefault(name, Set.of()));
    }

    /** The shared lexicon. */
    public static English get() {
        return Loaded.INSTANCE;
    }

    private static English load() {
        Map<String, Set<String>> sections = new HashMap<>();
        Map<String, String[]> irregular = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(English.class.getResourceAsStream("english.txt"),
                "english.txt missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = l.substring(1, l.length() - 1);
                    continue;
                }
                String[] words = l.toLowerCase(Locale.ROOT).split("\\s+");
                if (section.equals("irregular")) {
                    irregular.put(words[0], new String[] {words[1], words[2]});
                } else {
                    sections.computeIfAbsent(section, k -> new HashSet<>()).addAll(java.util.List.of(words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, short[]> classes = wordClasses();
        // A word WordNet knows only as a verb, or never tagged as a noun ("startle"), is read as a verb too.
        Set<String> verbs = new HashSet<>(sections.getOrDefault("verbs", Set.of()));
        classes.forEach((w, c) -> {
            if (c[1] > 0 && c[0] <= 0 && c[2] < 0 && w.indexOf('-') < 0 && w.indexOf('\'') < 0) {
                verbs.add(w);
            }
        });
        sections.put("verbs", verbs);
        English english = new English(sections, irregular);
        english.classes.putAll(classes);
        english.keepVocabulary(sections.getOrDefault("vocabulary", Set.of()));
        return english;
    }

    /** WordNet's classes of every word it lists beyond a plain noun ("wave" to noun 6, verb 3). */
    private static Map<String, short[]> wordClasses() {
        Map<String, short[]> out = new HashMap<>(48_000);
        try (InputStream in = Objects.requireNonNull(English.class.getResourceAsStream("wordclasses.txt"),
                "wordclasses.txt missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue;
                }
                short[] counts = {-1, -1, -1, -1};
                for (String part : line.substring(space + 1).split(" ")) {
                    counts["nvar".indexOf(part.charAt(0))] = (short) Math.min(Short.MAX_VALUE,
                            Integer.parseInt(part.substring(1)));
                }
                out.put(line.substring(0, space), counts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---- verbs ----------------------------------------------------------------------------------

    /** True when {@code base} is a verb the lexicon knows. */
    public boolean isVerb(String base) {
        return verbs.contains(base);
    }

    /** The base of a verb form ("identified" to "identify"), or "" when the word is no known verb form. */
    public String baseOf(String word) {
        return profile(word).base;
    }

    private String computeBase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (verbs.contains(w)) {
            return w;
        }
        if (w.equals("is") || w.equals("am") || w.equals("are") || w.equals("was") || w.equals("were")
                || w.equals("been") || w.equals("being")) {
            return "be";
        }
        if (w.equals("has") || w.equals("had") || w.equals("having")) {
            return "have";
        }
        if (w.equals("does") || w.equals("did") || w.equals("done") || w.equals("doing")) {
            return "do";
        }
        if (w.startsWith("re-") && w.length() > 5) {
            // "re-engage", "re-administered": the verb after the prefix.
            String rest = computeBase(w.substring(3));
            return rest.isEmpty() ? "" : "re-" + rest;
        }
        String b = irregularPast.get(w);
        if (b != null) {
            return b;
        }
        b = irregularParticiple.get(w);
        if (b != null) {
            return b;
        }
        for (String candidate : candidates(w)) {
            if (verbs.contains(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    private static String[] candidates(String w) {
        int n = w.length();
        if (w.endsWith("ied") && n > 4) {
            return new String[] {w.substring(0, n - 3) + "y"};
        }
        if (w.endsWith("ed") && n > 3) {
            String stem = w.substring(0, n - 2);
            String undoubled = n > 4 && w.charAt(n - 3) == w.charAt(n - 4) ? w.substring(0, n - 3) : stem;
            return new String[] {stem, w.substring(0, n - 1), undoubled};
        }
        if (w.endsWith("ying") && n >= 5) {
            // "lying", "dying", "tying": five letters are enough for "ie" + "ing".
            return new String[] {w.substring(0, n - 3), w.substring(0, n - 4) + "ie"};
        }
        if (w.endsWith("ing") && n > 4) {
            String stem = w.substring(0, n - 3);
            boolean doubled = n > 5 && w.charAt(n - 4) == w.charAt(n - 5);
            String undoubled = doubled ? w.substring(0, n - 4) : stem;
            if (doubled && "lsfz".indexOf(w.charAt(n - 4)) < 0) {
                // A doubled consonant other than l, s, f or z is spelling ("putting" is "put", not "putt"); "calling",
                // "passing" keep theirs.
                return new String[] {undoubled, stem, stem + "e"};
            }
            return new String[] {stem, stem + "e", undoubled};
        }
        if (w.endsWith("ies") && n > 4) {
            return new String[] {w.substring(0, n - 3) + "y"};
        }
        if (w.endsWith("es") && n > 3) {
            return new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
        }
        if (w.endsWith("s") && !w.endsWith("ss") && n > 2) {
            return new String[] {w.substring(0, n - 1)};
        }
        return new String[0];
    }

    /** True when {@code word} is the form {@code form} of a known verb (or a regular-looking one). */
    public boolean is(String word, Form form) {
        return (profile(word).bits & (1 << form.ordinal())) != 0;
    }

    private boolean computeIs(String word, String base, Form form) {
        String w = word.toLowerCase(Locale.ROOT);
        if (base.isEmpty()) {
            return false;
        }
        switch (form) {
            case BASE:
                return w.equals(base) && !base.equals("be");
            case THIRD:
                return w.equals(third(base));
            case PAST:
                return w.equals(past(base)) || (base.equals("be") && (w.equals("was") || w.equals("were")));
            case PARTICIPLE:
                return w.equals(participle(base));
            default:
                return w.equals(gerund(base));
        }
    }

    public String third(String base) {
        switch (base) {
            case "be":
                return "is";
            case "have":
                return "has";
            case "do":
                return "does";
            case "go":
                return "goes";
            default:
                break;
        }
        if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
                || base.endsWith("sh") || base.endsWith("o")) {
            return base + "es";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    public String past(String base) {
        String[] forms = irregular.get(base);
        if (forms != null) {
            return forms[0];
        }
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        if (doubling.contains(base)) {
            return base + base.charAt(base.length() - 1) + "ed";
        }
        return base + "ed";
    }

    public String participle(String base) {
        String[] forms = irregular.get(base);
        return forms != null ? forms[1] : past(base);
    }

    public String gerund(String base) {
        switch (base) {
            case "be":
                return "being";
            case "see":
                return "seeing";
            case "die":
                return "dying";
            case "lie":
                return "lying";
            default:
                break;
        }
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && !base.endsWith("ye") && !base.endsWith("oe")
                && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        if (doubling.contains(base)) {
            return base + base.charAt(base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    private static boolean consonantY(String w) {
        return w.length() > 2 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }

    /** The past tense of an auxiliary or modal ("is" to "was", "will" to "would"), or "" for other words. */
    public String auxPast(String word) {
        return AUX_PAST.getOrDefault(word.toLowerCase(Locale.ROOT), "");
    }

    /**
     * Each modal's past tense with its present ("couldn't" to "can't", "would" to "will"), one word each: a past a
     * draft writes for what a field typed in the present.
     */
    public Map<String, String> modalPresents() {
        Map<String, String> out = new java.util.HashMap<>();
        AUX_PAST.forEach((present, past) -> {
            if (!present.equals(past) && past.indexOf(' ') < 0
                    && (past.startsWith("could") || past.startsWith("would") || past.startsWith("might"))) {
                out.put(past, present);
            }
        });
        return Map.copyOf(out);
    }

    public boolean isAux(String word) {
        return (profile(word).bits & AUX) != 0;
    }

    // ---- word classes ----------------------------------------------------------------------------

    /** An "-ly" adverb ("mildly", "easily"), not one of the "-ly" adjectives and nouns. */
    public static boolean isLyAdverb(String w) {
        return computeLyAdverb(w);
    }

    private static boolean computeLyAdverb(String w) {
        return w.endsWith("ly") && w.length() > 4 && !LY_NOT_ADVERBS.contains(w);
    }

    private static final Set<String> LY_NOT_ADVERBS = Set.of("family", "daily", "weekly", "nightly", "monthly",
            "early", "friendly", "lonely", "likely", "lovely", "elderly", "ugly", "holy", "supply", "apply", "reply",
            "rely", "ally", "july", "italy", "assembly", "anomaly", "homely", "costly", "orderly", "timely", "unlikely",
            "silly", "jolly", "belly", "bully", "fly", "only", "hourly", "yearly", "quarterly");

    /** A participle used as an adjective before a noun ("increased irritability"). */
    public boolean isParticipialAdjective(String w) {
        return (profile(w).bits & PARTICIPIAL) != 0;
    }

    /** A verb that reports speech or a stance on a topic ("denied", "endorsed"). */
    public boolean isSpeechVerb(String base) {
        return speech.contains(base);
    }

    /** A plan verb that only the clinician does ("refer", "consult"). */
    public boolean isClinicianVerb(String base) {
        return clinician.contains(base);
    }

    /** A plan verb the client does ("attend", "call"). */
    public boolean isClientVerb(String base) {
        return client.contains(base);
    }

    /** A word that starts a compound noun when a noun follows ("sleep diary"). */
    public boolean isNounFirst(String w) {
        return (profile(w).bits & NOUN_FIRST) != 0;
    }

    public boolean isAdjective(String w) {
        return (profile(w).bits & ADJECTIVE) != 0;
    }

    private boolean computeAdjective(String w, String base) {
        if (adjectives.contains(w)) {
            return true;
        }
        if (w.length() > 3 && computeMostlyAdjective(w) && !count.contains(w) && !verbs.contains(w)
                && !nounFirst.contains(w) && tagged(w, WordClass.ADJECTIVE) > 0
                && base.isEmpty()) {
            return true;
        }
        boolean suffix = w.endsWith("ful") && w.length() > 5 || w.endsWith("ous") || w.endsWith("ive") && w.length() > 5
                || w.endsWith("ic") && w.length() > 5;
        return suffix && base.isEmpty();
    }

    /** A singular count noun that takes "a" or "an" when bare. */
    public boolean isCountNoun(String w) {
        return (profile(w).bits & COUNT) != 0;
    }

    /** A class WordNet gives a word. */
    public enum WordClass { NOUN, VERB, ADJECTIVE, ADVERB }

    /**
     * How often WordNet tagged {@code lemma} in {@code c}: -1 when the word is not of that class, and
     * 0 for a plain noun WordNet lists only as a noun (or a word it does not list) asked as a noun.
     */
    public int tagged(String lemma, WordClass c) {
        short[] counts = classes.get(lemma);
        if (counts == null) {
            return c == WordClass.NOUN ? 0 : -1;
        }
        return counts[c.ordinal()];
    }

    /** True when WordNet lists {@code lemma} at all (beyond a plain noun). */
    public boolean listed(String lemma) {
        return classes.containsKey(lemma);
    }

    /**
     * Whether {@code drafted} is {@code typed} in another of the forms the composer writes a typed word in: a verb in the
     * past or the third person ("hold" written "held", "admit" written "admits"), a noun in the plural or singular, a
     * modal in its past ("may" written "might"). Read by WordNet's morphology ({@link #dictionaryForm}: a verb's
     * exception list and endings, a plain plural), never by a list of words; an adjective's degree ("better" for
     * "good") is not a form the composer makes and stays a change, as does every other lemma.
     */
    public boolean sameWordInflected(String drafted, String typed) {
        if (drafted.equals(typed)) {
            return true;
        }
        Map<String, String> modals = modalPresents();
        if (typed.equals(modals.get(drafted)) || drafted.equals(modals.get(typed))) {
            return true;
        }
        String a = dictionaryForm(drafted);
        String b = dictionaryForm(typed);
        return a.equals(b) || a.equals(typed) || b.equals(drafted);
    }

    /**
     * A word's dictionary form for matching a draft to its prompt ("threatened" to "threaten", "attacks" to "attack",
     * "worries" to "worry"): the verb base when the lexicon knows one, else a plain plural dropped.
     */
    public String dictionaryForm(String w) {
        return profile(w).dictionary;
    }

    /**
     * The dictionary form of an inflected word for the class lookup: "waves" to "wave", "startles" to
     * "startle", "worried" to "worry"; the word itself when it is listed or no rule applies.
     */
    public String lemmaForClasses(String word) {
        return profile(word).lemma;
    }

    private String computeLemma(String word, String base) {
        if (classes.containsKey(word)) {
            return word;
        }
        if (!base.isEmpty()) {
            return base;
        }
        for (String candidate : candidates(word)) {
            if (classes.containsKey(candidate)) {
                return candidate;
            }
        }
        return word;
    }

    /** True when the word reads first as a noun: a noun WordNet tagged at least as often as a verb. */
    public boolean mostlyNoun(String word) {
        return (profile(word).bits & MOSTLY_NOUN) != 0;
    }

    /** True when WordNet lists the word (or its lemma) as a verb. */
    public boolean canBeVerb(String word) {
        return (profile(word).bits & CAN_BE_VERB) != 0;
    }

    /** True when WordNet lists the word as an adjective and tagged it at least as often as a noun or a verb. */
    public boolean mostlyAdjective(String word) {
        return (profile(word).bits & MOSTLY_ADJECTIVE) != 0;
    }

    private boolean computeMostlyAdjective(String word) {
        short[] counts = classes.get(word);
        if (counts == null) {
            return false;
        }
        int a = counts[WordClass.ADJECTIVE.ordinal()];
        return a >= 0 && a >= counts[WordClass.NOUN.ordinal()] && a >= counts[WordClass.VERB.ordinal()];
    }

    /** True for words the lexicon knows in any class: such a word is lower-cased inside a sentence. */
    public boolean isKnownWord(String w) {
        return (profile(w).bits & KNOWN) != 0;
    }

    private boolean computeKnown(String w, String base) {
        if (w.endsWith("s") && w.length() > 3 && isKnownWord(w.substring(0, w.length() - 1))) {
            return true;
        }
        return verbs.contains(w) || !base.isEmpty() || adjectives.contains(w) || count.contains(w)
                || nounFirst.contains(w) || participial.contains(w) || DETERMINERS.contains(w)
                || PREPOSITIONS.contains(w) || CONJUNCTIONS.contains(w) || PRONOUNS.contains(w)
                || POSSESSIVES.contains(w) || ADVERBS.contains(w) || MODALS.contains(w);
    }

    /** "a" or "an" before {@code word}, by sound: "an 80-minute", "an MSE", "a one-time", "an hour". */
    public static String indefiniteArticle(String word) {
        String w = word;
        if (w.isEmpty()) {
            return "a";
        }
        char c = w.charAt(0);
        if (Character.isDigit(c)) {
            int end = 0;
            while (end < w.length() && Character.isDigit(w.charAt(end))) {
                end++;
            }
            String digits = w.substring(0, end);
            // Why: "eight", "eleven", "eighteen" and "eighty..." are the numbers said with a vowel sound.
            if (digits.startsWith("8") || digits.equals("11") || digits.equals("18")
                    || (digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18")))) {
                return "an";
            }
            return "a";
        }
        boolean acronym = w.length() > 1 && Character.isUpperCase(c) && (Character.isUpperCase(w.charAt(1))
                || w.charAt(1) == '-' || Character.isDigit(w.charAt(1)));
        if (acronym || w.length() == 1) {
            return "AEFHILMNORSX".indexOf(Character.toUpperCase(c)) >= 0 ? "an" : "a";
        }
        String l = w.toLowerCase(Locale.ROOT);
        if (l.startsWith("hour") || l.startsWith("honest") || l.startsWith("honor") || l.startsWith("heir")) {
            return "an";
        }
        if (l.startsWith("uni") || l.startsWith("use") || l.startsWith("usu") || l.startsWith("uti")
                || l.startsWith("uro") || l.startsWith("eu") || l.startsWith("one") || l.startsWith("once")
                || l.startsWith("ewe") || l.startsWith("ubiq") || l.startsWith("uni")) {
            return "a";
        }
        return "aeiou".indexOf(l.charAt(0)) >= 0 ? "an" : "a";
    }
}
