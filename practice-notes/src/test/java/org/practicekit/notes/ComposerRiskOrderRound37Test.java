package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 37: at moderate risk or higher the risk items of the prompt, wherever they were typed, are one risk assessment
 * read in the order a reviewer reads it, SI/HI denials with it, each safety action said once; a telehealth client's
 * place is documented as verified for the session. Every dev prompt ({@code corpus/dev-risk-order-r37.jsonl}, our
 * own) is drafted in every format and corpus style ({@code target/dev-risk-order-r37.md}), each draft verified clean.
 */
class ComposerRiskOrderRound37Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-order-r37.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-07T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        StringBuilder flagged = new StringBuilder();
        String out = PromptJson.writeDevDrafts(drafter, DEV, "dev-risk-order-r37", flagged);
        assertThat(flagged.toString()).isEmpty();
        Map<String, Integer> counts = counts(out);
        java.nio.file.Files.writeString(Path.of("target/dev-risk-order-r37-counts.txt"), counts + "\n");
        String earlier = System.getProperty("risk.order.read", "");
        if (!earlier.isEmpty()) {
            // Drafts written by an earlier build, counted the same way for a before-and-after figure.
            java.nio.file.Files.writeString(Path.of("target/dev-risk-order-r37-read-counts.txt"),
                    counts(java.nio.file.Files.readString(Path.of(earlier))) + "\n");
        }
        assertThat(counts).as(counts.toString()).containsEntry("joining from", 0).containsEntry("out of order", 0)
                .containsEntry("said twice", 0);
    }

    // Each elevated case's actions by a marker of its kind, in the order a reviewer reads them: the means step, the
    // safety plan, the crisis line, the follow-up.
    private static final Map<String, List<String>> ACTION_MARKERS = Map.of(
            "ro01", List.of("lock up rifle", "updated the safety plan", "988 was given", "call tomorrow 9am"),
            "ro03", List.of("remove pills", "crisis line", "Follow-up is ED evaluation"),
            "ro11", List.of("hold razors", "updated the safety plan", "988", "call tomorrow"),
            "ro04", List.of("guns out of home", "completed the safety plan", "Follow-up is a phone check"));

    /** Drafts (of the drafts file) with "joining from", with the actions out of order, with a step said twice. */
    static Map<String, Integer> counts(String markdown) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        out.put("drafts", 0);
        out.put("joining from", 0);
        out.put("elevated", 0);
        out.put("out of order", 0);
        out.put("said twice", 0);
        for (String d : markdown.split("(?m)^## ")) {
            if (d.isBlank()) {
                continue;
            }
            String id = d.substring(0, 4);
            out.merge("drafts", 1, Integer::sum);
            out.merge("joining from", d.contains("joining from") ? 1 : 0, Integer::sum);
            if (ACTION_MARKERS.containsKey(id)) {
                out.merge("elevated", 1, Integer::sum);
                String part = d.substring(Math.max(0, d.indexOf("current risk of")));
                List<Integer> at = ACTION_MARKERS.get(id).stream().map(part::indexOf).toList();
                boolean sorted = !at.contains(-1) && at.equals(at.stream().sorted().toList());
                out.merge("out of order", sorted ? 0 : 1, Integer::sum);
            }
            boolean twice = id.equals("ro11") && d.indexOf("updated") != d.lastIndexOf("updated")
                    || id.equals("ro04") && (d.indexOf("guns out of home") != d.lastIndexOf("guns out of home")
                    || d.contains("plan includes a safety plan"));
            out.merge("said twice", twice ? 1 : 0, Integer::sum);
        }
        return out;
    }

    /** Every format, in the default, long third-person, first-person and shared styles. */
    private static final List<String> STYLES = List.of("default", "patient-long", "first-person-short",
            "therapist-shared");

    private void eachDraft(String id, java.util.function.BiConsumer<String, String> check) {
        Map<String, StyleProfile> styles = CorpusStyles.all();
        for (NoteFormat format : NoteFormat.standard()) {
            for (String style : STYLES) {
                check.accept(format + " " + style, draft(id, format, styles.get(style)).text());
            }
        }
    }

    /** The risk part: from the level sentence on. */
    private static String riskPart(String text) {
        int level = text.indexOf("current risk of");
        assertThat(level).as(text).isGreaterThanOrEqualTo(0);
        return text.substring(level);
    }

    @Test
    void theSafetyActionsFollowTheAssessmentMeansFirstThenThePlanTheCrisisLineAndTheFollowUp() {
        eachDraft("ro11", (as, text) -> assertThat(riskPart(text)).as(as).containsSubsequence("current risk of",
                "active SI", "some intent", "plan to cut wrists", "access to razors", "Risk factors",
                "Protective factors", "sister will hold razors", "updated the safety plan", "988",
                "call tomorrow"));
        eachDraft("ro01", (as, text) -> assertThat(riskPart(text)).as(as).containsSubsequence("current risk of",
                "active SI", "plan to shoot self", "access to rifle", "Risk factors", "Protective factors",
                "lock up rifle", "updated the safety plan", "988 was given", "call tomorrow 9am"));
        eachDraft("ro03", (as, text) -> assertThat(riskPart(text)).as(as).containsSubsequence("current risk of",
                "plan to overdose", "access to stockpiled pills", "Protective factors", "remove pills",
                "crisis line", "Follow-up is ED evaluation"));
    }

    @Test
    void eachSafetyActionIsSaidOnce() {
        // "safety plan updated" typed in the plan repeats the safety-plan field's "updated".
        eachDraft("ro11", (as, text) -> assertThat(text).as(as).containsOnlyOnce("updated")
                .doesNotContain("The safety plan was updated."));
        // A means step typed twice, and "safety plan" in the plan beside a safety plan completed.
        eachDraft("ro04", (as, text) -> assertThat(text).as(as).containsOnlyOnce("guns out of home")
                .doesNotContain("plan includes a safety plan"));
    }

    @Test
    void siAndHiDenialsTypedInTheMentalStatusAreInTheRiskAssessment() {
        eachDraft("ro02", (as, text) -> assertThat(riskPart(text)).as(as).contains("denied SI/HI"));
        eachDraft("ro04", (as, text) -> assertThat(riskPart(text)).as(as).contains("denied SI"));
        eachDraft("ro06", (as, text) -> assertThat(text.substring(text.indexOf("denied SI/HI")))
                .as(as).doesNotContain("euthymic"));
    }

    @Test
    void aTelehealthPlaceIsTheLocationVerifiedForTheSessionInItsContextLine() {
        Map<String, String> places = Map.of("ro07", "(her parked car)", "ro08", "(work in a private room)",
                "ro09", "Columbus", "ro10", "(the parents' house)", "ro11", "(sister's house)");
        places.forEach((id, place) -> eachDraft(id, (as, text) -> {
            String context = text.lines().filter(l -> l.contains("The session was held")).findFirst().orElseThrow();
            assertThat(context).as(id + " " + as).contains("location").contains(place)
                    .contains("verified for the session");
            assertThat(text).as(id + " " + as).doesNotContain("joining from").containsOnlyOnce(place);
        }));
    }

    @Test
    void aMissedSessionsOutreachIsSaidOnce() {
        eachDraft("ro12", (as, text) -> assertThat(text).as(as).containsOnlyOnce("no answer")
                .containsOnlyOnce("voicemail"));
        eachDraft("ro13", (as, text) -> assertThat(text).as(as).containsOnlyOnce("emergency contact")
                .containsOnlyOnce("welfare check"));
    }

    /** The draft of the dev prompt whose id starts with {@code id}, verified clean. */
    NoteDraft draft(String id, NoteFormat format, StyleProfile style) {
        JsonNode c = PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().startsWith(id)).findFirst()
                .orElseThrow();
        NoteDraft d = drafter.draft(PromptJson.prompt(c, id), format, style);
        assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
        return d;
    }
}
