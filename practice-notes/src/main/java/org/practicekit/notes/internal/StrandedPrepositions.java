package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A typed phrase that ends on a preposition its own clause has stranded, and so is finished: the passive or the
 * infinitive of a verb whose preposition takes its object ("mother well cared for", "razor blades to dispose of";
 * the verbs from WordNet, {@code prepositional-verbs.txt}), or a relative clause with its own subject after the noun
 * it is about ("older sister she's close to"). A phrase that only stops on its preposition ("referred for", "close
 * to", "cared for" with nothing before it) is still unfinished. Read by the builder's refusal check.
 */
public final class StrandedPrepositions {
    private static final Set<String> PREPOSITIONAL_VERBS = load();
    /** Subject pronouns a relative clause opens with, contracted with its verb ("she's", "they're"). */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "we", "you");
    private static final Set<String> CLITICS = Set.of("'s", "'re", "'ve", "'d", "'ll");

    private StrandedPrepositions() {
    }

    /** Whether {@code tokens} (a phrase as typed, its last token the preposition) ends finished. */
    public static boolean finished(List<String> tokens) {
        int n = tokens.size();
        if (n < 3) {
            return false;
        }
        String prep = lower(tokens.get(n - 1));
        String verb = lower(tokens.get(n - 2));
        English en = English.get();
        String base = verbBase(verb, prep);
        if (!base.isEmpty()) {
            String before = lower(tokens.get(n - 3));
            if (verb.equals(base) && before.equals("to")) {
                // "blades to dispose of": an infinitive after its noun; "agreed to dispose of" wants its object.
                String noun = n > 3 ? lower(tokens.get(n - 4)) : "";
                return !noun.isEmpty() && Character.isLetter(noun.charAt(0)) && (en.baseOf(noun).isEmpty()
                        || en.mostlyNoun(noun)) && !English.PREPOSITIONS.contains(noun);
            }
            if (!verb.equals(base) && (verb.endsWith("ed") || en.is(verb, English.Form.PARTICIPLE))
                    && Character.isLetter(before.charAt(0)) && !English.PREPOSITIONS.contains(before)
                    && !English.DETERMINERS.contains(before)) {
                // "mother well cared for", "bills accounted for": the passive, its subject before it.
                return true;
            }
        }
        if (strandedByInfinitive(tokens) || strandedByRelative(tokens) || afterLinkedParticiple(tokens)) {
            return true;
        }
        for (int i = 1; i < n - 1; i++) {
            String w = lower(tokens.get(i));
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && SUBJECTS.contains(w.substring(0, apostrophe))
                    && CLITICS.contains(w.substring(apostrophe))) {
                // "older sister she's close to": the clause's own subject right after the noun it is about.
                String noun = lower(tokens.get(i - 1));
                return Character.isLetter(noun.charAt(0)) && !English.PREPOSITIONS.contains(noun)
                        && !English.DETERMINERS.contains(noun) && !English.CONJUNCTIONS.contains(noun)
                        && !English.ADVERBS.contains(noun) && !en.is(noun, English.Form.PAST)
                        && !en.is(noun, English.Form.GERUND);
            }
        }
        return false;
    }

    /** Pronouns that head a phrase an infinitive may follow ("something to look forward to"). */
    private static final Set<String> INDEFINITES = Set.of("something", "someone", "somebody", "anything", "anyone",
            "anybody", "nothing", "nobody", "everything", "everyone", "one", "somewhere", "anywhere", "nowhere");
    /** Verbs that link a subject to a state ("feels caught between", "seems left out"). */
    private static final Set<String> LINKING = Set.of("feel", "seem", "look", "get", "be", "become", "remain",
            "stay", "appear", "sound");

    /**
     * An infinitive after its head strands the preposition that ends it: "something to look forward to", "a friend
     * to lean on", "a class to sign up for", "no one at school to talk to". The head is a noun or an indefinite
     * pronoun, never a verb ("agreed to talk to" still wants its object).
     */
    static boolean strandedByInfinitive(List<String> tokens) {
        English en = English.get();
        int n = tokens.size();
        for (int i = n - 3; i >= 1; i--) {
            String verb = lower(tokens.get(i + 1));
            // The verb's base form, by the composer's lexicon or WordNet's verbs ("log" in "a link to log in with").
            boolean base = en.is(verb, English.Form.BASE) || en.canBeVerb(verb) && en.lemmaForClasses(verb).equals(verb);
            if (lower(tokens.get(i)).equals("to") && base) {
                String head = lower(tokens.get(i - 1));
                String before = i >= 2 ? lower(tokens.get(i - 2)) : "";
                // "send link to log in with": a word that is also a verb is the head when a determiner or an
                // imperative verb stands before it, so it is that verb's object.
                boolean object = English.get().is(head, English.Form.BASE) && (English.DETERMINERS.contains(before)
                        || English.POSSESSIVES.contains(before) || English.get().is(before, English.Form.BASE)
                        && !before.equals("to") && !English.MODALS.contains(before));
                return nominal(head) || object;
            }
        }
        return false;
    }

    /**
     * A relative clause without "that" strands its preposition: a noun, then the clause's own subject (a noun phrase
     * opened by "the" or a possessive, or a plural noun before its auxiliary) and its finite verb: "the conflict the
     * teen gets pulled into", "losses members are still coming to terms with".
     */
    static boolean strandedByRelative(List<String> tokens) {
        English en = English.get();
        int n = tokens.size();
        for (int i = 1; i < n - 2; i++) {
            String w = lower(tokens.get(i));
            String next = lower(tokens.get(i + 1));
            boolean determined = w.equals("the") || English.POSSESSIVES.contains(w);
            boolean pluralSubject = w.endsWith("s") && en.baseOf(w).isEmpty() && AUXILIARIES.contains(next);
            if (!(determined || pluralSubject) || !nominal(lower(tokens.get(i - 1)))) {
                continue;
            }
            for (int j = i + 1; j < n - 1; j++) {
                String v = lower(tokens.get(j));
                if (AUXILIARIES.contains(v) || English.MODALS.contains(v) || en.is(v, English.Form.THIRD)
                        && !en.mostlyNoun(v) || en.is(v, English.Form.PAST)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "does",
            "do", "did");

    /**
     * A participle after a linking verb, its preposition one WordNet also lists as an adverb (standing without an
     * object: "feels caught between", "felt passed by"). Not "about", whose adverb senses are "approximately" and
     * "around", never a state after a participle ("feels worried about" wants what).
     */
    static boolean afterLinkedParticiple(List<String> tokens) {
        English en = English.get();
        int n = tokens.size();
        String prep = lower(tokens.get(n - 1));
        String participle = lower(tokens.get(n - 2));
        String link = en.baseOf(lower(tokens.get(n - 3)));
        return !prep.equals("about") && en.tagged(prep, English.WordClass.ADVERB) > -1
                && en.is(participle, English.Form.PARTICIPLE) && LINKING.contains(link);
    }

    /** A noun or an indefinite pronoun: a word a phrase can be about, not a verb form, preposition or joining word. */
    private static boolean nominal(String w) {
        if (INDEFINITES.contains(w)) {
            return true;
        }
        English en = English.get();
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !English.PREPOSITIONS.contains(w)
                && !English.DETERMINERS.contains(w) && !English.CONJUNCTIONS.contains(w)
                && !English.ADVERBS.contains(w) && !English.MODALS.contains(w) && !English.PRONOUNS.contains(w)
                && (en.baseOf(w).isEmpty() || en.mostlyNoun(w) && !en.is(w, English.Form.PAST));
    }

    /** The dictionary lists the verb {@code base} with {@code prep} taking its object ("think of", "dispose of"). */
    static boolean takes(String base, String prep) {
        return PREPOSITIONAL_VERBS.contains(base + " " + prep);
    }

    /**
     * The verb of {@code word} that takes {@code prep} in the dictionary ("accounted" for "account for"), or "":
     * the dictionary's verbs, not only the composer's, so the inflection is undone here.
     */
    private static String verbBase(String word, String prep) {
        String composer = English.get().baseOf(word);
        if (!composer.isEmpty() && PREPOSITIONAL_VERBS.contains(composer + " " + prep)) {
            return composer;
        }
        int n = word.length();
        List<String> candidates = n > 3 && word.endsWith("ed") ? List.of(word.substring(0, n - 2),
                word.substring(0, n - 1), n > 4 && word.charAt(n - 3) == word.charAt(n - 4) ? word.substring(0, n - 3)
                : word.substring(0, n - 2)) : List.of(word);
        for (String c : candidates) {
            if (PREPOSITIONAL_VERBS.contains(c + " " + prep)) {
                return c;
            }
        }
        return "";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        String resource = "prepositional-verbs.txt";
        Set<String> out = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(StrandedPrepositions.class.getResourceAsStream(resource),
                resource + " missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
