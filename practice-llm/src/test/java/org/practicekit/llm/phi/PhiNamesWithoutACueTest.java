package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and places that stand without the usual cue: organizations by their shape, nicknames and handles used as
 * names, words in a script other than Latin that no bundled list knows, mountains and roads abroad, ages over 89
 * in Spanish and Portuguese. Each must be found by the detector and never reach an endpoint without a BAA; the same
 * words in a slot that is no person's or place's go out as written.
 */
class PhiNamesWithoutACueTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Her brother sings in the choir at Mercy Seat Missionary Baptist on Sundays. | Mercy Seat Missionary Baptist",
        "They baptized the baby at Sacred Heart Ukrainian Catholic Cathedral. | Sacred Heart",
        "Intake paperwork was faxed from Dr. Vasquez-Lund's office this morning. | Dr. Vasquez-Lund's office",
        "A worker from DCFS Region 7 will attend the staffing. | DCFS Region 7",
        "Prior records: WILLOWBROOK FAMILY COUNSELING, two years of weekly sessions. | WILLOWBROOK FAMILY COUNSELING",
        "Her son is a freshman at Kansas State and hates the dorm. | Kansas State",
        "He graduated from Michigan Tech with honors. | Michigan Tech",
        "my sister goes to north high and shes getting bullied | north high",
        "Dad was laid off from Whirlpool after the merger. | Whirlpool",
        "She started at the Target DC on nights last spring. | Target",
    })
    void anOrganizationWithoutAPlaceWordIsAPlace(String text, String org) {
        assertThat(probe.found(text)).anyMatch(s -> s.startsWith("LOCATION:") && s.contains(org));
        assertThat(probe.sentThroughGuard(text)).doesNotContain(org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Big Rashad from down the street got shot last week. | Rashad",
        "lil Kev keeps asking her for rides. | Kev",
        "He says Ms. Q is the only adult at school he trusts. | Q",
        "Coach Ferreira made him run laps until he threw up. | Ferreira",
        "Her cousin goes by Ghost and deals out of the garage. | Ghost",
        "Auntie Dee took the kids for the weekend. | Dee",
        "Ladybug is what the whole family calls her little sister. | Ladybug",
    })
    void aNicknameUsedAsANameIsAPerson(String text, String name) {
        assertThat(probe.found(text)).anyMatch(s -> s.startsWith("PERSON:") && s.contains(name));
        assertThat(probe.sentThroughGuard(text)).doesNotContain(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Her grandfather Арсений still writes to her every week.",
        "Client's mother-in-law عائشة moved in after the surgery.",
        "His son דניאל started first grade.",
        "The note from her aunt was signed 丽娟.",
        "Her best friend अनन्या stopped answering.",
        "Her cousin 서연 lives with them now.",
    })
    void aWordInAnotherScriptThatNoListKnowsNeverReachesTheEndpoint(String text) {
        String name = text.replaceAll("[\\p{IsLatin}\\p{Punct}\\s]+", " ").trim();
        assertThat(probe.sentThroughGuard(text)).doesNotContain(name);
        assertThat(probe.found(text)).anyMatch(s -> s.contains(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She wrote спасибо on the card for her neighbor.",
        "He greets the group with שלום every week.",
        "Mom always says 谢谢 to the driver.",
    })
    void aListedWordInAnotherScriptGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They hiked Mt. Rainier the summer before he died. | Rainier",
        "Her father still lives on calle 23 in the old town. | calle 23",
        "The shop is on Rua das Flores near the square. | Rua das Flores",
        "They were robbed at Madero y Juárez at night. | Madero y Juárez",
    })
    void aMountainARoadAbroadOrACornerIsAPlace(String text, String place) {
        assertThat(probe.found(text)).anyMatch(s -> s.contains(place));
        assertThat(probe.sentThroughGuard(text)).doesNotContain(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Su abuela tiene 97 años y ya no camina. | 97 años",
        "O avô dela tem 93 anos e mora sozinho. | 93 anos",
        "Her grandmother has 96 years and lives alone. | 96 years",
        "The neighbor, aged 92, found her in the yard. | 92",
    })
    void anAgeOverEightyNineAfterAnAgeCueIsAnAge(String text, String age) {
        assertThat(probe.found(text)).contains("AGE:" + age); // with its unit since round 19
        assertThat(probe.sentThroughGuard(text)).doesNotContain(age.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He bought a Whirlpool washer on sale.",
        "We watched the Kansas State game at my uncle's.",
        "She quotes a Michigan Tech study about sleep.",
        "Session ran 95 minutes because of the crisis.",
        "La iglesia se construyó hace 95 años.",
        "The big picture is that he wants to stay in school.",
        "The coach said practice is optional over break.",
        "She was raised Southern Baptist and left the church at 20.",
        "Her family is Greek Orthodox and fasts before Easter.",
    })
    void theSameWordsInAnotherSlotGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theResidualCheckAloneReplacesAWordInAnotherScript() {
        var residual = new org.practicekit.llm.phi.internal.ResidualCheck();
        String text = "Her uncle Тимофей drove her home.";
        assertThat(residual.namesToReplace(text)).anyMatch(s -> s.textOf(text).equals("Тимофей"));
    }
}
