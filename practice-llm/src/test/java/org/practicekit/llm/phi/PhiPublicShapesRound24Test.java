package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 24 (public words read by structure): a school
 * course by its program or level, a drug brand with the words of its form, a given name used as a kind of person or
 * as a drug's street name, a weekday of another language, an oath and a landmark named as a sight go out as written; a
 * person, a teacher or a place in the same slot is still replaced. Sentences invented for this test, none from the
 * dev file.
 */
class PhiPublicShapesRound24Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "she switched to AP Chem in the spring and the homework doubled",
        "he is repeating Geometry II this fall and dreads it",
        "her psychiatrist moved her to Wellbutrin SR last month",
        "the woman at the counter went full karen about the return",
        "they were rolling on molly until four and the comedown scared him",
        "trabajo cada domingo y no descanso",
        "ay Jesús, the rent went up again and I just sat there",
        "she joked that the laundry room is her own Bermuda Triangle",
    })
    void aLineACourseABrandASlangNameOrAWeekdayGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a person named Molly, taken somewhere
        "her mom took Molly to the dentist after school | Molly",
        // a name after "a" with a surname after it is someone
        "she hired a Karen Whitlock to help with the books | Whitlock",
        // Spanish puts "a" before a person
        "le dije a Karen que me llamara | Karen",
        // a capitalized name after a determiner is someone: a stranger, a second person of the same name
        "some Karen at the bank was rude to her again | Karen",
        "another Sarah joined the group this week | Sarah",
        // the course's teacher keeps a name of her own
        "her AP Bio teacher Mrs. Castellanos called about the missed lab | Castellanos",
        // a relation before a name that is also a drug's street name
        "my cousin Tina came by with groceries | Tina",
        // a name after an interjection that goes on to act is the person
        "oh Jesús texted me back finally | Jesús",
    })
    void aPersonOrATeacherInTheSameSlotIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
