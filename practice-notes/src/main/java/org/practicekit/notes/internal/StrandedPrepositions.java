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
