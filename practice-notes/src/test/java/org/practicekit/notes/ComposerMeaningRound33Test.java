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
 * Round 33: who did it, and what is current. A deed keeps its actor (the client's refusal never the clinician's, a
 * partner's or a parent's act never the client's), a stop keeps its voice, a word before a noun in a means line names
 * a thing, a diagnosis or a treatment phase is never the client's report, a medication only considered is never
 * current, a verb keeps its object and a plural owner takes an apostrophe only. Every dev prompt
 * ({@code corpus/dev-meaning-r33.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-meaning-r33.md}); every draft passes the verifier.
 */
class ComposerMeaningRound33Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r33.jsonl");

    private static final String CLIENT = "(?:[Tt]he client|[Tt]he patient|[Tt]he member)";

    /** The client's refusal written with the clinician as its subject. */
    static final Pattern CLINICIAN_REFUSED = Pattern.compile(
            "\\b(?:[Tt]his (?:clinician|therapist|writer|counselor)|[Tt]he clinician|I)\\b(?: \\w+)? (?:declined|refused)\\b");
    /** Another person's act (a partner's, a parent's, a peer's, the couple's together) given to the client. */
    static final Pattern OTHERS_DEED = Pattern.compile(CLIENT + " (?:declined to attend|stopped attending|missed"
            + " last|decided to separate|walked out|stopped giving|disclosed relapse|declined medication|drinks nightly)\\b"
            + "|" + CLIENT + " (?:stated|said|reported|shared)[^.]*\"he never listens");
    /** A stop said in the passive without its actor, or with the client as the one stopped. */
    static final Pattern PASSIVE_STOP = Pattern.compile(
            "\\b(?:was|were) (?:stopped|discontinued|self-discontinued|quit)\\b(?! by)|" + CLIENT
                    + " was (?:stopped|discontinued|self-discontinued)\\b");
    /** A participle before a thing in a means line read as the client's deed. */
    static final Pattern PARTICIPLE_AS_DEED = Pattern.compile(
            CLIENT + " (?:kept|stored|loaded|saved|hoarded)\\b");
    /** A diagnosis, a treatment phase or a clinician's finding written as what the client reported. */
    static final Pattern FINDING_AS_REPORT = Pattern.compile(
            "\\b(?:reported|stated|described|endorsed|shared|noted|presented with)\\b[^.]*\\b(?:disorder|GAD|AUD|MDD|"
                    + "PTSD|[Ww]eek \\d+ of|[Ss]ession \\d+ of|r/o|[Rr]ule out|pressured speech|UA positive)\\b");
    /** A medication only considered written as a current one; a bare "plan in place" at risk. */
    static final Pattern CONSIDERED_AS_CURRENT = Pattern.compile(
            "(?i)\\b(?:medications?|takes|taking|prescribed)\\b[^.]*\\b(?:discussed starting|considering|interested in"
                    + " trying|may be added|possible switch)\\b|(?<!safety )\\bplan in place\\b");
    /** A verb whose object is left out. */
    static final Pattern VERB_WITHOUT_OBJECT = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]hey|[Hh]e|[Ss]he|[Tt]he parents|[Bb]oth|I)(?: \\w+)? (?:completed|practiced|reviewed"
                    + "|reviewed and practiced)\\.");
    /** A plural owner given "'s". */
    static final Pattern PLURAL_POSSESSIVE = Pattern.compile(
            "\\b(?:parents|caregivers|partners|members|grandparents|families|siblings)'s\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the clinician given the client's refusal", s -> CLINICIAN_REFUSED.matcher(s).find());
        SHAPES.put("another's deed given to the client", s -> OTHERS_DEED.matcher(s).find());
        SHAPES.put("a stop in the passive without its actor", s -> PASSIVE_STOP.matcher(s).find());
        SHAPES.put("a participle before a thing said as a deed", s -> PARTICIPLE_AS_DEED.matcher(s).find());
        SHAPES.put("a diagnosis, phase or finding as the client's report", s -> FINDING_AS_REPORT.matcher(s).find());
        SHAPES.put("a considered medication as current, or a bare plan in place",
                s -> CONSIDERED_AS_CURRENT.matcher(s).find());
        SHAPES.put("a verb without its object", s -> VERB_WITHOUT_OBJECT.matcher(s).find());
        SHAPES.put("a plural owner given 's", s -> PLURAL_POSSESSIVE.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-meaning-r33", "meaning33.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    @Test
    void noDevDraftGivesADeedToTheWrongActor() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-meaning-r33", "meaning33.before", SHAPES);
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
