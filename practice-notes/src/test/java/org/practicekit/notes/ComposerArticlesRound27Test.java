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
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.NounKinds;
import org.practicekit.testing.TestClock;

/**
 * Round 27: a typed singular count noun gets its article in the frames that take a typed noun phrase. Every dev prompt
 * ({@code corpus/dev-articles-r27.jsonl}) is drafted in the five formats, a corpus style in turn
 * ({@code target/dev-articles-r27.md}); every draft must pass the verifier. {@code -Darticles27.before=<drafts file>}
 * counts an earlier commit's drafts with the same counter.
 */
class ComposerArticlesRound27Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-articles-r27.jsonl");

    /** A frame verb the composer writes before a typed noun phrase, and the one to three words after it. */
    private static final Pattern FRAMED = Pattern.compile("\\b(?:agreed to [a-z]+|will [a-z]+|reviewed|completed|"
            + "practiced|used|kept|wrote|made|planned|drew|built|signed|filled out|designed|drafted|read)"
            + " ((?:[a-z-]+ ){0,2}[a-z-]+)(?=[ .,;:]|$)");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "this", "that", "these", "those", "her",
            "his", "their", "my", "our", "your", "its", "some", "any", "each", "every", "no", "one", "two", "to",
            "and", "or", "with", "for", "in", "on", "at", "by", "of", "from", "about", "how", "what");

    /**
     * The counter: a sentence holding a frame verb ({@link #FRAMED}) whose object opens with no determiner,
     * possessive, number or preposition and whose last word (the head) is a singular count noun by its WordNet class
     * ({@link NounKinds}).
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("bare singular count noun after a frame verb", ComposerArticlesRound27Test::bareCountNoun);
    }

    static boolean bareCountNoun(String sentence) {
        Matcher m = FRAMED.matcher(sentence);
        while (m.find()) {
            String[] words = m.group(1).toLowerCase(Locale.ROOT).split(" ");
            if (OPENERS.contains(words[0])) {
                continue;
            }
            int end = words.length;
            for (int i = 1; i < words.length; i++) {
                if (OPENERS.contains(words[i])) {
                    end = i;
                    break;
                }
            }
            if (NounKinds.isCount(words[end - 1])) {
                return true;
            }
        }
        return false;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-articles-r27", "articles27.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** A worksheet (a document, noun.communication) takes "a"; homework (a deed, no plural in WordNet) takes none. */
    @Test
    void countAgainstMassIsReadFromTheWordClass() {
        assertThat(NounKinds.isCount("worksheet")).isTrue();
        assertThat(NounKinds.isCount("plan")).isTrue();
        assertThat(NounKinds.isCount("homework")).isFalse();
        assertThat(NounKinds.isCount("therapy")).isFalse();
        assertThat(NounKinds.isCount("anxiety")).isFalse();
        assertThat(NounKinds.isCount("sleep")).isFalse();
        assertThat(NounKinds.isCount("glasses")).isFalse();
        assertThat(bareCountNoun("The client agreed to complete worksheet.")).isTrue();
        assertThat(bareCountNoun("The client agreed to complete a worksheet.")).isFalse();
    }

    /** The verifier reads an article the drafter added as its own word: the SOAP draft passes. */
    @Test
    void aTypedCountNounInAHomeworkItemTakesItsArticle() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        NoteDraft d = PromptJson.verifiedSoap(drafter, DEV, "a27-01-worksheet");
        assertThat(d.text()).containsIgnoringCase("thought record");
    }
}
