package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Count against mass for a typed noun, decided by the class WordNet files the noun's first sense under and by
 * whether WordNet's own glosses use its plural (bundled {@code noun-kinds.txt}), never by a list of nouns.
 *
 * <ul>
 *   <li>A thing, a document or message, a place, an event, a time (noun.artifact, noun.communication,
 *       noun.object, noun.location, noun.event, noun.time, noun.body, noun.animal, noun.plant, noun.shape) is
 *       counted ("worksheet", "journal", "car") unless the glosses use it mostly without a plural (under one
 *       plural in eight uses: "shelter", "list", "housing").</li>
 *   <li>A deed or an idea (noun.act, noun.cognition, noun.possession, noun.relation, noun.quantity) is a
 *       mass or an abstraction ("homework", "therapy", "support") unless the glosses use its plural at least
 *       three times in ten ("plan", "exercise", "technique").</li>
 *   <li>A feeling, a state, a substance, a food, an attribute, a process or a phenomenon (noun.feeling,
 *       noun.state, noun.substance ...) is never counted ("anxiety", "sleep", "craving").</li>
 *   <li>Whatever its class, a noun one of whose three commonest senses is a feeling or a state ("stress",
 *       "worry", "relationship") and a noun made from a verb with -ion ("restriction", "medication") is not
 *       counted: a clinician's bare "work stress" or "means restriction" is the state or the act.</li>
 *   <li>A person (noun.person) and a group is left out here: whether a typed person is "a", "the" or the
 *       client's own is not in the word.</li>
 *   <li>Round 28, whatever its WordNet class: a medication, a drug class or a substance is mass in a clinical note
 *       ("access to stockpiled sertraline", "restart SSRI"), read from the clinical lexicon's medication and
 *       substance entities and the bundled drug names of the PHI guard; and a head made with -ing is the activity
 *       ("means restriction counseling", "journaling"), never counted; nor the head of a symptom the clinical
 *       lexicon names ("withdrawal from friends").</li>
 * </ul>
 */
public final class NounKinds {

    private static final Set<String> THINGS = Set.of("artifact", "communication", "object", "location", "event",
            "time", "body", "animal", "plant", "shape");
    private static final Set<String> DEEDS = Set.of("act", "cognition", "possession", "relation", "quantity");
    private static final Map<String, Boolean> COUNTED = new HashMap<>(64_000);
    /** Nouns whose first sense WordNet files under the body or an artifact: "pupils", "clothes", "shirt". */
    private static final Set<String> BODY_OR_DRESS;
    /** Round 41: persons WordNet's glosses name mostly one at a time ("landlord", "sponsor"), never "friend". */
    private static final Set<String> ONE_HELD;

    static {
        // One read of noun-kinds.txt for every question asked of it.
        Set<String> bodyOrDress = new java.util.HashSet<>();
        Set<String> oneHeld = new java.util.HashSet<>();
        load(bodyOrDress, oneHeld);
        BODY_OR_DRESS = Set.copyOf(bodyOrDress);
        ONE_HELD = Set.copyOf(oneHeld);
    }
    private static final Set<String> DRUGS = drugs();
    private static final Set<String> SYMPTOMS = symptoms();

    private NounKinds() {
    }

    /** True when {@code word} (lower case, singular) is a count noun by its WordNet class. */
    public static boolean isCount(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // A lemma WordNet lists in the plural ("glasses", "means") is no singular to give "a".
        boolean pluralLooking = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
        return !pluralLooking && !DRUGS.contains(w) && !SYMPTOMS.contains(w) && !activity(w)
                && COUNTED.getOrDefault(w, Boolean.FALSE);
    }

