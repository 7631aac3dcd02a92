package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.English;

/**
 * Round 35: who the client is, and the concerns still printed after a label ("Presenting concerns: ...", "Other
 * concerns: ...") or listed after "Presenting concerns included ..." with items of different phrase types. Every dev
 * prompt ({@code corpus/dev-concerns-r35.jsonl}, written before the change) is drafted in the five formats ({@code
 * target/dev-concerns-r35.md}); every draft passes the verifier.
 */
class ComposerConcernsRound35Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r35.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    private static final Pattern INCLUDED = Pattern.compile("(?:Presenting concerns|Concerns also) included (.*)");
    private static final English EN = English.get();
    // A subject of its own: the item is a clause, never a noun phrase in a list of nouns.
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "it", "i", "we", "nobody", "someone",
            "everyone", "nothing");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nobody", "none", "nothing");

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines",
                s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) concerns: .*"));
        SHAPES.put("\"Presenting concerns included\" lists not parallel", ComposerConcernsRound35Test::notParallel);
    }

    /**
     * A "Presenting concerns included" sentence with an item (cut at commas and "and") that round 33 called not
     * parallel (a mark, shorthand, a word in -ing after the first word, "not"), or that is not a noun phrase by its
     * words: a negation or a contraction in "n't", a subject of its own ("he works late"), a finite verb first ("wants
     * separate accounts", "lost license"), or a noun with a participle after it ("trust broken"); or a list that holds
     * both an item opening with a gerund (an act: "refusing school") and an item that does not (a noun).
     */
    static boolean notParallel(String sentence) {
        if (ComposerConcernsRound33Test.notParallel(sentence)) {
            return true;
        }
        Matcher m = INCLUDED.matcher(sentence);
        if (!m.matches()) {
            return false;
        }
        String list = m.group(1).replaceAll("\\.$", "");
        int acts = 0;
        String[] items = list.split(",\\s*(?:and\\s+)?|\\s+and\\s+");
        for (String item : items) {
            String[] w = item.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (w[0].endsWith("ing") && EN.is(w[0], English.Form.GERUND) && !EN.mostlyNoun(w[0])) {
                acts++;
            }
            for (int i = 0; i < w.length; i++) {
                String x = w[i];
                if (NEGATIONS.contains(x) || x.endsWith("n't") || SUBJECTS.contains(x)) {
                    return true;
                }
                boolean finite = (EN.is(x, English.Form.THIRD) || EN.is(x, English.Form.PAST)) && !EN.mostlyNoun(x)
                        && !EN.isAdjective(x);
                if (i == 0 && finite && w.length > 1) {
                    return true;
                }
                if (i > 0 && i == w.length - 1 && EN.is(x, English.Form.PARTICIPLE) && !EN.mostlyNoun(x)
                        && !EN.isAdjective(x)) {
                    return true;
                }
            }
        }
        // Nouns and acts in one list ("tantrums and refusing school"): two phrase types.
        return acts > 0 && acts < items.length;
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r35", "concerns35.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }
}
