package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 34: whose answer it is. A piece the client does or answers (a safety-plan step, a refusal, an inability in an
 * outreach, an answer to a question) is never led by the clinician. Every dev prompt
 * ({@code corpus/dev-answers-r34.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-answers-r34.md}); every draft passes the verifier.
 */
class ComposerAnswersRound34Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-answers-r34.jsonl");

    // The clinician as a sentence's subject, with the adverbs a lead takes.
    private static final String LEAD = "(?:\\b[Tt]his (?:clinician|writer|therapist|counselor|provider)|\\b[Tt]he"
            + " clinician|(?<![\\w'])I)(?: (?:also|further|then|again))?";

    /** The client's answer or refusal given to the clinician ("This therapist also declined."). */
    static final Pattern CLINICIAN_ANSWERED = Pattern.compile(LEAD + " (?:declined|refused|denied|endorsed|admitted"
            + "|would not|could not|did not want|was unwilling|was unable to (?!reach|contact|leave|complete the)"
            + "|chose not)\\b");
    /** The client's step or agreement given to the clinician ("This clinician will call her brother"). */
    static final Pattern CLINICIAN_STEP = Pattern.compile(LEAD + " (?:agreed to|will (?:not )?(?:\\w+ )?(?:her|his|their)"
            + " (?:brother|sister|mom|mother|dad|father|aunt|uncle|sponsor|partner|wife|husband|friend|pills|meds)"
            + "|will (?:stay with|go to a meeting|go to (?:the )?(?:ED|ER)|attend \\d|practice|log|walk|leave the house"
            + "|use calm|tell mom|schedule one|keep the|not keep|not drink|text (?:her|his|their) ))");
    /** A client's answer or state pasted after a clinician's act with no subject ("This clinician called, no answer"). */
    static final Pattern CLINICIAN_THEN_CLIENT = Pattern.compile(LEAD + " [^.]*(?:; |, )(?:declined|refused|denied"
            + "|endorsed|could not engage|would not|unable to stay|no answer)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the client's answer or refusal led by the clinician", s -> CLINICIAN_ANSWERED.matcher(s).find());
        SHAPES.put("the client's step or agreement led by the clinician", s -> CLINICIAN_STEP.matcher(s).find());
        SHAPES.put("the client's answer after a clinician's act", s -> CLINICIAN_THEN_CLIENT.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-answers-r34", "answers34.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    @Test
    void noClinicianLeadCarriesTheClientsAct() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-answers-r34", "answers34.before", SHAPES);
        assertThat(lines).isEmpty();
    }

    static NoteDraft draft(String id) {
        return draft(id, NoteFormat.SOAP);
    }

    static NoteDraft draft(String id, NoteFormat format) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, format, StyleProfile.defaults());
    }
}
