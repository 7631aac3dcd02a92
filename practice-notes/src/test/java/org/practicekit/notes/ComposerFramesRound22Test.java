package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.English;

/**
 * Round 22: a typed fragment put into a report frame, a response line and a goal's evidence. Every dev prompt is drafted
 * in the five formats, a corpus style in turn ({@code target/dev-frames-r22.md}); every draft must pass the verifier.
 * The sentences of the class are counted by shape ({@link #countable}) into {@code target/dev-frames-r22-counts.txt}.
 */
class ComposerFramesRound22Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-frames-r22.jsonl");

    private static final English EN = English.get();
    private static final Pattern REPORTED = Pattern.compile("\\b(?:reported|described|endorsed)\\s+([^.;,]+)");
    /** People a clinician types bare in front of what they did or how they are ("wife laid off", "mom took phone"). */
    private static final Set<String> PEOPLE = Set.of("wife", "husband", "mom", "dad", "mother", "father", "boss",
            "daughter", "son", "partner", "teacher", "landlord", "ex", "sponsor", "girlfriend", "boyfriend", "bf", "gf",
            "baby", "sister", "brother", "coworkers", "kids", "says", "states", "thinks", "feels");

    /**
     * The counter, by shape: a line that opens "Response to " (a response printed as its own labelled line, not in
     * the sentence of its intervention); after "reported", "described" or "endorsed"
     * a bare person or a verb of saying with no determiner ("reported wife laid off", "reported says she is done"), a
     * past tense later in the same clause without "that" ("reported ER visit, cleared", "reported husband drinking"),
     * or a typed date. Read by hand: the counter finds the shapes, the reader says which need rewriting.
     */
    static boolean countable(String sentence) {
        if (sentence.startsWith("Response to ")) {
            return true;
        }
        Matcher m = REPORTED.matcher(sentence);
        while (m.find()) {
            String[] words = m.group(1).strip().split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            if (PEOPLE.contains(first) || m.group(1).matches(".*\\b\\d{1,2}/\\d{1,2}\\b.*")) {
                return true;
            }
            if (first.equals("that") || first.equals("having") || first.equals("being")) {
                continue;
            }
            for (int i = 1; i < words.length; i++) {
                String w = words[i].toLowerCase(Locale.ROOT);
                if (w.equals("that") || w.equals("and") || w.equals("to")) {
                    break;
                }
                if (EN.is(w, English.Form.PAST) && !EN.is(w, English.Form.BASE) && !EN.isAdjective(w)
                        && !words[i - 1].equalsIgnoreCase("was") && !words[i - 1].equalsIgnoreCase("were")
                        && !words[i - 1].equalsIgnoreCase("had") && !words[i - 1].equalsIgnoreCase("been")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-frames-r22.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        StringBuilder counts = new StringBuilder(counts(Files.readString(out, StandardCharsets.UTF_8)));
        // -Dframes.before=<drafts file>: the same counter over drafts written by an earlier commit, for the docs.
        String before = System.getProperty("frames.before", "");
        if (!before.isEmpty()) {
            counts.append("\nbefore (").append(before).append("):\n").append(counts(Files.readString(Path.of(before),
                    StandardCharsets.UTF_8)));
        }
        Files.writeString(Path.of("target/dev-frames-r22-counts.txt"), flagged.size() + " drafts flagged\n"
                + String.join("\n", flagged) + "\n" + counts, StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    private static String counts(String drafts) {
        List<String> hits = ComposerFramesRound21Test.sentencesWhere(drafts, ComposerFramesRound22Test::countable);
        List<String> evidence = ComposerFramesRound21Test.sentencesWhere(drafts, x -> x.startsWith("Evidence for "));
        List<String> after = evidenceAfterDiagnosis(drafts);
        return hits.size() + " report and response sentences of the class, " + evidence.size() + " evidence lines, "
                + after.size() + " of them after the diagnosis\n" + String.join("\n", hits) + "\n"
                + String.join("\n", after) + "\n";
    }

    /** Each "Evidence for" line printed after the line naming a diagnosis with its code ("(F32.1)"). */
    static List<String> evidenceAfterDiagnosis(String drafts) {
        List<String> hits = new ArrayList<>();
        boolean diagnosed = false;
        String id = "";
        for (String line : drafts.split("\n")) {
            if (line.startsWith("## ")) {
                id = line.substring(3);
                diagnosed = false;
            } else if (line.matches(".*\\([A-Z]\\d\\d(?:\\.\\d+)?\\).*")) {
                diagnosed = true;
            } else if (diagnosed && line.contains("Evidence for ")) {
                hits.add(id + " | " + line.strip());
            }
        }
        return hits;
    }

    private final ComposerFramesRound21Test r21 = new ComposerFramesRound21Test();

    /** The first dev prompt with {@code edit} applied, drafted in every format and verified clean; the SOAP draft. */
    NoteDraft soap(Consumer<ObjectNode> edit) {
        return r21.soap(DEV, edit);
    }

    private static void evidence(ObjectNode p, String typed) {
        ((ObjectNode) p.path("goals").get(0)).put("evidence", typed);
    }

    boolean flagged(NoteDraft clean, String from, String to) {
        return r21.flagged(clean, from, to);
    }

    @Test
    void aGoalsEvidenceLineStaysWithItsGoalNeverAfterTheDiagnosis() {
        NoteDraft d = soap(p -> evidence(p, "not yet"));
        String t = d.text();
        assertThat(t).contains("toward the goal of improving sleep.\nEvidence for the goal: not yet.\nThis clinician's");
        assertThat(t.indexOf("Evidence for the goal")).isLessThan(t.indexOf("(F32.1)"));
        assertThat(flagged(d, "not yet", "yes")).isTrue();
    }

    @Test
    void aDeedCountedOverDaysKeepsItsLineUnderItsGoal() {
        // "used 6 of 7 days" reads without its object as a sentence: a count after the verb keeps the line (round 14).
        NoteDraft d = soap(p -> evidence(p, "walked 4 days this week"));
        assertThat(d.text()).contains("toward the goal of improving sleep.\nEvidence for the goal: walked 4 days this week.\n");
        assertThat(flagged(d, "walked 4 days", "walked 6 days")).isTrue();
    }

    @Test
    void somethingDoneToAPersonIsAnEventOfThatPersonInThePast() {
        NoteDraft d = soap(p -> set(p, "concerns", "wife laid off last month", "poor sleep"));
        assertThat(d.text()).contains("The client's wife was laid off last month.").doesNotContain("that the wife");
        assertThat(flagged(d, "wife was laid off", "client was laid off")).isTrue();
        assertThat(flagged(d, "last month", "last year")).isTrue();
    }

    @Test
    void aRelativesOwnActTypedWithoutAPronounIsToldOfTheClientsRelative() {
        NoteDraft d = soap(p -> set(p, "concerns", "daughter moved back home", "poor sleep"));
        assertThat(d.text()).contains("The client's daughter moved back home.").doesNotContain("that the daughter");
        assertThat(flagged(d, "daughter moved back", "client moved back")).isTrue();
        // With the client's pronoun typed, the report keeps it: "reported that her daughter ...".
        assertThat(soap(p -> set(p, "concerns", "her daughter moved back home", "she sleeps poorly")).text())
                .doesNotContain("The client's daughter");
    }
}
