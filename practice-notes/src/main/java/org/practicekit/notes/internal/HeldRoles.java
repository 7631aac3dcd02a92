package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 41: a person's role typed bare where a typed phrase meets prose ("talking to landlord", "called sponsor",
 * "meeting with probation officer"). English needs a determiner there, and the one person who holds that role in the
 * client's life is "the": "talking to the landlord", "called the sponsor". A role is read by its class, not listed: a
 * role of the shared reporter vocabulary ({@code reporters.txt}: staff, professionals, a sponsor, a roommate) or a
 * person WordNet names mostly one at a time ({@link NounKinds#isOneHeld}).
 *
 * <p>Deny by default: a relative or a partner (whose they are is another reading's: "her mother"), a person one has
 * many of (a friend, a coworker, a peer), a person named by age or sex ("child", "woman"), a capital (a name or an
 * acronym), a plural, a noun after "per" (a source, kept as typed), "as" (a job: "works as teacher") or "of", and a
 * role already after a determiner, a possessive, a number or an adjective; anything the frames already decide.
 */
final class HeldRoles {
    /** The reporter roles that are relatives, partners or one of many: never "the" by this reading. */
    private static final Set<String> NOT_HELD = Set.of("mother", "father", "stepmother", "stepfather", "grandmother",
            "grandfather", "partner", "sister", "brother", "sibling", "son", "daughter", "aunt", "uncle", "cousin",
            "niece", "nephew", "guardian", "foster parent", "coworker", "peer", "group member");
    /** Persons named by age, sex or kind, not by a role they hold toward the client; and the client. */
    private static final Set<String> GENERIC = Set.of("man", "woman", "child", "boy", "girl", "baby", "infant",
            "person", "adult", "guy", "lady", "kid", "teen", "teenager", "toddler", "minor", "individual", "client",
            "patient", "member", "stranger", "parent", "grandparent", "grandson", "granddaughter", "ex", "widow",
            "widower", "relative", "family", "self", "god", "user", "owner", "victim", "survivor", "adolescent",
            "husband", "wife", "spouse", "fiance", "fiancee", "boyfriend", "girlfriend", "mom", "dad",
            // The clinician's own words for themselves ("thanked writer", "coached by leader"): never a third person.
            "writer", "clinician", "therapist", "counselor", "leader", "facilitator", "provider", "interviewer",
            "examiner", "author", "staff");
    /** The prepositions after which a held role is one person in the client's life. */
    private static final Set<String> BEFORE_ROLE = Set.of("to", "with", "from", "about", "for", "at", "against",
            "toward", "towards", "without", "around", "near", "after", "before", "by", "between");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");
    private static final English EN = English.get();

    private HeldRoles() {
    }

    /** {@code text} with "the" before each bare held role after a preposition or a verb; else {@code text} itself. */
    static String place(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> closed = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            String bare = token.replaceAll("[.,;:!?)]+$", "");
            spans.add(new int[] {m.start(), m.end()});
            words.add(bare);
            closed.add(bare.length() < token.length());
        }
        StringBuilder out = null;
        int copied = 0;
        for (int j = 1; j < words.size(); j++) {
            int start = roleStart(words, closed, j);
            if (start < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            int at = spans.get(start)[0];
            out.append(text, copied, at).append("the ");
            copied = at;
            j = start + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The index of the word "the" goes before when a held role starts at {@code j} (one word, or a modifier and its
     * head: "case manager", "probation officer"), bare after a trigger at {@code j - 1}; -1 otherwise.
     */
    private static int roleStart(List<String> words, List<Boolean> closed, int j) {
        String first = words.get(j);
        if (!WORD.matcher(first).matches() || closed.get(j - 1) || !trigger(words, j - 1)) {
            return -1;
        }
        boolean last = closed.get(j) || j + 1 >= words.size();
        if (!last && WORD.matcher(words.get(j + 1)).matches() && held(first, words.get(j + 1))) {
            return j;
        }
        if (!held(first, null)) {
            return -1;
        }
        // A role as the modifier of another noun ("sponsor meeting") is the other noun's; only the role as the head,
        // read by what follows it: the phrase's end, a preposition, a conjunction or an adverb of time or manner.
        return last || ends(words.get(j + 1)) ? j : -1;
    }

    /** Words that close a noun phrase after its head ("about", "and", "twice", "daily", "this week", "2 times"). */
    private static final Set<String> CLOSERS = Set.of("and", "or", "but", "twice", "again", "today", "yesterday",
            "tonight", "this", "last", "next", "once", "too", "also", "still", "now", "then");

    private static boolean ends(String next) {
        return !WORD.matcher(next).matches() || English.PREPOSITIONS.contains(next) || CLOSERS.contains(next)
                || next.endsWith("ly") && !EN.mostlyNoun(next);
    }

    /** Whether the word before a bare role asks for its determiner: a preposition or a verb of the dictionary. */
    private static boolean trigger(List<String> words, int i) {
        String w = words.get(i);
        if (BEFORE_ROLE.contains(w)) {
            return true;
        }
        if (!WORD.matcher(w).matches() || English.DETERMINERS.contains(w) || English.POSSESSIVES.contains(w)
                || English.PREPOSITIONS.contains(w) || EN.mostlyNoun(w) || EN.isAdjective(w)) {
            return false;
        }
        String base = EN.baseOf(w);
        return (EN.is(w, English.Form.PAST) || EN.is(w, English.Form.GERUND) || EN.is(w, English.Form.THIRD)
                || EN.is(w, English.Form.BASE)) && EN.isVerb(base.isEmpty() ? w : base);
    }

    /** A role held toward the client: {@code head} alone, or {@code modifier head} read as one role. */
    static boolean held(String modifier, String head) {
        if (head == null) {
            return heldWord(modifier);
        }
        // Two words only as one role of the shared vocabulary ("case manager", "probation officer"): a word before a
        // role may be a verb the dictionary lacks ("agreed to text sponsor", "chose to email supervisor").
        String pair = Reporters.role(modifier, head).orElse("");
        return !pair.isEmpty() && !NOT_HELD.contains(pair);
    }

    private static boolean heldWord(String w) {
        String word = w.toLowerCase(Locale.ROOT);
        if (GENERIC.contains(word) || word.endsWith("s") && !word.endsWith("ss") || word.contains("-in-law")) {
            return false;
        }
        String role = Reporters.role(word).orElse("");
        if (!role.isEmpty()) {
            return !NOT_HELD.contains(role);
        }
        // A word read as an adjective too ("extra", "junior", "married", "drunk") is how someone is, not who.
        // A comparative ("closer", "older") is an adjective's form, though WordNet files "closer" under persons.
        boolean comparative = word.endsWith("er") && (EN.isAdjective(word.substring(0, word.length() - 1))
                || EN.isAdjective(word.substring(0, word.length() - 2)));
        return NounKinds.isOneHeld(word) && !EN.isAdjective(word) && EN.mostlyNoun(word) && !comparative
                && !EN.is(word, English.Form.PAST) && !EN.is(word, English.Form.PARTICIPLE);
    }
}
