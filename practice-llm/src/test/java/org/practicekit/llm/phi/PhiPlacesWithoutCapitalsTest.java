package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store, restaurant, employer or neighbourhood written without capitals in a place slot ("at", "from", "works
 * for", "lives in") is a place smaller than a state; a generic place ("the gym", "the pharmacy", "work"), a state
 * and a country go out as written.
 */
class PhiPlacesWithoutCapitalsTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mom got a job stocking shelves at kroger so she cant drive me | kroger",
        "can we push it, im covering a double at wendy's | wendy's",
        "he buys his vapes at the speedway by the school | speedway",
        "Client's sister now works at walgreens as a pharmacy tech. | walgreens",
        "pick me up from publix after 6 ok | publix",
        "we used to live in wicker park before the eviction | wicker park",
        "my cousin stays over in the west loop now | west loop",
        "they just moved to east naperville | east naperville",
        "she grew up in the mission district and still misses it | mission district",
        "her mom rents a room in boyle heights | boyle heights",
        "we moved to kansas city in may | kansas city",
        "we were at the menards on western when he started yelling | menards",
    })
    void aPlaceWithoutCapitalsInAPlaceSlotIsReplaced(String text, String place) {
        assertThat(probe.found(text)).anyMatch(s -> s.startsWith("LOCATION:") && s.contains(place));
        assertThat(probe.sentThroughGuard(text)).doesNotContain(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "got a shift at the warehouse on 5th, its fine",
        "i was at the gym then went straight home",
        "she picked up a shift at the pharmacy near the ER",
        "i go to a coffee shop in the mornings to journal",
        "he lives in texas now with his dad",
        "we moved from mexico when i was little",
        "i was at work until 9 then had school",
        "they live on the south side of the city",
        "he wants to move to the west coast someday",
        "her school district cut the counselor position",
        "the kids practiced at target practice with their uncle",
        "she was at the park by the lake all afternoon",
    })
    void genericPlacesGoOutAsWritten(String text) {
        assertThat(probe.found(text)).noneMatch(s -> s.startsWith("LOCATION:"));
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theResidualCheckAloneReplacesAChainWrittenWithoutCapitalsAfterAPlaceWord() {
        var residual = new org.practicekit.llm.phi.internal.ResidualCheck();
        String text = "cant talk rn, on break at menards";
        assertThat(residual.namesToReplace(text)).anyMatch(s -> s.textOf(text).equals("menards"));
        assertThat(residual.namesToReplace("cant talk rn, on break at work")).isEmpty();
    }
}
