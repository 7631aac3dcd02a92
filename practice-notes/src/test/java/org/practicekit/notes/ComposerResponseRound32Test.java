package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.English;
import org.practicekit.testing.TestClock;

/**
 * Round 32: the client's response to an intervention, typed in shorthand, is said whole: "In response to X, the client
 * ..." with a verb phrase that has its object and its articles, or a sentence of its own, never a "Response to X:" line
 * or a frame filled with a fragment, where the composer can say it with the typed words kept. Every dev prompt
 * ({@code corpus/dev-response-r32.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-response-r32.md}); every draft passes the verifier.
 */
class ComposerResponseRound32Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-response-r32.jsonl");

    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?");
    private static final Pattern FRAMED = Pattern.compile("(?:.*, and |In response(?: to [^,]+)?, )the (?:client|patient) ([a-z]+)(.*?)\\.?$");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines", s -> LABEL.matcher(s).replaceFirst("").startsWith("Response to "));
        SHAPES.put("framed verb with no object", s -> framed(s, true));
        SHAPES.put("framed verb with a bare singular noun", s -> framed(s, false));
    }

    /**
     * "In response to X, the client <verb>" (or "In response, the client", or "..., and the client" after the
     * intervention; "patient" in a patient profile) and nothing after it (a transitive verb left without its object:
     * "completed."), or a verb whose object opens on a singular count noun with no article or possessive, alone or
     * after one adjective ("drafted text", "wrote balanced thought").
     */
    static boolean framed(String sentence, boolean noObject) {
        Matcher m = FRAMED.matcher(LABEL.matcher(sentence).replaceFirst(""));
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(2).strip();
        if (noObject) {
            return rest.isEmpty() && English.get().canBeVerb(m.group(1)) && !"participated".equals(m.group(1));
        }
        String[] words = rest.toLowerCase(java.util.Locale.ROOT).split("[\\s,;]+");
        if (rest.isEmpty() || words.length == 0) {
            return false;
        }
        English en = English.get();
        int head = 0;
        if (words.length > 1 && en.isAdjective(words[0]) && !English.DETERMINERS.contains(words[0])) {
            head = 1;
        }
        String w = words[head];
        return !English.DETERMINERS.contains(w) && !English.POSSESSIVES.contains(w) && en.isCountNoun(w);
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-response-r32", "response32.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    static NoteDraft draft(String id) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
    }
}
