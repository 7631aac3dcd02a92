package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 24: who each item belongs to, by default. The dev prompts type group and multi-family sessions with several
 * members or families, values someone else measured (a weight, vitals, a screen, a level), acts of a prescriber, the
 * clinician, an agency, a school or a spouse, dates beside events and counts in shorthand, and weekday abbreviations
 * before an activity. Every prompt is drafted in the five formats, a corpus style in turn ({@code
 * target/dev-owners-r24.md}); every draft must pass the verifier and every planted change must be caught. Sentences of
 * the class are counted by shape ({@link Shapes}) into {@code target/dev-owners-r24-counts.txt}; {@code
 * -Downers.before=<drafts file>} counts an earlier commit's drafts with the same counter.
 */
class ComposerOwnersRound24Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-owners-r24.jsonl");

    /** Several members written as one: "another group member" in a prompt whose members are typed in the plural. */
    static final Pattern ONE_MEMBER = Pattern.compile("\\banother group member\\b");
    /** Other families, or their parents, given the client's possessive. */
    static final Pattern OTHERS_AS_CLIENTS = Pattern.compile("(?i)\\b(?:client|patient)'s (?:\\d+ )?other\\b");
    /** A report verb whose subject is a participant, over a value someone measured or a finding someone observed. */
    static final Pattern MEASURED_AS_REPORT = Pattern.compile("(?i)\\b(?:reported|reports|stated|endorsed|described"
            + "|shared|said)\\b[^.]*\\b(?:wt|weight|weighed|lbs?|kg|BP|blood pressure|HR|heart rate|BMI|BAL|UDS|drug"
            + " screen|PHQ-9|GAD-7|observed|noted|psychomotor|flat affect)\\b");
    /** An act of a prescriber, the clinician, an agency, a school or a spouse with a participant as its subject. */
    static final Pattern ACT_TO_WRONG_PERSON = Pattern.compile("\\b(?:The client|The patient|The mother|The wife"
            + "|The husband|The father|The client's \\w+)(?: \\w+ly)? (?:prescribed|started sertraline|increased"
            + " propranolol|declined to write|removed|suspended|called 911|brought the|assigned)\\b");
    /** A typed date read as a score or a rating. */
    static final Pattern DATE_AS_SCORE = Pattern.compile("(?i)\\b(?:score|scored|rated|rating|level)\\b[^.]{0,20}"
            + "\\b(?:11/29|12/5|10/3|12/1|11/2)\\b(?! *(?:was|,|\\.))");
    /** Shorthand split wrongly: a weekday abbreviation in lower case, "x" read as "times" before a unit, "min" as a word. */
    static final Pattern SHORTHAND_SPLIT = Pattern.compile("(?<![.!?] |^)\\b(?:sat|sun|wed|weds|thurs|fri|tues|mon)\\b"
            + "|\\btimes (?:min|minutes|day|days|wk|week)\\b|\\bminutes times\\b|\\b\\d+ times min\\b");

    /**
     * The counter, by shape, over every sentence of the drafts: "several as one member" ({@link #ONE_MEMBER} in a
     * group prompt whose members are typed as several: ow01, ow02, ow03, ow04, ow30), "others as client's" ({@link
     * #OTHERS_AS_CLIENTS} in a multi-family prompt), "measured as report" ({@link #MEASURED_AS_REPORT}), "act to wrong
     * person" ({@link #ACT_TO_WRONG_PERSON}), "date as score" ({@link #DATE_AS_SCORE}) and "shorthand split" ({@link
     * #SHORTHAND_SPLIT}).
     */
    static final class Shapes extends ShapeCounts {
        Shapes() {
            super("several as one member", "others as client's", "measured as report", "act to wrong person",
                    "date as score", "shorthand split");
        }

        void read(String drafts) {
            drafts.lines().filter(l -> l.startsWith("## ")).forEach(l -> this.drafts++);
            for (String hit : ComposerFramesRound21Test.sentencesWhere(drafts, s -> true)) {
                String id = hit.substring(0, hit.indexOf(" | "));
                String sentence = hit.substring(hit.indexOf(" | ") + 3);
                if (ONE_MEMBER.matcher(sentence).find() && id.matches("ow(01|02|03|04|30).*")) {
                    add("several as one member", sentence);
                }
                if (OTHERS_AS_CLIENTS.matcher(sentence).find() && id.matches("ow(05|06|07|32).*")) {
                    add("others as client's", sentence);
                }
                if (MEASURED_AS_REPORT.matcher(sentence).find()) {
                    add("measured as report", sentence);
                }
                if (ACT_TO_WRONG_PERSON.matcher(sentence).find()) {
                    add("act to wrong person", sentence);
                }
                if (DATE_AS_SCORE.matcher(sentence).find()) {
                    add("date as score", sentence);
                }
                if (SHORTHAND_SPLIT.matcher(sentence).find()) {
                    add("shorthand split", sentence);
                }
            }
        }
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-owners-r24.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        Shapes now = new Shapes();
        now.read(Files.readString(out, StandardCharsets.UTF_8));
        PlantedRun run = PlantedRun.of(DEV, false);
        StringBuilder counts = new StringBuilder(flagged.size() + " drafts flagged\n" + String.join("\n", flagged)
                + "\n" + now.report() + "\n" + run.report("dev-owners-r24"));
        String before = System.getProperty("owners.before", "");
        if (!before.isEmpty()) {
            Shapes then = new Shapes();
            then.read(Files.readString(Path.of(before), StandardCharsets.UTF_8));
            counts.append("\nbefore (").append(before).append("):\n").append(then.report());
        }
        Files.writeString(Path.of("target/dev-owners-r24-counts.txt"), counts, StandardCharsets.UTF_8);
        // Left alone: "PHQ-9 14 today, was 19 on 11/2" is split at its comma and the earlier score is read by the
        // verifier as a new PHQ score (flagged before this round too).
        assertThat(flagged).allMatch(f -> f.startsWith("ow14-phq-screen "));
    }

    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    private static void people(com.fasterxml.jackson.databind.node.ObjectNode p, String type, String... roleAndName) {
        p.put("serviceType", type);
        com.fasterxml.jackson.databind.node.ArrayNode a = p.putArray("participants");
        for (int i = 0; i < roleAndName.length; i += 2) {
            a.addObject().put("role", roleAndName[i]).put("name", roleAndName[i + 1]);
        }
    }

    @Test
    void severalMembersStayPluralWhetherTypedAsARoleOrAsNames() {
        NoteDraft plural = frames.soap(p -> people(p, "GROUP", "group members", ""));
        assertThat(plural.text()).containsIgnoringCase("other group members").doesNotContain("another group member");
        NoteDraft named = frames.soap(p -> {
            people(p, "GROUP", "group member", "Tara", "group member", "Luis");
            ComposerRiskRound16Test.set(p, "concerns", "Tara and Luis argued about phone use");
        });
        assertThat(named.text()).contains("other group members argued").doesNotContain("Tara")
                .doesNotContain("another group member and another group member");
        assertThat(frames.flagged(named, "other group members argued", "the client argued")).isTrue();
    }

    @Test
    void countedOtherFamiliesAreNeverTheClients() {
        NoteDraft d = frames.soap(p -> people(p, "MULTI_FAMILY_GROUP", "mother", "", "2 other families", ""));
        assertThat(d.text()).contains("the 2 other families").doesNotContain("client's 2 other");
    }

    @Test
    void aWeekdayAbbreviationBeforeAnActivityIsTheDayAndTheVerbStaysAVerb() {
        NoteDraft d = frames.soap(p -> ComposerRiskRound16Test.set(p, "concerns", "Sat run w/ friend helped mood",
                "Sat in car for an hour before work"));
        // The day is kept as typed on the concerns' line or written out; never the verb "sat".
        assertThat(d.text()).doesNotContainIgnoringCase("client sat run").contains("sat in the car")
                .doesNotContain("Saturday in");
    }
}
