package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 16: a given name that is a word, a month, a day or a virtue where the sentence makes it a person
 * (the subject of what a person does or is, the object of "talked to"), a capital initial as a person, nicknames
 * ("lil tay", "big lou"), a name printed surname first in capitals, and a surname after a title that a public figure
 * also carries. The same words as a season, a month, a verb or a diagnosis, a public figure's full name and a form's
 * capitalized fields go out as written. Sentences invented for this test, none from the dev file.
 */
class PhiNamesRound16Test {
    private final PhiProbe probe = new PhiProbe();
    private final PhiDetector detector = PatternPhiDetector.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Serenity is the only one who visits me. | Serenity",
        "Liberty was late to pick up the kids. | Liberty",
        "spoke to june about the money | june",
        "I texted M and she never answered | M",
        "Faith from the youth group checks on me on weekends. | Faith",
        "Client and Chad argued again over the rent. | Chad",
        "coach r benched him for the whole game | r",
        "mr. b from the front office emailed me | b",
    })
    void aNameInAPersonsSlotIsReportedAndReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + name + "\\b");
        assertThat(detector.detect(text)).anySatisfy(s -> {
            assertThat(s.textOf(text)).isEqualTo(name);
            assertThat(s.type()).isIn(PhiCategory.PERSON, PhiCategory.NAME);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lil tay got jumped after school | tay",
        "big lou drove me home after group | lou",
    })
    void aNicknameAfterLilOrBigIsReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + name + "\\b");
    }

    @Test
    void aNamePrintedSurnameFirstLeavesNeitherPart() {
        String text = "NAME: OKAFOR, CHIDI";
        String sent = probe.sentThroughGuard(text);
        assertThat(sent).startsWith("NAME: ").doesNotContain("OKAFOR").doesNotContain("CHIDI");
        assertThat(probe.sentThroughGuard("Patient: TRAN, VAN MINH")).doesNotContain("TRAN").doesNotContain("MINH");
        assertThat(probe.sentThroughGuard("Patient: DOE, JANE")).doesNotContain("DOE").doesNotContain("JANE");
    }

    @Test
    void aCredentialAfterANameIsNoSurname() {
        String sent = probe.sentThroughGuard("Best, Dana Whitfield, LMFT, Lakeside Counseling");
        assertThat(sent).contains(", LMFT,").doesNotContain("Whitfield");
    }

    @Test
    void aSurnameAfterATitleIsAPrivatePerson() {
        String text = "Coordinated with Ms. Streep at the school.";
        assertThat(probe.sentThroughGuard(text)).doesNotContain("Streep");
        assertThat(detector.detect(text)).anySatisfy(s -> assertThat(s.textOf(text)).isEqualTo("Ms. Streep"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Winter is the hardest season for me.",
        "Autumn was late this year and the leaves stayed green.",
        "Summer is when the kids are home all day.",
        "She talked to HR about the schedule.",
        "Plan B is on the table if this fails.",
        "DIAGNOSIS: F41.1 GENERALIZED ANXIETY DISORDER, MODERATE",
        "SEEN BY: NURSE, RN",
        "COPAY, DEDUCTIBLE",
        "big deal was made of it at the meeting",
        "we need a coach a lot more than a trainer",
        "Dr. Phil was on tv when i woke up",
    })
    void theSameWordsAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void aPublicFiguresFullNameAfterAVerbOfLikingStaysPublic() {
        String text = "She loved Angelina Jolie in that movie as a kid.";
        assertThat(probe.sentThroughGuard(text)).contains("Angelina Jolie");
        assertThat(detector.detect(text)).noneSatisfy(s -> assertThat(s.textOf(text)).contains("Jolie"));
    }
}
