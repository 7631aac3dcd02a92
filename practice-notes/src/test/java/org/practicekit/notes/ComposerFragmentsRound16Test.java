package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.Phrases;
import org.practicekit.notes.internal.Shorthand;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 16: typed fragments in frames ("reported", "included", "agreed"), articles and agreement. The dev prompts and
 * the train and dev corpora are drafted in every standard format and corpus style ({@code target/fragments-r16-*.md}
 * for reading); every draft must pass the verifier.
 */
class ComposerFragmentsRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r16.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        String flagged = PromptJson.writeDraftsForReading(drafter, "fragments-r16", DEV);
        assertThat(flagged).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }

    @Test
    void aRoomNamedByItsNumberTakesNoArticleAndKeepsItsAbbreviation() throws IOException {
        assertThat(soap("f16-08-ed-bay").text()).contains("in person at ED bay 4.").doesNotContain("the ED bay")
                .doesNotContain("emergency department");
        assertThat(soap("f16-07-group-rm").text()).contains("in person at group rm 2.");
        assertThat(soap("f16-23-rm-number").text()).contains("in person at office rm 204.");
        assertThat(Phrases.place("Elm Street office")).isEqualTo("the Elm Street office");
        assertThat(Phrases.place("group room")).isEqualTo("the group room");
    }

    @Test
    void theVerbAgreesWithTheHeadNounNotTheNearestOne() throws IOException {
        String a = soap("f16-09-safety-plan-agreement").text();
        assertThat(a).contains("The safety plan was reviewed and updated.")
                .contains("The reasons for living list was completed.")
                .doesNotContain("were updated").doesNotContain("list were");
        assertThat(soap("f16-10-reasons-list").text()).contains("Reasons for living list and coping cards were completed.");
    }

    @Test
    void aParticipleThatIsAStateReadsAsBeing() throws IOException {
        assertThat(soap("f16-02-protective-employed").text())
                .contains("Protective factors included being employed, being married, and being engaged in treatment.")
                .doesNotContain("having employed");
        assertThat(soap("f16-19-protective-participles").text()).contains("being employed full time");
        assertThat(soap("f16-01-court-ordered").text()).contains("The client reported being court-ordered.");
    }

    @Test
    void aHistoryTypedAsHxIsAHistoryOfSomething() throws IOException {
        assertThat(soap("f16-03-hx-dv-arrest").text())
                .contains("Risk factors included a history of DV arrest and being unemployed.");
        assertThat(soap("f16-04-count-once").text()).contains("Risk factors included a history of self-harm.")
                .doesNotContain("Risk factors: self-harm hx.");
        assertThat(soap("f16-30-imminent-tele").text()).contains("a history of 2 attempts");
        assertThat(Shorthand.expand("family hx of bipolar", false)).isEqualTo("family history of bipolar");
        assertThat(Shorthand.expand("psych hx", false)).isEqualTo("psych history");
        assertThat(Shorthand.expand("hx significant for MDD", false)).isEqualTo("history significant for MDD");
    }

    @Test
    void aCountTakesItsPlural() throws IOException {
        String s = soap("f16-04-count-once").text();
        assertThat(s).contains("The client reported SH 1 time this month.").contains("having cut 2 times last week.")
                .doesNotContain("2x");
        assertThat(soap("f16-18-times").text()).contains("1 time this week").doesNotContain("1 times");
        assertThat(soap("f16-16-tele-video").text()).contains("panic attacks 2 times a week");
    }

    @Test
    void aClauseWithItsOwnSubjectAfterAgreedTakesThat() throws IOException {
        assertThat(soap("f16-06-agreed-wife-key").text())
                .contains("The client agreed that the wife will keep the safe key.")
                .contains("The client agreed that the brother would store ammo.")
                .doesNotContain("agreed wife").doesNotContain("agreed brother");
        assertThat(soap("f16-28-agreed-that").text()).contains("The client agreed that the partner will hold medications.");
    }

    @Test
    void coordinatedVerbsShareTheirSubjectAndObject() throws IOException {
        assertThat(soap("f16-05-stockpiled").text())
                .contains("The client reported stockpiled pills and gave them to sister.")
                .doesNotContain("The client gave to sister.");
        assertThat(soap("f16-08-ed-bay").text())
                .contains("The client reported having been brought in by police after overdose threat.");
    }

    @Test
    void aTypedCountNounTakesTheArticleEnglishNeeds() throws IOException {
        // The rope was named among the means, so the step about it says "the rope"; a new chart is "a reward chart".
        assertThat(soap("f16-20-risk-factor-nouns").text()).contains("The client agreed to remove the rope.");
        assertThat(soap("f16-15-family").text()).contains("will use a reward chart.");
        assertThat(soap("f16-08-ed-bay").text()).contains("This clinician also contacted an on-call psychiatrist.")
                .doesNotContain("on-call the");
    }
}
