package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 34 (names that are also words, and names with no cue): a given name that is also an English word
 * is a person where the sentence's roles make it one: a member of a list of people that holds a relation or "I"
 * ("Rusty, Joy, and her grandmother"), one of a pair with a relation before the pair's verb ("Sunny and the kids
 * are", "rusty and his dad are"), the subject of an age ("Max is 7"), a modal's word before a finite verb ("will is
 * being so weird"), a list a relation introduces ("My kids are Hope, Grace, and Will"), the client's texted pair ("me n rusty
 * broke up"), the one who is being something or is in a state only a person is in ("rusty is being so clingy", "Faith
 * was tearful"); and a public figure's full name that the words after it make someone the
 * client knows ("Tom Hanks from his bowling league", "Emma Stone, a nurse friend") is replaced, where round 33 let a
 * listed full name after "with" go out. The same words as words ("grace period", "I hope", "will try", "a mark on",
 * a list of seasons or of virtues, a month counted in days) and the figure in a work ("an old Tom Hanks movie",
 * "Emma Stone from the interview") go out as written. Sentences written for this test, none from a dev or blind file
 * (the round's dev file is corpora/phi/dev-names-words-r34.txt). Still missed and left out here: a full public name
 * whose relation comes after a phrase of time ("texted Michael Jordan last night, his cousin"), and a value or a
 * feeling in lower case that is being something ("joy is being so clingy": round 28's value rule keeps it a word);
 * and a virtue as the subject of an abstract predicate ("Faith has been a big source of strength") is still replaced.
 */
class PhiNamesWordsRound34Test {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rusty, Joy, and her grandmother drove up for the recital. | Rusty",
        "Joy, Bill, and I went to the cemetery together. | Joy",
        "Sunny and the kids are back at her mom's place. | Sunny",
        "Max and the kids are fine. | Max",
        "Faith is 16 and wants to drop out. | Faith",
        "Max is 7 and still wets the bed. | Max",
        "He rode out to the lake with Tom Hanks from his bowling league. | Hanks",
        "She is rooming with Emma Stone, a nurse friend from her unit. | Stone",
        "Grabbed tacos with Michael Jordan from the warehouse after shift. | Jordan",
        "went bowling with Chris Evans from church, he's a good guy | Evans",
        "lol will is being so weird today | will",
        "rusty and his dad are coming for thanksgiving | rusty",
        "My kids are Hope, Grace, and Will. | Hope",
        "Kids: Summer, Sky and June. | Summer",
        "me n rusty broke up again | rusty",
        "lol rusty is being so clingy lately | rusty",
        "Faith was tearful when she talked about her dad. | Faith",
        // held from before: a name that is a word in a person's slot
        "The dinner was just Mark, Pat and me. | Pat",
        "Dawn and my brother were both there when it happened. | Dawn",
        "Grace and her husband came to the session. | Grace",
    })
    void aNameThatIsAlsoAWordIsReplacedWhereTheSentenceMakesItAPerson(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Her grace period ends Monday and she cannot make rent.",
        "I hope the new schedule works for everyone.",
        "He will try the app again before next session.",
        "There is a mark on the wall where he punched it.",
        "Summer, fall, and winter are all hard for her.",
        "Hope, courage, and a plan were on the list she made.",
        "Faith, hope, and love are the three words on her wall.",
        "June is 12 days away and she is counting.",
        "Free will is something we talked about.",
        "hope and my faith are what keep me going",
        "Goals: hope, sleep, and a job.",
        "Summer was late this year and cold.",
        "hope is being tested right now",
        "me and work are not getting along",
        "He watched an old Tom Hanks movie with his dad.",
        "She quoted Emma Stone from the interview about anxiety.",
    })
    void theSameWordsAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
