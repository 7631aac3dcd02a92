package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given names that are ordinary words where a sentence makes them a person (a list of people, a vocative, lower
 * case), and places that carry no place word: a freeway by its number, a treatment program by its name and level,
 * a store on a street named like a person; a season with its year, a month and day after a dated event, and an age
 * over 89 in words. The sentences are written for this test; none comes from a corpus.
 */
class PhiWordNamesAndUnmarkedPlacesTest {
    private static final PatternPhiDetector DETECTOR = PatternPhiDetector.builder().build();

    private static List<String> found(String text) {
        return DETECTOR.detect(text).stream().map(s -> s.textOf(text)).toList();
    }

    @Test
    void wordNamesInAListOfPeopleAreNames() {
        assertThat(found("Family present: client, Sequoia and Wilder.")).contains("Sequoia", "Wilder");
        assertThat(found("ok so marigold and basil broke up again lol")).contains("marigold", "basil");
    }

    @Test
    void aLowercaseWordNameThankedIsAName() {
        assertThat(found("thanks garnet!! see u thurs")).contains("garnet");
    }

    @Test
    void roleNounsAndOrdinarySubjectsStayReadable() {
        for (String text : List.of("Mother stated she is worried about school.", "Work has been hard lately.",
                "Grandmother reports sleep is better.", "we had pizza, salad and cake lol",
                "anxiety and sadness are up this week")) {
            assertThat(DETECTOR.detect(text)).as(text).isEmpty();
        }
    }

    @Test
    void aFreewayByItsNumberIsAPlace() {
        assertThat(found("stuck on the 605 for an hour")).containsExactly("the 605"); // with its article (round 20)
        assertThat(found("He merged onto the 101 north and panicked.")).containsExactly("the 101");
        assertThat(DETECTOR.detect("Took the 2 pills at night.")).isEmpty();
        assertThat(found("Stayed on the 5 mg dose.")).doesNotContain("5");
    }

    @Test
    void aSeasonWithItsYearIsADate() {
        assertThat(DETECTOR.detect("In spring 2020 he lost his job.")).singleElement()
                .satisfies(s -> assertThat(s.type()).isEqualTo(PhiCategory.DATE));
        assertThat(found("Her mother died in the summer of 2019.")).containsExactly("summer of 2019");
        assertThat(DETECTOR.detect("Summer is hard for her.")).isEmpty();
    }

    @Test
    void aProgramByItsNameAndLevelIsAPlace() {
        assertThat(found("She was stepped down from Larkfield IOP to weekly sessions.")).containsExactly("Larkfield IOP");
        assertThat(DETECTOR.detect("Client attends the Adult IOP three days a week.")).isEmpty();
        assertThat(DETECTOR.detect("Started PHP on Monday.")).isEmpty();
    }

    @Test
    void aStoreOnASurnameStreetIsOnePlace() {
        assertThat(found("Picked up meds at the Safeway on Fowler.")).containsExactly("the Safeway on Fowler");
        assertThat(found("Met her at Publix on Sunday.")).doesNotContain("Publix on Sunday");
    }

    @Test
    void aMonthAndDayAfterAnEventTheNoteDatesIsADate() {
        assertThat(found("Last seen 11/3 at session.")).containsExactly("11/3");
        assertThat(found("quit drinking 7/4, still sober")).containsExactly("7/4");
        assertThat(DETECTOR.detect("Slept 5/7 nights this week.")).isEmpty();
        assertThat(DETECTOR.detect("Relapse risk 4/5 per the rating.")).isEmpty();
    }

    @Test
    void anAgeOverEightyNineInWordsIsAnAge() {
        assertThat(found("Grandma will be ninety-one in two weeks.")).containsExactly("ninety-one");
        assertThat(found("She is ninety two and lives alone.")).containsExactly("ninety two");
        assertThat(found("mi abuela tiene noventa y cuatro años")).contains("noventa y cuatro");
        assertThat(DETECTOR.detect("Session ran ninety minutes.")).isEmpty();
        assertThat(found("pagué noventa dólares")).doesNotContain("noventa");
    }
}