    /**
     * The one reading the frames ask before they give a typed singular noun "a", "an" or "the": counted by
     * {@code english.txt}'s hand list ("meeting", "screening") or by its WordNet class, where an -ing activity is never
     * counted ("means restriction counseling"), and never a drug or a substance whichever list names it ("stockpiled
     * sertraline").
     */
    public static boolean takesArticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !DRUGS.contains(w) && (English.get().isCountNoun(w) || isCount(w));
    }

    /**
     * True when {@code word} (lower case) is a part of the body or a made thing by its first WordNet sense: what a
     * mental-status finding can take as its subject ("Pupils were normal.", "Clothes were loose.").
     */
    public static boolean isBodyOrDress(String word) {
        return BODY_OR_DRESS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Round 41: a person (noun.person) WordNet's glosses name in the singular at least three times as often as in the
     * plural, five times or more: a role a client has one of ("landlord", "boss", "sponsor", "therapist"), never a
     * person one has many of ("friend", "neighbor", "classmate", "student"). Whether it is a relative is not read here.
     */
    public static boolean isOneHeld(String word) {
        return ONE_HELD.contains(word);
    }

    /** True when {@code word} is a drug, a substance or an -ing activity: mass whatever either list says. */
    public static boolean isMass(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return DRUGS.contains(w) || activity(w);
    }

    /** True when {@code word} names a medication, a drug class or a substance: mass in a note whatever WordNet says. */
    public static boolean isDrugOrSubstance(String word) {
        return DRUGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * An -ing head is the activity ("counseling", "parenting", "scheduling"); a word whose -ing is no suffix has no
     * vowel before it ("string", "spring", "ring") and is left to its class.
     */
    static boolean activity(String w) {
        if (!w.endsWith("ing") || w.length() < 6) {
            return false;
        }
        String stem = w.substring(0, w.length() - 3);
        return stem.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean counted(String word, String kind, int singular, int plural, boolean felt) {
        // A noun one of whose commonest senses is a feeling or a state reads as that ("stress", "worry"); a noun
        // made from a verb with -ion reads as the act ("means restriction", "medication").
        if (felt || word.endsWith("ion")) {
            return false;
        }
        if (THINGS.contains(kind)) {
            return singular < 5 || plural * 6 >= singular;
        }
        if (DEEDS.contains(kind)) {
            return singular >= 5 && plural * 10 >= singular * 3;
        }
        return false;
    }

    /**
     * One-word medication and substance names: {@code clinical-entities.txt}'s medication and substance entities and
     * the guard's {@code drugs.txt} (practice-llm, a dependency of this module). A drug class typed in the singular
     * ("antidepressant", "benzo") is read from its plural there too.
     */
    private static Set<String> drugs() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : lines(NounKinds.class.getResourceAsStream("clinical-entities.txt"), "clinical-entities.txt")) {
            int colon = line.indexOf(':');
            if (colon > 0 && (line.startsWith("medication ") || line.startsWith("substance "))) {
                addNames(out, line.substring(colon + 1));
            }
        }
        for (String line : lines(NounKinds.class.getResourceAsStream("/org/practicekit/llm/phi/internal/drugs.txt"),
                "drugs.txt")) {
            addNames(out, line);
        }
        return Set.copyOf(out);
    }

    /**
     * The head (last word) of every symptom the clinical lexicon names ({@code symptoms.txt}): a symptom is the state
     * the client is in ("withdrawal from friends"), never a thing counted by its WordNet class; {@code english.txt}'s
     * hand list still counts the ones it lists.
     */
    private static Set<String> symptoms() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : lines(NounKinds.class.getResourceAsStream("symptoms.txt"), "symptoms.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            for (String n : line.substring(colon + 1).split(",")) {
                String[] words = n.strip().toLowerCase(Locale.ROOT).split(" ");
                out.add(words[words.length - 1]);
            }
        }
        return Set.copyOf(out);
    }

    private static void addNames(Set<String> out, String names) {
        for (String n : names.split(",")) {
            String w = n.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && w.indexOf(' ') < 0) {
                out.add(w);
                if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
                    out.add(w.substring(0, w.length() - 1));
                }
            }
        }
    }

    private static java.util.List<String> lines(InputStream stream, String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Objects.requireNonNull(stream, name + " missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void load(Set<String> bodyOrDress, Set<String> oneHeld) {
        try (InputStream in = Objects.requireNonNull(NounKinds.class.getResourceAsStream("noun-kinds.txt"),
                "noun-kinds.txt missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(" ");
                if (p.length != 5) {
                    continue;
                }
                if (counted(p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]), p[4].equals("f"))) {
                    COUNTED.put(p[0], Boolean.TRUE);
                }
                if (p[1].equals("body") || p[1].equals("artifact")) {
                    bodyOrDress.add(p[0]);
                }
                if (p[1].equals("person") && Integer.parseInt(p[2]) >= 5
                        && Integer.parseInt(p[3]) * 3 < Integer.parseInt(p[2])) {
                    oneHeld.add(p[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
