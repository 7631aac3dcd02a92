package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.notes.ComposerRiskRound16Test.set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: typed fragments written as sentences. A role, a person's verbless state, an event's year and the prompt's
 * header of who is who are read for what they are, never pasted after "reported"; a goal's or a focus's title loses
 * its capitals; evidence that is no noun phrase never follows "as evidenced by". Every dev prompt is drafted in the
 * five formats, a corpus style in turn ({@code target/dev-grammar-r20.md}); the prompts below are the first dev prompt
 * (a low-risk individual session) edited in the test, and every draft must pass the verifier.
 */
class ComposerFragmentsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-grammar-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-grammar-r20.md"))).isEmpty();
    }

    /** The first dev prompt with {@code edit} applied, drafted in every format and verified clean; the SOAP text. */
    private String soap(Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(DEV).get(0).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        SessionPrompt prompt = PromptJson.prompt(c, "t");
        String soap = "";
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft draft = drafter.draft(prompt, format, StyleProfile.defaults());
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
            soap = format == NoteFormat.SOAP ? draft.text() : soap;
        }
        return soap;
    }

    private static void goal(ObjectNode p, String goal, String evidence) {
        ArrayNode goals = p.putArray("goals");
        goals.addObject().put("goal", goal).put("rating", "STEADY_PROGRESS").put("evidence", evidence);
    }

    @Test
    void aRoleTypedAloneIsWhoTheClientIsNeverSomethingReported() {
        String t = soap(p -> set(p, "concerns", "ICU nurse, nights", "insomnia x 6 mo"));
        assertThat(t).contains("The client is an ICU nurse (nights).").doesNotContain("reported nights")
                .doesNotContain("concerns: ICU nurse");
        String years = soap(p -> set(p, "concerns", "police officer, 15 yrs", "nightmares"));
        assertThat(years).contains("The client has been a police officer for 15 years.")
                .doesNotContain("reported police officer");
        // A concern typed after the role and an age with a stage of life are no part of this reading.
        String concern = soap(p -> set(p, "concerns", "ICU nurse, low mood"));
        assertThat(concern).doesNotContain("(low mood)");
    }

    @Test
    void aPersonsVerblessStateIsSaidOfThemWithItsCopula() {
        // The dev prompt's response says "his control": the client's pronoun owns the relative.
        String his = soap(p -> set(p, "concerns", "husband back at work", "kids 3 and 5", "low mood"));
        assertThat(his).contains("The client reported that his husband is back at work.")
                .contains("The client reported that his kids are aged 3 and 5.")
                .doesNotContain("reported husband").doesNotContain("noted kids");
        // With no pronoun typed, the relative's state is said of them, never "reported that the client's husband".
        String unknown = soap(p -> {
            set(p, "concerns", "husband back at work", "low mood");
            ((ObjectNode) p.path("interventions").get(0)).put("response", "named 2 things in control");
        });
        assertThat(unknown).contains("The client's husband is back at work.");
    }

    @Test
    void theClientsOwnVerblessStateIsReportedAsBeingSo() {
        String t = soap(p -> set(p, "concerns", "back on patrol", "24 wks pregnant"));
        assertThat(t).contains("The client reported being back on patrol.")
                .contains("The client reported being 24 wks pregnant.");
    }

    @Test
    void anEventTypedWithItsYearIsNoMeasurementAndATypedResultStaysOne() {
        String t = soap(p -> set(p, "concerns", "MST 2014", "nightmares 3x/wk"));
        assertThat(t).contains("MST in 2014").doesNotContain("The MST was 2014");
        // A level typed as ".21" among other items is a measurement kept as typed, never what the client reported.
        String bac = soap(p -> set(p, "concerns", "BAC .21 at ED 11/28, wife gave ultimatum"));
        assertThat(bac).contains("BAC .21 at ED 11/28").doesNotContain("reported BAC");
    }

    @Test
    void thePromptsHeaderOfWhoIsWhoIsReadNeverPastedAsAConcern() {
        String t = soap(p -> set(p, "concerns", "pt (Dana, 36)", "panic attacks x3 this wk"));
        assertThat(t).contains("The client, Dana, is 36 years old.").doesNotContain("concerns: pt (Dana");
        String couple = soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "partner").put("name", "Megan");
            set(p, "concerns", "Jordan (pt) & Megan", "conflict re finances");
        });
        assertThat(couple).contains("The client is Jordan. Megan is the client's partner.")
                .doesNotContain("Jordan (pt)");
    }

    @Test
    void aGoalsTitleAndAFocusTypedWithCapitalsReadInASentencesCase() {
        String t = soap(p -> {
            goal(p, "Improve Mood", "PHQ-9 16 from 18");
            ((ObjectNode) p.path("interventions").get(0)).put("focus", "Financial worry");
        });
        assertThat(t).contains("toward the goal of improving mood").contains("focused on financial worry")
                .doesNotContain("Mood").doesNotContain("Financial worry");
        String one = soap(p -> goal(p, "Abstinence", "2 days sober"));
        assertThat(one).contains("toward the goal of abstinence");
        String acronym = soap(p -> goal(p, "Zero NSSI acts", "0 acts x 3 wks"));
        assertThat(acronym).contains("the goal of zero NSSI acts");
        String named = soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "partner").put("name", "Sam");
            goal(p, "Rebuild Trust With Sam", "2 check-ins");
        });
        assertThat(named).contains("the goal of rebuilding trust with Sam");
    }

    @Test
    void evidenceThatIsNoNounPhraseNeverFollowsAsEvidencedBy() {
        String t = soap(p -> goal(p, "return to sport", "not yet"));
        assertThat(t).doesNotContain("as evidenced by not yet").contains("not yet");
        String state = soap(p -> goal(p, "improve sleep", "interview complete"));
        assertThat(state).doesNotContain("as evidenced by interview complete").contains("interview complete");
    }

    @Test
    void aNameAfterInResponseKeepsItsCapital() {
        String t = soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "partner").put("name", "Sam");
            ((ObjectNode) p.path("interventions").get(0)).put("response", "Sam listened w/o defending");
        });
        assertThat(t).doesNotContain(" sam listened");
    }
}
