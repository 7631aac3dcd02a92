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
 * </ul>
 */
public final class NounKinds {

    private static final Set<String> THINGS = Set.of("artifact", "communication", "object", "location", "event",
            "time", "body", "animal", "plant", "shape");
    private static final Set<String> DEEDS = Set.of("act", "cognition", "possession", "relation", "quantity");
    private static final Map<String, Boolean> COUNTED = load();

    private NounKinds() {
    }

    /** True when {@code word} (lower case, singular) is a count noun by its WordNet class. */
    public static boolean isCount(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // A lemma WordNet lists in the plural ("glasses", "means") is no singular to give "a".
        boolean pluralLooking = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
        return !pluralLooking && COUNTED.getOrDefault(w, Boolean.FALSE);
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

    private static Map<String, Boolean> load() {
        Map<String, Boolean> out = new HashMap<>(64_000);
        try (InputStream in = Objects.requireNonNull(NounKinds.class.getResourceAsStream("noun-kinds.txt"),
                "noun-kinds.txt missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(" ");
                if (p.length == 5 && counted(p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]), p[4].equals("f"))) {
                    out.put(p[0], Boolean.TRUE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
